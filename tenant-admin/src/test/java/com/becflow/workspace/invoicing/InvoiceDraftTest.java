package com.becflow.workspace.invoicing;

import static com.becflow.workspace.invoicing.InvoiceFixtures.NOW;
import static com.becflow.workspace.invoicing.InvoiceFixtures.client;
import static com.becflow.workspace.invoicing.InvoiceFixtures.contract;
import static org.assertj.core.api.Assertions.assertThat;

import com.becflow.clients.Client;
import com.becflow.contracts.Contract;
import com.becflow.invoicing.Invoice;
import com.becflow.invoicing.InvoiceContent;
import com.becflow.invoicing.InvoiceId;
import com.becflow.invoicing.InvoiceKind;
import com.becflow.invoicing.InvoiceLine;
import com.becflow.invoicing.InvoiceLines;
import com.becflow.invoicing.InvoiceTotals;
import com.becflow.invoicing.app.SaveInvoice;
import com.becflow.shared.money.MoneyText;
import com.becflow.workspace.invoicing.InvoiceDraft.LineDraft;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The invoice form's working copy: what it sends to the service, and what it adds up to while typed. */
class InvoiceDraftTest {

    private final Client acme = client("Ada Lovelace", "EUR");

    @Test
    void aDraftBecomesTheSaveCommandWithItsLinesInTheOrderShown() {
        InvoiceDraft draft = new InvoiceDraft();
        draft.setClient(acme);
        draft.setCurrency(" eur ");
        draft.setLines(List.of(line("Logo design", "1", "1200", "10", "20", "VAT"), line("Hours", "2.5", "85.5", null, null, " ")));
        draft.setReference("PO-77");
        draft.setNotes("Thank you!");
        draft.setNetDays(14);

        SaveInvoice command = draft.toCommand();

        assertThat(command).isEqualTo(new SaveInvoice(acme.id(), null, "eur", List.of(
                new InvoiceLine("Logo design", new BigDecimal("1"), new BigDecimal("1200"), new BigDecimal("10"),
                        new BigDecimal("20"), "VAT"),
                new InvoiceLine("Hours", new BigDecimal("2.5"), new BigDecimal("85.5"), null, null, null)),
                "PO-77", "Thank you!", 14, false, null));
    }

    @Test
    void aBlankCurrencyAndDuePeriodAreLeftToTheService() {
        InvoiceDraft draft = new InvoiceDraft();
        draft.setClient(acme);

        SaveInvoice command = draft.toCommand();

        assertThat(command.currency()).isNull();
        assertThat(command.netDays()).isNull();
        assertThat(draft.currencyInEffect()).contains(Currency.getInstance("EUR"));
    }

    @Test
    void theContractsCurrencyComesBeforeTheClientsAndATypedOneBeforeBoth() {
        InvoiceDraft draft = new InvoiceDraft();
        draft.setClient(acme);
        draft.setContract(contract(acme, "4800", "USD", 14));

        assertThat(draft.currencyInEffect()).contains(Currency.getInstance("USD"));
        assertThat(draft.toCommand().contractId()).isEqualTo(draft.getContract().id());

        draft.setCurrency("CHF");
        assertThat(draft.currencyInEffect()).contains(Currency.getInstance("CHF"));

        draft.setCurrency("XYZ");
        assertThat(draft.currencyInEffect()).isEmpty();
        assertThat(draft.totals()).isEmpty();
    }

    @Test
    void aMinimumIsOnlySentWithPartialPaymentsOn() {
        InvoiceDraft draft = new InvoiceDraft();
        draft.setMinimumPayment(new BigDecimal("100"));

        assertThat(draft.toCommand().minimumPayment()).isNull();
        assertThat(draft.toCommand().partialPayments()).isFalse();

        draft.setPartialPayments(true);
        assertThat(draft.toCommand().minimumPayment()).isEqualByComparingTo("100");
        assertThat(draft.toCommand().partialPayments()).isTrue();
    }

    @Test
    void totalsAreRoundedPerLineAsOnTheInvoice() {
        InvoiceDraft draft = new InvoiceDraft();
        draft.setClient(acme);
        draft.setLines(List.of(line("Logo design", "1", "1200", "10", "20", "VAT"), line("Hours", "2.5", "85.5", null, null, "")));

        InvoiceTotals totals = draft.totals().orElseThrow();

        assertThat(MoneyText.of(totals.subtotal())).isEqualTo("EUR 1,413.75");
        assertThat(MoneyText.of(totals.discount())).isEqualTo("EUR 120.00");
        assertThat(MoneyText.of(totals.tax())).isEqualTo("EUR 216.00");
        assertThat(MoneyText.of(totals.total())).isEqualTo("EUR 1,509.75");
        assertThat(totals).isEqualTo(InvoiceLines.of(draft.getLines().stream().map(LineDraft::toLine)
                .toArray(InvoiceLine[]::new)).totals(Currency.getInstance("EUR")));
    }

    @Test
    void yenHaveNoDecimalsSoEveryLineIsRoundedToAWholeYen() {
        InvoiceDraft draft = new InvoiceDraft();
        draft.setClient(client("Kenji Sato", "JPY"));
        draft.setLines(List.of(line("Illustrations", "3", "333.33", null, "10", "JCT"), line("Postage", "1", "0.5", null, null, "")));

        InvoiceTotals totals = draft.totals().orElseThrow();

        assertThat(MoneyText.of(totals.subtotal())).isEqualTo("JPY 1,001");
        assertThat(MoneyText.of(totals.tax())).isEqualTo("JPY 100");
        assertThat(MoneyText.of(totals.total())).isEqualTo("JPY 1,101");
    }

    @Test
    void halfTypedLinesAddNothingAndAnUnreadableRateNeverBreaksThePreview() {
        InvoiceDraft draft = new InvoiceDraft();
        draft.setClient(acme);
        draft.setLines(List.of(line("Priced", "2", "50", null, null, ""), line("No price yet", "3", null, null, null, ""),
                line("Odd rate", "1", "10", "0.000000000001", null, ""), new LineDraft()));

        assertThat(MoneyText.of(draft.totals().orElseThrow().total())).isEqualTo("EUR 100.00");
        assertThat(draft.toCommand().lines()).hasSize(4);
    }

    @Test
    void aStoredDraftReadsBackAsTheSameCommand() {
        Contract contract = contract(acme, "4800", "EUR", 14);
        List<InvoiceLine> lines = List.of(new InvoiceLine("Logo design", new BigDecimal("1"), new BigDecimal("1200"),
                new BigDecimal("10"), new BigDecimal("20"), "VAT"), InvoiceLine.of("Hours", "2.5", "85.5"));
        Invoice invoice = Invoice.draft(InvoiceId.newId(), InvoiceKind.INVOICE, acme.id(), contract.id(), null,
                new InvoiceContent(Currency.getInstance("EUR"), new InvoiceLines(lines), "PO-77", null, 14, true,
                        new BigDecimal("500.0000")), NOW);

        SaveInvoice command = InvoiceDraft.of(invoice, acme, contract).toCommand();

        assertThat(command).isEqualTo(new SaveInvoice(acme.id(), contract.id(), "EUR", lines, "PO-77", "", 14, true,
                new BigDecimal("500")));
    }

    static LineDraft line(String description, String quantity, String unitPrice, String discount, String taxRate,
                          String taxName) {
        return new LineDraft(description, decimal(quantity), decimal(unitPrice), decimal(discount), decimal(taxRate), taxName);
    }

    private static BigDecimal decimal(String value) {
        return value == null ? null : new BigDecimal(value);
    }
}
