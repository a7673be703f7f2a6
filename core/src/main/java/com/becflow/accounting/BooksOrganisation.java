package com.becflow.accounting;

import java.util.Objects;

/** The organisation (Xero) or company (QuickBooks) whose books a connection writes to. */
public record BooksOrganisation(String id, String name) {

    public BooksOrganisation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }
}
