package com.becflow.accounting;

import java.util.Locale;
import java.util.Optional;

/** An accounting product a workspace can keep its books in. */
public enum BooksVendor {
    XERO("Xero"), QUICKBOOKS("QuickBooks Online");

    private final String label;

    BooksVendor(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** As it appears in a path: {@code xero}, {@code quickbooks}. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<BooksVendor> fromSlug(String slug) {
        for (BooksVendor vendor : values()) {
            if (vendor.slug().equals(slug)) {
                return Optional.of(vendor);
            }
        }
        return Optional.empty();
    }
}
