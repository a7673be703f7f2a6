package com.becflow.invoicing;

import static com.becflow.invoicing.InvoiceBuilder.anInvoice;
import static org.assertj.core.api.Assertions.assertThat;

import com.becflow.shared.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import org.junit.jupiter.api.Test;

/** Under an accepted payment plan the invoice is due by the installment due now, not by its own due date. */
class DueNowTest {

    private static final LocalDate DUE = LocalDate.of(2027, 2, 3);
    private static final Instant LATER = Instant.parse("2027-01-10T12:00:00Z");

    @Test
    void withoutAPlanTheInvoicesOwnDueDateHolds() {
        Invoice invoice = anInvoice().dueIn(30).issued("INV-2027-0001");

        assertThat(invoice.dueNow()).isEqualTo(DUE);
        assertThat(invoice.followsPlan()).isFalse();
        assertThat(invoice.statusOn(DUE.plusDays(1))).isEqualTo(InvoiceStatus.OVERDUE);
    }

    @Test
    void aPlansInstallmentLaterThanTheDueDateKeepsTheInvoiceOnTimeUntilItsDayHasPassed() {
        Invoice invoice = anInvoice().dueIn(30).issued("INV-2027-0001");
        LocalDate installment = DUE.plusDays(20);

        assertThat(invoice.followPlan(installment)).as("the day moved").isTrue();

        assertThat(invoice.dueNow()).isEqualTo(installment);
        assertThat(invoice.dueDate()).as("the issued document keeps its own").isEqualTo(DUE);
        assertThat(invoice.statusOn(DUE.plusDays(1))).isEqualTo(InvoiceStatus.ISSUED);
        assertThat(invoice.statusOn(installment)).isEqualTo(InvoiceStatus.ISSUED);
        assertThat(invoice.statusOn(installment.plusDays(1))).isEqualTo(InvoiceStatus.OVERDUE);
    }

    @Test
    void anInstallmentEarlierThanTheDueDateMakesTheInvoiceOverdueSooner() {
        Invoice invoice = anInvoice().partialPayments(null).dueIn(30).issued("INV-2027-0001");
        LocalDate deposit = DUE.minusDays(20);
        invoice.followPlan(deposit);

        assertThat(invoice.statusOn(deposit.plusDays(1))).isEqualTo(InvoiceStatus.OVERDUE);
        invoice.receivePayment(new Money(new BigDecimal("100"), Currency.getInstance("EUR")), LATER);
        assertThat(invoice.statusOn(deposit.plusDays(1))).as("partly paid, still behind the plan")
                .isEqualTo(InvoiceStatus.OVERDUE);
    }

    @Test
    void leavingThePlanBringsBackTheInvoicesOwnDueDateAndFollowingTheSameDayMovesNothing() {
        Invoice invoice = anInvoice().dueIn(30).issued("INV-2027-0001");
        invoice.followPlan(DUE.plusDays(20));

        assertThat(invoice.followPlan(DUE.plusDays(20))).isFalse();
        assertThat(invoice.followPlan(null)).isTrue();
        assertThat(invoice.dueNow()).isEqualTo(DUE);
        assertThat(invoice.followsPlan()).isFalse();
        assertThat(invoice.followPlan(DUE)).as("a plan whose next day is the due date moves nothing").isFalse();
        assertThat(invoice.followsPlan()).isTrue();
    }
}
