package com.becflow.portal.home;

import com.becflow.invoicing.InvoiceId;
import com.becflow.invoicing.plans.AutopayStatus;
import com.becflow.invoicing.plans.Installment;
import com.becflow.invoicing.plans.InstallmentStatus;
import com.becflow.invoicing.plans.PlanStatus;
import com.becflow.shared.money.Money;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A plan on one of the client's invoices as their home shows it: its installments as the invoice's ledger settles them
 * on the client's calendar, by due date; what they add up to ({@code total}, the invoice's) and what of it is paid; and
 * where the invoice's autopay stands.
 *
 * @param autopay       {@link AutopayStatus#OFF} when the client never set autopay up
 * @param autopayMethod what the client knows the method autopay charges by ("visa •••• 4242") while it is on, else null
 */
public record PlanEntry(InvoiceId invoice, String invoiceNumber, PlanStatus status, Money paid, Money total,
                        List<Installment> installments, AutopayStatus autopay, String autopayMethod) {

    public PlanEntry {
        Objects.requireNonNull(invoice, "invoice");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(autopay, "autopay");
        installments = installments.stream()
                .sorted(Comparator.comparing(Installment::dueDate).thenComparing(Installment::number)).toList();
    }

    /** Where the plan stands for the client: waiting for them, on track, late, or all paid. */
    public PlanStanding standing() {
        if (status == PlanStatus.PROPOSED) {
            return PlanStanding.PROPOSED;
        }
        if (installments.stream().allMatch(i -> i.status() == InstallmentStatus.PAID)) {
            return PlanStanding.PAID_OFF;
        }
        return installments.stream().anyMatch(i -> i.status() == InstallmentStatus.OVERDUE) ? PlanStanding.OVERDUE
                : PlanStanding.PAYING;
    }

    /** The installments not paid yet, by due date: the overdue ones first, then the next ones. */
    public List<Installment> upcoming() {
        return installments.stream().filter(i -> i.status() != InstallmentStatus.PAID).toList();
    }

    /** The due date of the first installment not paid yet; empty once all are. */
    public Optional<LocalDate> nextDue() {
        return upcoming().stream().findFirst().map(Installment::dueDate);
    }

    /** Where a plan stands in the client's eyes; read from the plan and its installments, never stored. */
    public enum PlanStanding {
        /** The freelancer proposed it; the client has not accepted it. */
        PROPOSED,
        /** Accepted, nothing overdue, something left to pay. */
        PAYING,
        /** Accepted, and an installment's due date has passed with some of it unpaid. */
        OVERDUE,
        /** Every installment is paid. */
        PAID_OFF
    }
}
