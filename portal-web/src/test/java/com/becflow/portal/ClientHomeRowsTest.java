package com.becflow.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.becflow.invoicing.InvoiceId;
import com.becflow.invoicing.InvoiceKind;
import com.becflow.invoicing.InvoiceStatus;
import com.becflow.portal.home.ClientOverview.InvoiceEntry;
import com.becflow.shared.money.Money;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** How the client's home says where each invoice stands: in the client's words, with what is left to pay. */
class ClientHomeRowsTest {

    private static final LocalDate DUE = LocalDate.of(2027, 3, 12);

    @Test
    void anOpenInvoiceSaysWhatIsLeftToPayOfItsTotalAndWhen() {
        InvoiceEntry partly = entry(InvoiceKind.INVOICE, InvoiceStatus.PARTIALLY_PAID, "900.00", "700.00", DUE);
        InvoiceEntry viewed = entry(InvoiceKind.INVOICE, InvoiceStatus.VIEWED, "900.00", "900.00", DUE);

        assertThat(ClientHomeView.statusOf(partly) + " · " + ClientHomeView.amounts(partly))
                .isEqualTo("Partly paid · EUR 700.00 of EUR 900.00 to pay · due 12 March 2027");
        assertThat(ClientHomeView.statusOf(viewed) + " · " + ClientHomeView.amounts(viewed))
                .as("viewed is the freelancer's word").isEqualTo("Open · EUR 900.00 to pay · due 12 March 2027");
    }

    @Test
    void aPaidInvoiceAndACreditNoteShowTheirTotalOnly() {
        InvoiceEntry paid = entry(InvoiceKind.INVOICE, InvoiceStatus.PAID, "900.00", "0.00", DUE);
        InvoiceEntry credit = entry(InvoiceKind.CREDIT_NOTE, InvoiceStatus.ISSUED, "200.00", "0.00", null);
        InvoiceEntry overdue = entry(InvoiceKind.DEPOSIT, InvoiceStatus.OVERDUE, "300.00", "300.00", DUE);

        assertThat(ClientHomeView.statusOf(paid) + " · " + ClientHomeView.amounts(paid)).isEqualTo("Paid · EUR 900.00");
        assertThat(ClientHomeView.statusOf(credit) + " · " + ClientHomeView.amounts(credit))
                .isEqualTo("Credited to you · EUR 200.00");
        assertThat(ClientHomeView.statusOf(overdue)).isEqualTo("Overdue");
    }

    private static InvoiceEntry entry(InvoiceKind kind, InvoiceStatus status, String total, String balance,
                                      LocalDate due) {
        return new InvoiceEntry(InvoiceId.newId(), kind, "INV-1", status, DUE.minusDays(14), due, Money.of(total, "EUR"),
                Money.of(balance, "EUR"));
    }
}
