package com.becflow.shared.agenda;

/** What a tenant can have pending that the housekeeping round acts on once its moment comes. */
public enum AgendaTopic {
    /** A request to the payment provider not settled yet: read back from the provider. */
    PAYMENT_ATTEMPTS,
    /**
     * An open invoice whose due date ends at its client's midnight: noted as overdue in its history; and a late fee
     * that falls due at a client's midnight under a signed contract's clause; and an installment autopay charges at
     * the start of its due date (or of a retry's day) where its client lives.
     */
    OVERDUE_INVOICES,
    /** A trial whose owner has not proven their address yet: removed when its grace period ends unproven. */
    UNVERIFIED_TRIAL,
    /** An open invoice whose next reminder step comes at the opening of its client's business hours on its day. */
    REMINDERS,
    /** Books connected in Xero or QuickBooks: synced again every interval, and payments recorded there read back. */
    BOOKS_SYNC,
    /** A recurring invoice whose next day comes: issued and sent at the start of that morning where the workspace is. */
    RECURRING_INVOICES
}
