package com.becflow.invoicing.plans;

/** Where an installment stands on a day of the client's calendar; read from the ledger, never stored. */
public enum InstallmentStatus {
    /** Not yet due, nothing paid. */
    DUE,
    /** Not yet due, partly paid. */
    PARTIALLY_PAID,
    /** Its due date has ended where the client lives and some of it is unpaid. */
    OVERDUE,
    PAID
}
