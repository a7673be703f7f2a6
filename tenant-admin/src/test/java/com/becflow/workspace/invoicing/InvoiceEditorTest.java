package com.becflow.workspace.invoicing;

import static com.becflow.workspace.invoicing.InvoiceFixtures.NOW;
import static com.becflow.workspace.invoicing.InvoiceFixtures.click;
import static com.becflow.workspace.invoicing.InvoiceFixtures.client;
import static com.becflow.workspace.invoicing.InvoiceFixtures.contract;
import static com.becflow.workspace.invoicing.InvoiceFixtures.field;
import static com.becflow.workspace.invoicing.InvoiceFixtures.find;
import static com.becflow.workspace.invoicing.InvoiceFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.becflow.clients.Client;
import com.becflow.contracts.Contract;
import com.becflow.invoicing.Invoice;
import com.becflow.invoicing.InvoiceContent;
import com.becflow.invoicing.InvoiceId;
import com.becflow.invoicing.InvoiceKind;
import com.becflow.invoicing.InvoiceLine;
import com.becflow.invoicing.InvoiceLines;
import com.becflow.invoicing.app.SaveInvoice;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.IntegerField;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The invoice form without a browser: lines in, commands out, totals as typed, errors on the right input. */
class InvoiceEditorTest {

    private final Client acme = client("Ada Lovelace", "EUR");
    private final Client tokyo = client("Kenji Sato", "JPY");
    private final Contract usdContract = contract(acme, "4800", "USD", 14);
    private final InvoiceEditor editor = new InvoiceEditor(query -> Stream.of(acme, tokyo),
            c -> c.equals(acme) ? List.of(usdContract) : List.of());
    private final List<InvoiceDraft> saved = new ArrayList<>();

    InvoiceEditorTest() {
        editor.addSaveListener(e -> saved.add(e.draft()));
    }

    @Test
    void typedLinesComeBackAsTheSaveCommand() {
        editor.edit(new InvoiceDraft(), true, true, 30);
        value("invoice-client").setValue(acme);
        typeLine(0, "Logo design", "1", "1200", "10", "20");
        value("line-tax-name-0").setValue("VAT");
        click(editor, "add-line");
        typeLine(1, "Hours", "2.5", "85.5", null, null);
        value("invoice-net-days").setValue(14);
        value("invoice-notes").setValue("Thank you!");

        click(editor, "save-invoice");

        assertThat(saved).hasSize(1);
        assertThat(saved.get(0).toCommand()).isEqualTo(new SaveInvoice(acme.id(), null, "EUR", List.of(
                new InvoiceLine("Logo design", new BigDecimal("1"), new BigDecimal("1200"), new BigDecimal("10"),
                        new BigDecimal("20"), "VAT"),
                new InvoiceLine("Hours", new BigDecimal("2.5"), new BigDecimal("85.5"), null, null, null)),
                "", "Thank you!", 14, false, null));
    }

    @Test
    void theTotalsFollowTheLinesAsTheyAreTyped() {
        editor.edit(new InvoiceDraft(), true, true, 30);
        assertThat(text(editor, "invoice-total-preview")).isEqualTo("—");

        value("invoice-client").setValue(acme);
        typeLine(0, "Logo design", "1", "1200", "10", "20");
        assertThat(text(editor, "invoice-total-preview")).isEqualTo("EUR 1,296.00");

        click(editor, "add-line");
        typeLine(1, "Hours", "2.5", "85.5", null, null);

        assertThat(text(editor, "invoice-subtotal-preview")).isEqualTo("EUR 1,413.75");
        assertThat(text(editor, "invoice-discount-preview")).isEqualTo("EUR 120.00");
        assertThat(text(editor, "invoice-tax-preview")).isEqualTo("EUR 216.00");
        assertThat(text(editor, "invoice-total-preview")).isEqualTo("EUR 1,509.75");
        assertThat(text(editor, "line-amount-0")).isEqualTo("EUR 1,080.00");
        assertThat(text(editor, "line-amount-1")).isEqualTo("EUR 213.75");
    }

