package com.becflow.accounting;

/** The vendor refused our grant: the freelancer disconnected Becflow in their books, or the grant lapsed. */
public class BooksAccessRevoked extends RuntimeException {

    public BooksAccessRevoked(String message) {
        super(message);
    }
}
