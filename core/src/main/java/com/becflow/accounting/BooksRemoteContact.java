package com.becflow.accounting;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A contact as the books hold it, read back from them, in the words of {@link BooksContact}. A detail the books do not
 * keep, or do not show as it is (QuickBooks masks tax numbers), is {@code null} and never counts as changed; a detail
 * they keep and is empty there is {@code ""}.
 */
public record BooksRemoteContact(String id, String name, String person, String email, String taxNumber,
                                 String countryCode, boolean archived, Instant updatedAt) {

    /** One detail that differs: as Becflow has it and as the books have it. */
    public record Difference(String field, String ours, String theirs) {

        @Override
        public String toString() {
            return field + " " + shown(theirs) + " (Becflow: " + shown(ours) + ")";
        }

        private static String shown(String value) {
            return value.isEmpty() ? "none" : "\"" + value + "\"";
        }
    }

    public BooksRemoteContact {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** The details the books keep that are not as Becflow would send them ({@code ours}). */
    public List<Difference> differencesFrom(BooksContact ours) {
        List<Difference> differences = new ArrayList<>();
        compare(differences, "name", ours.name(), name, false);
        compare(differences, "person", ours.person(), person, false);
        compare(differences, "email", ours.email(), email, true);
        compare(differences, "tax number", ours.taxNumber(), taxNumber, false);
        compare(differences, "country", ours.countryCode(), countryCode, true);
        if (ours.archived() != archived) {
            differences.add(new Difference("archived", ours.archived() ? "yes" : "no", archived ? "yes" : "no"));
        }
        return differences;
    }

    /**
     * This contact as a push of Becflow's would have made it: the books' details, and {@code ours} where the books keep
     * none. Its fingerprint equals the one pushed last when the books hold what Becflow sent (an echo of our push).
     */
    public BooksContact asSentFrom(BooksContact ours) {
        return new BooksContact(ours.client(), name, orOurs(person, ours.person()), orOurs(email, ours.email()),
                orOurs(taxNumber, ours.taxNumber()), orOurs(countryCode, ours.countryCode()), archived);
    }

    private static String orOurs(String theirs, String ours) {
        if (theirs == null) {
            return ours;
        }
        return theirs.isBlank() && ours == null ? null : theirs;
    }

    private static void compare(List<Difference> differences, String field, String ours, String theirs,
                                boolean ignoreCase) {
        if (theirs == null) {
            return;
        }
        String a = ours == null ? "" : ours.strip();
        String b = theirs.strip();
        boolean same = ignoreCase ? a.toLowerCase(Locale.ROOT).equals(b.toLowerCase(Locale.ROOT)) : a.equals(b);
        if (!same) {
            differences.add(new Difference(field, a, b));
        }
    }
}
