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
import com.becflow.workspace.Components;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Locale;
import java.util.Optional;

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
        return Components.field(root, id);
    }

    static <V> HasValue<?, V> value(Component root, String id) {
        return Components.value(root, id);
    }

    static HasValidation validation(Component root, String id) {
        return Components.validation(root, id);
    }

    static void click(Component root, String id) {
        Components.click(root, id);
    }

    static String text(Component root, String id) {
        return Components.text(root, id);
    }

    static Optional<Component> find(Component root, String id) {
        return Components.find(root, id);
    }
}
