package com.becflow.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.becflow.clients.ClientId;
import com.becflow.invoicing.Invoice;
import com.becflow.invoicing.InvoiceContent;
import com.becflow.invoicing.InvoiceId;
import com.becflow.invoicing.InvoiceKind;
import com.becflow.invoicing.InvoiceLedger;
import com.becflow.invoicing.InvoiceLine;
import com.becflow.invoicing.InvoiceLines;
import com.becflow.invoicing.InvoiceStatus;
import com.becflow.invoicing.app.InvoicePortalView;
import com.becflow.shared.money.Money;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The status line under the invoice's heading: what is owed now, and what is under dispute beside it. */
class InvoiceStatusLineTest {

    private static final Currency EUR = Currency.getInstance("EUR");

    @Test
    void withoutADisputeTheWholeBalanceIsDue() {
        assertThat(line(InvoiceStatus.VIEWED, "0")).isEqualTo("EUR 1,000.00 due 12 January 2027");
    }

    @Test
    void whileADisputeIsOpenTheUndisputedRestIsDueAndTheDisputedAmountIsSaidApart() {
        assertThat(line(InvoiceStatus.VIEWED, "300")).isEqualTo("EUR 700.00 due 12 January 2027 · EUR 300.00 under"
                + " dispute");
        assertThat(line(InvoiceStatus.OVERDUE, "300")).isEqualTo("Overdue · EUR 700.00 was due 12 January 2027 · EUR"
                + " 300.00 under dispute");
    }

    @Test
    void aDisputeOfAllThatIsOwedAsksForNothingUntilTheFreelancerAnswers() {
        assertThat(line(InvoiceStatus.OVERDUE, "1000")).isEqualTo("Under dispute · EUR 1,000.00 not asked for until Ada"
                + " Studio answers");
    }

    private static String line(InvoiceStatus status, String disputed) {
        Invoice invoice = Invoice.draft(InvoiceId.newId(), InvoiceKind.INVOICE, ClientId.newId(), null, null,
                new InvoiceContent(EUR, new InvoiceLines(List.of(InvoiceLine.of("Logo design", "1", "1000.00"))), null,
                        null, 8, false, null), Instant.parse("2027-01-04T09:00:00Z"));
        invoice.issue("INV-2027-0001", LocalDate.of(2027, 1, 4), "pat@client.test", Instant.parse("2027-01-04T10:00:00Z"));
        Money zero = Money.zero(EUR);
        Money total = Money.of("1000.00", EUR);
        InvoiceLedger ledger = new InvoiceLedger(total, zero, zero, zero, zero, zero, zero, zero, zero, total);
        InvoicePortalView view = new InvoicePortalView(invoice, status, "", ledger, List.of(), "Ada Studio",
                "ada@studio.test", null, total, Money.of(disputed, EUR), true, false, Optional.empty());
        return ((Span) InvoiceStatusLine.of(view, Optional.empty())).getText();
    }
}
