package com.becflow.accounting;

/** What kind of Becflow object a synced object of the books stands for. */
public enum BooksObject {
    CONTACT, INVOICE, PAYMENT
}
