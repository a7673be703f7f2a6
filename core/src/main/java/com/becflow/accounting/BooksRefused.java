package com.becflow.accounting;

import java.util.Objects;

/**
 * The books refused one object, with the vendor's reason in words a freelancer can act on, and the kind of conflict it
 * is, so the conflict inbox can offer the choices that fit.
 */
public class BooksRefused extends RuntimeException {

    private final BooksConflict.Kind kind;

    public BooksRefused(String reason) {
        this(BooksConflict.Kind.REFUSED, reason);
    }

    public BooksRefused(BooksConflict.Kind kind, String reason) {
        super(reason);
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    public BooksConflict.Kind kind() {
        return kind;
    }
}
