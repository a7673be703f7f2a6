package com.becflow.db;

/** Fragments of native SQL over a tenant's {@code invoice} table, aliased {@code i}, that read it as the domain does. */
public final class InvoiceSql {

    /** What an invoice still owes, late fees included, as {@code InvoiceAmounts.balance} computes it. */
    public static final String BALANCE = "(i.total + i.amount_late_fees - i.amount_late_fees_waived - (i.amount_paid"
            + " - i.amount_refunded - i.amount_charged_back - i.amount_moved_to_credit) - i.amount_credited"
            + " - i.amount_written_off - i.amount_early_payment_discount)";

    /** The day an invoice is due now: under a payment plan, its next installment's ({@code Invoice.dueNow}). */
    public static final String DUE_NOW = "COALESCE(i.plan_due_date, i.due_date)";

    private InvoiceSql() {
    }
}