    @Test
    void yenTotalsHaveNoDecimals() {
        editor.edit(new InvoiceDraft(), true, true, 30);
        value("invoice-client").setValue(tokyo);
        typeLine(0, "Illustrations", "3", "333.33", null, "10");
        click(editor, "add-line");
        typeLine(1, "Postage", "1", "0.5", null, null);

        assertThat(value("invoice-currency").getValue()).isEqualTo("JPY");
        assertThat(text(editor, "invoice-tax-preview")).isEqualTo("JPY 100");
        assertThat(text(editor, "invoice-total-preview")).isEqualTo("JPY 1,101");
    }

    @Test
    void theCurrencyFollowsTheClientAndContractUntilOneIsTyped() {
        editor.edit(new InvoiceDraft(), true, true, 30);

        value("invoice-client").setValue(acme);
        assertThat(value("invoice-currency").getValue()).isEqualTo("EUR");

        value("invoice-contract").setValue(usdContract);
        assertThat(value("invoice-currency").getValue()).isEqualTo("USD");
        assertThat(((IntegerField) field(editor, "invoice-net-days")).getHelperText()).contains("14 days");

        value("invoice-contract").setValue(null);
        assertThat(value("invoice-currency").getValue()).isEqualTo("EUR");

        value("invoice-currency").setValue("GBP");
        value("invoice-client").setValue(tokyo);
        assertThat(value("invoice-currency").getValue()).isEqualTo("GBP");
        assertThat(value("invoice-contract").getValue()).isNull();
    }

    @Test
    void everyErrorTheServiceNamesLandsOnItsInputAndTheRestIsHandedBack() {
        editor.edit(new InvoiceDraft(), true, true, 30);
        click(editor, "add-line");

        Map<String, String> rest = editor.showErrors(Map.of(
                "clientId", "Choose a client",
                "currency", "Unknown currency: EUX",
                "lines[0].quantity", "How many?",
                "lines[1].taxRate", "The tax rate cannot be over 100%",
                "lines[1].description", "Describe what this line is for",
                "lines", "The total is too large",
                "netDays", "Due from 0 (on receipt) to 365 days after the issue date",
                "lines[7].unitPrice", "What is the price of one?",
                "checkout", "Odd"));

        assertThat(rest).containsOnlyKeys("lines[7].unitPrice", "checkout");
        assertInvalid("invoice-client", "Choose a client");
        assertInvalid("invoice-currency", "Unknown currency: EUX");
        assertInvalid("line-quantity-0", "How many?");
        assertInvalid("line-tax-rate-1", "The tax rate cannot be over 100%");
        assertInvalid("line-description-1", "Describe what this line is for");
        assertInvalid("invoice-net-days", "Due from 0 (on receipt) to 365 days after the issue date");
        assertThat(validation("line-tax-rate-0").isInvalid()).isFalse();
        assertThat(validation("line-quantity-1").isInvalid()).isFalse();
        assertThat(text(editor, "line-list-error")).isEqualTo("The total is too large");
        assertThat(field(editor, "line-list-error").isVisible()).isTrue();

        value("invoice-client").setValue(acme);
        click(editor, "save-invoice");
        assertThat(validation("line-tax-rate-1").isInvalid()).isFalse();
        assertThat(field(editor, "line-list-error").isVisible()).isFalse();
    }

    @Test
    void theMinimumIsOnlyShownAndPlacedWithPartialPaymentsOn() {
        editor.edit(new InvoiceDraft(), true, true, 30);
        assertThat(field(editor, "invoice-minimum-payment").isVisible()).isFalse();
        assertThat(editor.showErrors(Map.of("minimumPayment", "The minimum must be above zero")))
                .containsOnlyKeys("minimumPayment");

        value("invoice-partial-payments").setValue(true);

        assertThat(field(editor, "invoice-minimum-payment").isVisible()).isTrue();
        assertThat(editor.showErrors(Map.of("minimumPayment", "The minimum must be above zero"))).isEmpty();
    }

