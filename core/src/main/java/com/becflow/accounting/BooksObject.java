package com.becflow.accounting;

/** What kind of Becflow object a synced object of the books stands for. */
public enum BooksObject {
    CONTACT, INVOICE, PAYMENT,
    /** An issued credit note, allocated in the books to the invoice it credits. */
    CREDIT_NOTE,
    /** Money given back on an invoice: a refund or a chargeback. */
    REFUND,
    /** A late fee: an invoice of its own in the books for the fee, to the contact of the invoice it was charged on. */
    FEE
}
