package com.becflow.accounting;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Something the books and Becflow do not agree on, waiting for the freelancer: nothing is overwritten or forced
 * meanwhile, and the object it is about is left out of every pass until it is resolved. Each kind offers only the
 * choices that make sense for it.
 *
 * @param localId the Becflow object (client, invoice or payment); absent for a payment made in the books that Becflow
 *                did not take
 * @param subject what it is about, as a person reads it ("contact Babbage Engines", "invoice INV-2027-0004")
 */
public record BooksConflict(UUID id, BooksVendor vendor, BooksObject object, UUID localId, String subject, Kind kind,
                            String reason, Instant openedAt, Optional<Resolution> resolution) {

    /** What went wrong, and what the freelancer may choose. */
    public enum Kind {
        /** A contact of that name exists in the books already: link the client to it, or rename and retry. */
        NAME_TAKEN(Choice.LINK_EXISTING, Choice.RETRY, Choice.SKIP),
        /** The invoice number is used in the books already. */
        NUMBER_TAKEN(Choice.RETRY, Choice.SKIP),
        /** The twin was deleted in the books: make it again, or leave it out from now on. */
        DELETED_IN_BOOKS(Choice.PUSH_AGAIN, Choice.SKIP),
        /** The books worked out another total than Becflow (tax or rounding rules differ). */
        AMOUNTS_DIFFER(Choice.ACCEPT, Choice.SKIP),
        /** A payment made in the books that does not fit the invoice in Becflow: settled by hand. */
        PAYMENT_NOT_TAKEN(Choice.DISMISS),
        /**
         * The contact's details were changed in the books: take the books' values into the client, or keep Becflow's
         * and send them to the books again.
         */
        CONTACT_CHANGED_IN_BOOKS(Choice.TAKE_THEIRS, Choice.KEEP_OURS),
        /** Any other refusal, with the books' own reason: fix and retry, or leave it out. */
        REFUSED(Choice.RETRY, Choice.SKIP);

        private final List<Choice> choices;

        Kind(Choice... choices) {
            this.choices = List.of(choices);
        }

        public List<Choice> choices() {
            return choices;
        }
    }

    /** A way to settle a conflict. */
    public enum Choice {
        /** Link the client to the contact the books already have under that name; neither is changed. */
        LINK_EXISTING,
        /** Try again on the next pass (after fixing the cause in Becflow or in the books). */
        RETRY,
        /** Make a new twin in the books on the next pass. */
        PUSH_AGAIN,
        /** Keep it as it is in both: the difference is known and accepted. */
        ACCEPT,
        /** Never sync this object again. */
        SKIP,
        /** Close it: the freelancer dealt with it by hand. */
        DISMISS,
        /** Take the books' values into Becflow (checked as any change of the object is). */
        TAKE_THEIRS,
        /** Keep Becflow's values and send them to the books again on the next pass. */
        KEEP_OURS
    }

    /** How and when it was settled, and by whom. */
    public record Resolution(Choice choice, Instant at, String by) {
    }

    public BooksConflict {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(vendor, "vendor");
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(openedAt, "openedAt");
        Objects.requireNonNull(resolution, "resolution");
    }

    public boolean open() {
        return resolution.isEmpty();
    }

    /** Open, or settled by leaving the object out for good: either way the pass does not touch it. */
    public boolean holdsItsObject() {
        return resolution.map(r -> r.choice() == Choice.SKIP).orElse(true);
    }
}
