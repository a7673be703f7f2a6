package com.becflow.accounting;

import java.util.function.Supplier;

/**
 * What every request to an organisation's books passes through on its way out, so that all of them together keep
 * within the vendor's limits for that organisation (the adapters send each HTTP request through here, a page of a
 * read and the read before an update included).
 */
public interface BooksCalls {

    /** No limits: for tests of an adapter alone. */
    BooksCalls UNLIMITED = new BooksCalls() {
        @Override
        public <T> T call(BooksVendor vendor, String organisation, Supplier<T> request) {
            return request.get();
        }
    };

    /**
     * Sends {@code request} once the limits let it start.
     *
     * @throws BooksUnavailable when it may not start for a while (the pass ends and resumes after the wait)
     */
    <T> T call(BooksVendor vendor, String organisation, Supplier<T> request);

    /** As {@link #call}, for a batch request, which some vendors hold to a limit of its own. */
    default <T> T batch(BooksVendor vendor, String organisation, Supplier<T> request) {
        return call(vendor, organisation, request);
    }
}
