package com.becflow.accounting;

import java.util.Optional;

/**
 * How many calls a vendor takes from one app for one organisation: at most {@code perSecond} in any second,
 * {@code perMinute} in any minute, {@code perDay} in any 24 hours and {@code concurrent} at once; of them at most
 * {@code batchesPerMinute} batch calls in any minute. A limit a vendor does not set is {@link #NONE}. {@code
 * batchSize}: how many objects one batch call may carry.
 */
public record BooksCallLimits(int perSecond, int perMinute, int perDay, int concurrent, int batchSize,
                              int batchesPerMinute) {

    /** A window the vendor leaves open. */
    public static final int NONE = Integer.MAX_VALUE;

    /**
     * Xero, per connected organisation: "Concurrent Limit: 5 calls in progress at one time; Minute Limit: 60 calls per
     * minute; Daily Limit: 5000 calls per day" (developer.xero.com/documentation/guides/oauth2/limits, and the FAQ
     * developer.xero.com/faq/limits: "5000 API calls available in a given 24 hour period"). The app-wide 10,000 a
     * minute across all organisations is not ours to spend per workspace. Xero asks for at most 50 elements per
     * request when creating in bulk (developer.xero.com/documentation/api/accounting/invoices, "summarizeErrors").
     */
    public static final BooksCallLimits XERO = new BooksCallLimits(NONE, 60, 5_000, 5, 50, NONE);

    /**
     * QuickBooks Online, per company (realm) and app: 500 requests a minute, 10 a second, batch requests included,
     * at most 10 at once (developer.intuit.com, "Rate limits and throttles"; Intuit's developer blog, 2016-08-08,
     * "QuickBooks Online API throttling changes"); batch requests count among those and are held to 40 a minute, with at
     * most 30 operations each (the same page, "Batch operations"). No daily limit.
     */
    public static final BooksCallLimits QUICKBOOKS = new BooksCallLimits(10, 500, NONE, 10, 30, 40);

    public BooksCallLimits {
        if (perSecond < 1 || perMinute < 1 || perDay < 1 || concurrent < 1 || batchSize < 1 || batchesPerMinute < 1) {
            throw new IllegalArgumentException("Every limit lets at least one call through");
        }
    }

    public static BooksCallLimits of(BooksVendor vendor) {
        return switch (vendor) {
            case XERO -> XERO;
            case QUICKBOOKS -> QUICKBOOKS;
        };
    }

    /** The daily limit, if the vendor has one. */
    public Optional<Integer> daily() {
        return perDay == NONE ? Optional.empty() : Optional.of(perDay);
    }
}
