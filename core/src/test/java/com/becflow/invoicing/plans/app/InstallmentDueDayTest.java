package com.becflow.invoicing.plans.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.becflow.invoicing.plans.InstallmentAllocation;
import com.becflow.invoicing.plans.ScheduledInstallment;
import com.becflow.shared.money.Money;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The day an invoice on a plan is due: its first installment the ledger has not settled. */
class InstallmentDueDayTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final LocalDate TODAY = LocalDate.of(2027, 3, 1);
    private static final List<ScheduledInstallment> PLAN = List.of(
            new ScheduledInstallment(1, LocalDate.of(2027, 3, 10), Money.of("300", EUR)),
            new ScheduledInstallment(2, LocalDate.of(2027, 4, 10), Money.of("300", EUR)),
            new ScheduledInstallment(3, LocalDate.of(2027, 5, 10), Money.of("300", EUR)));

    private static LocalDate dueWith(String settled) {
        return InstallmentPayments.dueNow(InstallmentAllocation.allocate(PLAN, Money.of(settled, EUR), TODAY));
    }

    @Test
    void eachInstallmentSetsTheDayOnceTheOnesBeforeItAreSettled() {
        assertThat(dueWith("0")).isEqualTo(LocalDate.of(2027, 3, 10));
        assertThat(dueWith("299.99")).as("a cent short of the first").isEqualTo(LocalDate.of(2027, 3, 10));
        assertThat(dueWith("300")).isEqualTo(LocalDate.of(2027, 4, 10));
        assertThat(dueWith("650")).as("a payment larger than one installment").isEqualTo(LocalDate.of(2027, 5, 10));
    }

    @Test
    void onceEveryInstallmentIsSettledTheLastOnesDayHolds() {
        assertThat(dueWith("900")).isEqualTo(LocalDate.of(2027, 5, 10));
    }
}
