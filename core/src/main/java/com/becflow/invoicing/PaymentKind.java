package com.becflow.invoicing;

/**
 * A movement of money on an invoice's ledger. MOVED_TO_CREDIT takes money received beyond what is owed off the
 * invoice into the client's credit, which later invoices are paid with (method CLIENT_CREDIT). LATE_FEE is a charge the
 * signed contract's late-fee clause adds to an issued invoice (method CONTRACT_TERMS), LATE_FEE_WAIVER takes one back,
 * EARLY_PAYMENT_DISCOUNT is what the client did not have to pay for paying early under the contract. PAYMENT_REVERSAL
 * takes back a payment that was not made after all (deleted in the books it was taken from): the balance is owed again.
 */
public enum PaymentKind {
    PAYMENT, REFUND, CHARGEBACK, CHARGEBACK_REVERSAL, MOVED_TO_CREDIT, LATE_FEE, LATE_FEE_WAIVER, EARLY_PAYMENT_DISCOUNT,
    PAYMENT_REVERSAL
}
