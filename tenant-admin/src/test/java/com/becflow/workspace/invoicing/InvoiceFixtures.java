package com.becflow.workspace.invoicing;

import com.becflow.clients.Client;
import com.becflow.clients.ClientDetails;
import com.becflow.clients.ClientId;
import com.becflow.clients.ReminderChannel;
import com.becflow.contracts.Contract;
import com.becflow.contracts.ContractContent;
import com.becflow.contracts.ContractId;
import com.becflow.contracts.ContractTerms;
import com.becflow.shared.money.Money;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.dom.Element;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/** Clients, contracts and component look-ups by id for the invoice form tests. */
final class InvoiceFixtures {

    static final Instant NOW = Instant.parse("2027-01-04T09:00:00Z");

    private InvoiceFixtures() {
    }

    static Client client(String name, String currency) {
        return Client.add(ClientId.newId(), new ClientDetails(name, name.toLowerCase(Locale.ROOT).replace(' ', '.') + "@client.test",
                null, null, null, Currency.getInstance(currency), ZoneId.of("Europe/Berlin"), Locale.ENGLISH,
                ReminderChannel.EMAIL, null), NOW);
    }

    static Contract contract(Client client, String fee, String currency, int netDays) {
        return Contract.draft(ContractId.newId(), client.id(), null, new ContractContent("Brand identity", "Rebrand",
                LocalDate.of(2027, 1, 10), null, Money.of(fee, currency), "Between us.", ContractTerms.netDays(netDays),
                false, 30), NOW);
    }

    static Component field(Component root, String id) {
        return find(root, id).orElseThrow(() -> new AssertionError("No component #" + id));
    }

    @SuppressWarnings("unchecked")
    static <V> HasValue<?, V> value(Component root, String id) {
        return (HasValue<?, V>) field(root, id);
    }

    static HasValidation validation(Component root, String id) {
        return (HasValidation) field(root, id);
    }

    static void click(Component root, String id) {
        ((Button) field(root, id)).click();
    }

    static String text(Component root, String id) {
        return field(root, id).getElement().getText();
    }

    /** Searches a dialog's footer too, where its buttons are. */
    static Optional<Component> find(Component root, String id) {
        if (root.getId().filter(id::equals).isPresent()) {
            return Optional.of(root);
        }
        Stream<Component> children = root.getChildren();
        if (root instanceof Dialog dialog) {
            children = Stream.concat(children, dialog.getFooter().getElement().getChildren()
                    .map(Element::getComponent).flatMap(Optional::stream));
        }
        return children.map(c -> find(c, id)).flatMap(Optional::stream).findFirst();
    }
}
