package com.becflow.invoicing;

/**
 * A movement of money on an invoice's ledger. MOVED_TO_CREDIT takes money received beyond what is owed off the
 * invoice into the client's credit, which later invoices are paid with (method CLIENT_CREDIT).
 */
public enum PaymentKind {
    PAYMENT, REFUND, CHARGEBACK, CHARGEBACK_REVERSAL, MOVED_TO_CREDIT
}
