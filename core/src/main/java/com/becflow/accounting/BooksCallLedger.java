package com.becflow.accounting;

import java.time.Duration;
import java.time.Instant;

/**
 * Where the calls to each organisation's books are counted, for every server that syncs it: the truth behind {@link
 * BooksCallBudget#verdict}. Starting a call is one decision over the organisation's whole count, taken by one server at
 * a time, so two servers never both take the last place in a window. A call started holds a concurrent place until it
 * is {@linkplain #finished finished}, or at the latest until its {@link #LEASE} runs out: a server that stops
 * mid-call does not hold the place for ever.
 */
public interface BooksCallLedger {

    /**
     * How long a call started may hold a concurrent place without being finished: well past the adapters' timeouts
     * (20 s to connect and 20 s between bytes), so a call in progress is never taken for one abandoned.
     */
    Duration LEASE = Duration.ofMinutes(2);

    /** The verdict on a call, and when it started, the ticket that finishes it. */
    record Start(BooksCallBudget.Verdict verdict, String ticket) {

        public boolean started() {
            return verdict.started();
        }
    }

    /** Starts a call at {@code now} if every limit lets it; otherwise counts nothing. */
    Start tryStart(BooksVendor vendor, String organisation, boolean batch, Instant now);

    /** The call {@code ticket} stands for has ended, answered or not: its concurrent place is free. */
    void finished(BooksVendor vendor, String organisation, String ticket);

    /** The vendor refused a call and asked for a wait: no call to this organisation starts before {@code until}. */
    void quietUntil(BooksVendor vendor, String organisation, Instant until);

    /**
     * Forgets what no longer matters at {@code now} (calls a day old and over, waits that are past, organisations no
     * longer synced): the ledger stays as small as the calls of the last day.
     *
     * @return how many records were dropped
     */
    int forget(Instant now);
}
