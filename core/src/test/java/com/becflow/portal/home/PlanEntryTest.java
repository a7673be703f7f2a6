package com.becflow.portal.home;

import static org.assertj.core.api.Assertions.assertThat;

import com.becflow.invoicing.InvoiceId;
import com.becflow.invoicing.plans.AutopayStatus;
import com.becflow.invoicing.plans.Installment;
import com.becflow.invoicing.plans.InstallmentStatus;
import com.becflow.invoicing.plans.PlanStatus;
import com.becflow.portal.home.PlanEntry.PlanStanding;
import com.becflow.shared.money.Money;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A plan on the client's home: where it stands in their eyes, what comes next, and which saved methods pay what. */
class PlanEntryTest {

    private static final LocalDate MARCH = LocalDate.of(2027, 3, 12);

    @Test
    void installmentsComeByDueDateAndTheUpcomingOnesAreThoseNotPaid() {
        PlanEntry plan = plan(PlanStatus.ACCEPTED, AutopayStatus.OFF, null,
                installment(3, MARCH.plusMonths(2), InstallmentStatus.DUE),
                installment(1, MARCH, InstallmentStatus.PAID),
                installment(2, MARCH.plusMonths(1), InstallmentStatus.ON_ITS_WAY));

        assertThat(plan.installments()).extracting(Installment::number).containsExactly(1, 2, 3);
        assertThat(plan.upcoming()).extracting(Installment::number).containsExactly(2, 3);
        assertThat(plan.nextDue()).hasValue(MARCH.plusMonths(1));
        assertThat(plan.standing()).isEqualTo(PlanStanding.PAYING);
    }

    @Test
    void aPlanStandsProposedOverdueOrPaidOff() {
        assertThat(plan(PlanStatus.PROPOSED, AutopayStatus.OFF, null, installment(1, MARCH, InstallmentStatus.OVERDUE))
                .standing()).as("not the client's to pay yet").isEqualTo(PlanStanding.PROPOSED);
        assertThat(plan(PlanStatus.ACCEPTED, AutopayStatus.OFF, null, installment(1, MARCH, InstallmentStatus.PAID),
                installment(2, MARCH.plusMonths(1), InstallmentStatus.OVERDUE)).standing())
                .isEqualTo(PlanStanding.OVERDUE);
        PlanEntry paidOff = plan(PlanStatus.ACCEPTED, AutopayStatus.ON, "visa •••• 4242",
                installment(1, MARCH, InstallmentStatus.PAID), installment(2, MARCH.plusMonths(1), InstallmentStatus.PAID));
        assertThat(paidOff.standing()).isEqualTo(PlanStanding.PAID_OFF);
        assertThat(paidOff.nextDue()).isEmpty();
    }

    @Test
    void aMethodAutopayChargesIsListedOnceWithEveryPlanItPaysAndAMethodNotChargedIsNot() {
        PlanEntry first = plan(PlanStatus.ACCEPTED, AutopayStatus.ON, "visa •••• 4242",
                installment(1, MARCH, InstallmentStatus.DUE));
        PlanEntry second = plan(PlanStatus.ACCEPTED, AutopayStatus.ON, "SEPA Direct Debit •••• 3000",
                installment(1, MARCH, InstallmentStatus.DUE));
        PlanEntry third = plan(PlanStatus.ACCEPTED, AutopayStatus.ON, "visa •••• 4242",
                installment(1, MARCH, InstallmentStatus.DUE));
        PlanEntry paidByHand = plan(PlanStatus.ACCEPTED, AutopayStatus.OFF, null,
                installment(1, MARCH, InstallmentStatus.DUE));

        List<SavedMethodEntry> methods = SavedMethodEntry.of(List.of(first, second, paidByHand, third));

        assertThat(methods).extracting(SavedMethodEntry::label)
                .containsExactly("visa •••• 4242", "SEPA Direct Debit •••• 3000");
        assertThat(methods.get(0).pays()).extracting(SavedMethodEntry.PaidPlan::invoice)
                .containsExactly(first.invoice(), third.invoice());
        assertThat(SavedMethodEntry.of(List.of(paidByHand))).as("no plan paid by autopay, no method").isEmpty();
    }

    private static PlanEntry plan(PlanStatus status, AutopayStatus autopay, String method, Installment... installments) {
        return new PlanEntry(InvoiceId.newId(), "INV-1", status, Money.of("0.00", "EUR"), Money.of("900.00", "EUR"),
                List.of(installments), autopay, method);
    }

    private static Installment installment(int number, LocalDate due, InstallmentStatus status) {
        Money amount = Money.of("300.00", "EUR");
        Money paid = status == InstallmentStatus.PAID ? amount : Money.zero(amount.currency());
        return new Installment(number, due, amount, paid, amount.minus(paid), status);
    }
}