    @Test
    void addingAndRemovingLinesKeepsIdsInStepWithTheErrorPaths() {
        editor.edit(new InvoiceDraft(), true, true, 30);
        assertThat(((Button) field(editor, "remove-line-0")).isEnabled()).isFalse();
        typeLine(0, "First", "1", "10", null, null);
        click(editor, "add-line");
        typeLine(1, "Second", "2", "20", null, null);
        click(editor, "add-line");
        typeLine(2, "Third", "3", "30", null, null);

        click(editor, "remove-line-0");

        assertThat(find(editor, "line-description-2")).isEmpty();
        assertThat(value("line-description-0").getValue()).isEqualTo("Second");
        assertThat(value("line-description-1").getValue()).isEqualTo("Third");
        assertThat(editor.showErrors(Map.of("lines[1].quantity", "How many?"))).isEmpty();
        assertInvalid("line-quantity-1", "How many?");
        value("invoice-client").setValue(acme);
        click(editor, "save-invoice");
        assertThat(saved.get(0).toCommand().lines()).extracting(InvoiceLine::description).containsExactly("Second", "Third");
    }

    @Test
    void aStoredDraftKeepsItsClientAndShowsItsLines() {
        List<InvoiceLine> lines = List.of(InvoiceLine.of("Logo design", "1", "1200").withTax("20", "VAT"),
                InvoiceLine.of("Hours", "2.5", "85.5"));
        Invoice invoice = Invoice.draft(InvoiceId.newId(), InvoiceKind.INVOICE, acme.id(), null, null,
                new InvoiceContent(Currency.getInstance("EUR"), new InvoiceLines(lines), null, null, 30, true, null), NOW);

        editor.edit(InvoiceDraft.of(invoice, acme, null), false, true, 30);

        assertThat(value("invoice-client").isReadOnly()).isTrue();
        assertThat(value("line-description-1").getValue()).isEqualTo("Hours");
        assertThat(value("line-tax-name-0").getValue()).isEqualTo("VAT");
        assertThat(field(editor, "invoice-minimum-payment").isVisible()).isTrue();
        assertThat(text(editor, "invoice-total-preview")).isEqualTo("EUR 1,653.75");
        click(editor, "save-invoice");
        assertThat(saved.get(0).toCommand().lines()).isEqualTo(lines);
    }

    @Test
    void aReadOnlyWorkspaceShowsTheDraftButCannotSaveIt() {
        editor.edit(new InvoiceDraft(), true, false, 30);

        assertThat(value("invoice-client").isReadOnly()).isTrue();
        assertThat(value("line-quantity-0").isReadOnly()).isTrue();
        assertThat(field(editor, "add-line").isVisible()).isFalse();
        assertThat(((Button) field(editor, "save-invoice")).isEnabled()).isFalse();
    }

    private void typeLine(int index, String description, String quantity, String unitPrice, String discount, String taxRate) {
        value("line-description-" + index).setValue(description);
        value("line-quantity-" + index).setValue(decimal(quantity));
        value("line-unit-price-" + index).setValue(decimal(unitPrice));
        value("line-discount-" + index).setValue(decimal(discount));
        value("line-tax-rate-" + index).setValue(decimal(taxRate));
    }

    private static BigDecimal decimal(String value) {
        return value == null ? null : new BigDecimal(value);
    }

    private void assertInvalid(String id, String message) {
        HasValidation field = validation(id);
        assertThat(field.isInvalid()).as(id + " invalid").isTrue();
        assertThat(field.getErrorMessage()).as(id + " message").isEqualTo(message);
    }

    private <V> HasValue<?, V> value(String id) {
        return InvoiceFixtures.value(editor, id);
    }

    private HasValidation validation(String id) {
        return InvoiceFixtures.validation(editor, id);
    }
}
