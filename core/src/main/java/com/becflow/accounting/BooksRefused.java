package com.becflow.accounting;

/** The books refused one object, with the vendor's reason in words a freelancer can act on. */
public class BooksRefused extends RuntimeException {

    public BooksRefused(String reason) {
        super(reason);
    }
}
