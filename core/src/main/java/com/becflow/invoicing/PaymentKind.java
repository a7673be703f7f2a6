package com.becflow.invoicing;

/** A movement of money on an invoice's ledger. */
public enum PaymentKind {
    PAYMENT, REFUND, CHARGEBACK, CHARGEBACK_REVERSAL
}
