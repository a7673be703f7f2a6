package com.becflow.accounting;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** One line of the sync log: what happened to which object, when, and why. */
public record BooksLogEntry(Instant at, BooksVendor vendor, BooksObject object, UUID localId, Outcome outcome,
                           String detail) {

    public enum Outcome {
        CREATED, UPDATED, RECEIVED, REVERSED, REFUSED, SETTLED, WAITING, CONNECTED, REVOKED, PAUSED, FINISHED,
        /** The freelancer chose where the sync posts in the books. */
        CHOSEN
    }

    public BooksLogEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(vendor, "vendor");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(detail, "detail");
    }
}
