package com.becflow.accounting;

/** A webhook delivery that is not the vendor's: its signature does not match, or it is not the vendor's format. */
public class BooksWebhookRefused extends RuntimeException {

    public BooksWebhookRefused(String message) {
        super(message);
    }
}
