package com.becflow.invoicing.plans;

/** Where an installment stands on a day of the client's calendar; read from the ledger, never stored. */
public enum InstallmentStatus {
    /** Not yet due, nothing paid. */
    DUE,
    /** Not yet due, partly paid. */
    PARTIALLY_PAID,
    /** Its due date has ended where the client lives and some of it is unpaid. */
    OVERDUE,
    /**
     * A bank debit for what is left of it is on its way: not paid until the bank clears it, and not late meanwhile.
     * Only shown; the rules read the installment as the ledger settles it.
     */
    ON_ITS_WAY,
    PAID
}
