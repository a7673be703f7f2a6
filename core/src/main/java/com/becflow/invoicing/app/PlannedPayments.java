package com.becflow.invoicing.app;

import com.becflow.invoicing.Invoice;
import com.becflow.shared.money.Money;
import com.becflow.shared.tenant.TenantContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What a payment plan the client accepted lets them pay at least now: the part of the next installment still unpaid
 * (the balance when less), so an installment can be paid online on an invoice that otherwise takes only its balance.
 * Empty when the invoice has no accepted plan. The plan also sets the day the invoice is due now ({@link #dueNow}).
 */
public interface PlannedPayments {

    Optional<Money> smallestPayment(Invoice invoice, TenantContext ctx);

    /**
     * Under an accepted plan, the due date of the earliest installment the ledger has not settled (the last one's once
     * all are, and only late fees are left); empty without an accepted plan, when the invoice's own due date holds.
     */
    Optional<LocalDate> dueNow(Invoice invoice, TenantContext ctx);

    /** An installment not fully paid: its due date and what is unpaid of it. */
    record UnpaidInstallment(LocalDate dueDate, Money unpaid) {
    }

    /** Under an accepted plan, every installment not fully paid, by due date; empty without an accepted plan. */
    List<UnpaidInstallment> unpaidInstallments(Invoice invoice, TenantContext ctx);
}
