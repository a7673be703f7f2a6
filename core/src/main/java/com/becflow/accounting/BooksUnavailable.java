package com.becflow.accounting;

import java.time.Duration;

/** The vendor asked us to slow down (HTTP 429) or could not answer; try again after {@code retryAfter}. */
public class BooksUnavailable extends RuntimeException {

    private final Duration retryAfter;

    public BooksUnavailable(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
