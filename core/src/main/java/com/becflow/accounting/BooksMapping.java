package com.becflow.accounting;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A Becflow object's twin in the books: its external id and the fingerprint of the content last pushed, so an
 * unchanged object is not pushed again and a changed one updates its twin instead of making a second.
 */
public record BooksMapping(BooksVendor vendor, BooksObject object, UUID localId, String externalId, String fingerprint,
                           Instant pushedAt) {

    public BooksMapping {
        Objects.requireNonNull(vendor, "vendor");
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(localId, "localId");
        Objects.requireNonNull(externalId, "externalId");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(pushedAt, "pushedAt");
    }
}
