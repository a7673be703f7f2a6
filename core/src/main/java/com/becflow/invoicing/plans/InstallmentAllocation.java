package com.becflow.invoicing.plans;

import com.becflow.shared.money.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Settles installments with what the ledger shows as settled, in due-date order: each takes as much as it lacks, the
 * rest goes on to the next, so a payment larger than one installment settles the following ones. Nothing is settled
 * twice and nothing is lost: the installments' paid amounts add up to {@code settled} whenever it is between zero and
 * their total.
 */
public final class InstallmentAllocation {

    private InstallmentAllocation() {
    }

    public static List<Installment> allocate(List<ScheduledInstallment> schedule, Money settled, LocalDate clientToday) {
        if (settled.isNegative()) {
            throw new IllegalArgumentException("Nothing can be settled below zero: " + settled);
        }
        List<ScheduledInstallment> inOrder = new ArrayList<>(schedule);
        inOrder.sort(Comparator.comparing(ScheduledInstallment::dueDate).thenComparing(ScheduledInstallment::number));
        Money left = settled;
        List<Installment> installments = new ArrayList<>();
        for (ScheduledInstallment s : inOrder) {
            Money paid = s.amount().isMoreThan(left) ? left : s.amount();
            left = left.minus(paid);
            Money remaining = s.amount().minus(paid);
            installments.add(new Installment(s.number(), s.dueDate(), s.amount(), paid, remaining,
                    status(s.dueDate(), paid, remaining, clientToday)));
        }
        return installments;
    }

    private static InstallmentStatus status(LocalDate due, Money paid, Money remaining, LocalDate clientToday) {
        if (!remaining.isPositive()) {
            return InstallmentStatus.PAID;
        }
        if (clientToday.isAfter(due)) {
            return InstallmentStatus.OVERDUE;
        }
        return paid.isPositive() ? InstallmentStatus.PARTIALLY_PAID : InstallmentStatus.DUE;
    }
}
