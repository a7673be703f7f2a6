package com.becflow.invoicing.payments;

/** Why money is given back: work taken back (with a credit note), or money received beyond what was owed. */
public enum RefundPurpose {
    WORK, EXCESS
}
