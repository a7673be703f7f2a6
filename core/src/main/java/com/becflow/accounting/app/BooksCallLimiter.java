package com.becflow.accounting.app;

import com.becflow.accounting.BooksCallBudget;
import com.becflow.accounting.BooksCallLedger;
import com.becflow.accounting.BooksCallLimits;
import com.becflow.accounting.BooksCalls;
import com.becflow.accounting.BooksUnavailable;
import com.becflow.accounting.BooksVendor;
import com.becflow.accounting.LocalBooksCallLedger;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps every request to the books within the vendor's limits for that organisation ({@link BooksCallLimits}),
 * shared by all workspaces that keep the same organisation, all passes and all servers: the adapters send each
 * request through here, and each start is decided over the {@link BooksCallLedger}, which in production is a table
 * every server counts in. A call the limits hold for up to {@link #LONGEST_WAIT_IN_PLACE} waits; a longer hold (the
 * daily limit spent) ends the pass as a 429 would, with the wait, so the job runs again once calls are free. After a
 * 429 no call to that organisation starts, on any server, until the wait the vendor named is over: a pass that tries
 * ends at once with the rest of that wait. Time is the server's {@link Clock}.
 *
 * <p>A ledger that cannot be read ends the pass (to be tried again in a minute) rather than calling uncounted.
 */
@ApplicationScoped
public class BooksCallLimiter implements BooksCalls {

    private static final Logger LOG = Logger.getLogger(BooksCallLimiter.class.getName());
    /** Waits up to this long stay inside the pass: the minute and second limits, a busy organisation. */
    public static final Duration LONGEST_WAIT_IN_PLACE = Duration.ofMinutes(1);
    /**
     * How long to wait at most when only a call in progress can free a place: one on this server wakes the waiters at
     * once, one on another server is seen at the next look.
     */
    static final Duration BUSY_RECHECK = Duration.ofMillis(200);
    /** How often (at most) this server has the ledger forget what no longer matters. */
    static final Duration FORGET_EVERY = Duration.ofMinutes(1);

    /** How a wait is spent: in production, on the monitor that a call ending on this server wakes. */
    @FunctionalInterface
    public interface Waiting {
        void waitOn(Object monitor, Duration wait) throws InterruptedException;
    }

    private final Clock clock;
    private final BooksCallLedger ledger;
    private final Waiting waiting;
    private final Object callEnded = new Object();
    private final AtomicReference<Instant> nextForget = new AtomicReference<>(Instant.MIN);

    @Inject
    public BooksCallLimiter(Clock clock, BooksCallLedger ledger) {
        this(clock, ledger, (monitor, wait) -> monitor.wait(Math.max(1, wait.toMillis())));
    }

    /** Counting this process's calls only ({@link LocalBooksCallLedger}): for tests and tools. */
    public BooksCallLimiter(Clock clock) {
        this(clock, new LocalBooksCallLedger());
    }

    /** As {@link #BooksCallLimiter(Clock)}, with another way to wait: a test moves its clock instead of sleeping. */
    public BooksCallLimiter(Clock clock, Waiting waiting) {
        this(clock, new LocalBooksCallLedger(), waiting);
    }

    public BooksCallLimiter(Clock clock, BooksCallLedger ledger, Waiting waiting) {
        this.clock = clock;
        this.ledger = ledger;
        this.waiting = waiting;
    }

    protected BooksCallLimiter() {
        this(null, null, null);
    }

    /**
     * Makes one call to {@code organisation}'s books once the limits let it start.
     *
     * @throws BooksUnavailable when the limits hold the call longer than {@link #LONGEST_WAIT_IN_PLACE}, or the vendor
     *                          asked to slow down (then no call to this organisation starts before its wait is over)
     */
    @Override
    public <T> T call(BooksVendor vendor, String organisation, Supplier<T> call) {
        return send(vendor, organisation, false, call);
    }

    @Override
    public <T> T batch(BooksVendor vendor, String organisation, Supplier<T> call) {
        return send(vendor, organisation, true, call);
    }

    private <T> T send(BooksVendor vendor, String organisation, boolean batch, Supplier<T> call) {
        BooksCallLedger.Start started = start(vendor, organisation, batch);
        try {
            return call.get();
        } catch (BooksUnavailable slowDown) {
            try {
                ledger.quietUntil(vendor, organisation, clock.instant().plus(slowDown.retryAfter()));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, vendor.label() + "'s wait not kept for the other servers", e);
            }
            throw slowDown;
        } finally {
            try {
                ledger.finished(vendor, organisation, started.ticket());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "A call to " + vendor.label() + " not marked finished; its place frees itself within "
                        + BooksCallLedger.LEASE.toMinutes() + " minutes", e);
            }
            synchronized (callEnded) {
                callEnded.notifyAll();
            }
            forgetIfDue();
        }
    }

    private BooksCallLedger.Start start(BooksVendor vendor, String organisation, boolean batch) {
        while (true) {
            BooksCallLedger.Start start;
            try {
                start = ledger.tryStart(vendor, organisation, batch, clock.instant());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "The count of calls to " + vendor.label() + " could not be read", e);
                throw new BooksUnavailable("the count of calls to " + vendor.label() + " could not be read",
                        Duration.ofMinutes(1));
            }
            BooksCallBudget.Verdict verdict = start.verdict();
            if (verdict.started()) {
                return start;
            }
            if (verdict.outcome() == BooksCallBudget.Verdict.Outcome.VENDOR_ASKED_TO_WAIT) {
                throw new BooksUnavailable(vendor.label() + " asked Becflow to wait for these books",
                        verdict.waitFor());
            }
            if (verdict.waitFor().compareTo(LONGEST_WAIT_IN_PLACE) > 0) {
                throw new BooksUnavailable(vendor.label() + " takes at most " + verdict.heldBy()
                        + " for these books", verdict.waitFor());
            }
            Duration wait = verdict.outcome() == BooksCallBudget.Verdict.Outcome.ALL_PLACES_TAKEN
                    ? BUSY_RECHECK : verdict.waitFor();
            try {
                synchronized (callEnded) {
                    waiting.waitOn(callEnded, wait);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new BooksUnavailable("the pass was interrupted while waiting for " + verdict.heldBy(), wait);
            }
        }
    }

    private void forgetIfDue() {
        Instant now = clock.instant();
        Instant due = nextForget.get();
        if (now.isBefore(due) || !nextForget.compareAndSet(due, now.plus(FORGET_EVERY))) {
            return;
        }
        try {
            ledger.forget(now);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Old calls to the books not forgotten; the next call tries again", e);
        }
    }
}
