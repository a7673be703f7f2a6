package com.becflow.accounting;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A Becflow object's twin in the books: its external id and the fingerprint of the content last pushed, so an
 * unchanged object is not pushed again and a changed one updates its twin instead of making a second.
 *
 * @param booksFingerprint the fingerprint of the twin as the books keep it, where Becflow took it as it is rather than
 *                         pushing (a client linked to a contact the books had); null when the books hold what was pushed
 */
public record BooksMapping(BooksVendor vendor, BooksObject object, UUID localId, String externalId, String fingerprint,
                           Instant pushedAt, String booksFingerprint) {

    /** The twin holds what Becflow pushed. */
    public BooksMapping(BooksVendor vendor, BooksObject object, UUID localId, String externalId, String fingerprint,
                        Instant pushedAt) {
        this(vendor, object, localId, externalId, fingerprint, pushedAt, null);
    }

    /** The fingerprint of the twin as the books last held it to Becflow's knowledge. */
    public String asInTheBooks() {
        return booksFingerprint != null ? booksFingerprint : fingerprint;
    }

    public BooksMapping {
        Objects.requireNonNull(vendor, "vendor");
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(localId, "localId");
        Objects.requireNonNull(externalId, "externalId");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(pushedAt, "pushedAt");
    }
}
