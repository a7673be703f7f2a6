package com.becflow.accounting.app;

import com.becflow.accounting.BooksCallBudget;
import com.becflow.accounting.BooksCallLimits;
import com.becflow.accounting.BooksCalls;
import com.becflow.accounting.BooksUnavailable;
import com.becflow.accounting.BooksVendor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;

/**
 * Keeps every request to the books within the vendor's limits for that organisation ({@link BooksCallLimits}),
 * shared by all workspaces that keep the same organisation and all passes on this server: the adapters send each
 * request through here. A call
 * the limits hold for up to {@link #LONGEST_WAIT_IN_PLACE} waits; a longer hold (the daily limit spent) ends the pass
 * as a 429 would, with the wait, so the job runs again once calls are free. After a 429 no call to that organisation
 * starts until the wait the vendor named is over: a pass that tries ends at once with the rest of that wait. Time is
 * the server's {@link Clock}.
 *
 * <p>The count is this server's: replicas syncing the same organisation at once each count their own calls, and the
 * vendor's 429 (which also quiets this organisation's budget here) stays the last word.
 */
@ApplicationScoped
public class BooksCallLimiter implements BooksCalls {

    /** Waits up to this long stay inside the pass: the minute and second limits, a busy organisation. */
    public static final Duration LONGEST_WAIT_IN_PLACE = Duration.ofMinutes(1);
    /** How long to wait at most when only a call in progress, on another thread, can free a place. */
    static final Duration BUSY_RECHECK = Duration.ofMillis(200);

    /** How a wait is spent while the budget's lock is held: in production, on its monitor, which a call ending wakes. */
    @FunctionalInterface
    public interface Waiting {
        void waitOn(Object monitor, Duration wait) throws InterruptedException;
    }

    private final Clock clock;
    private final Waiting waiting;
    private final ConcurrentMap<String, BooksCallBudget> budgets = new ConcurrentHashMap<>();

    @Inject
    public BooksCallLimiter(Clock clock) {
        this(clock, (monitor, wait) -> monitor.wait(Math.max(1, wait.toMillis())));
    }

    /** With another way to wait: a test moves its clock instead of sleeping. */
    public BooksCallLimiter(Clock clock, Waiting waiting) {
        this.clock = clock;
        this.waiting = waiting;
    }

    protected BooksCallLimiter() {
        this(null, null);
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
        BooksCallBudget budget = budgets.computeIfAbsent(vendor.name() + ":" + organisation,
                key -> new BooksCallBudget(BooksCallLimits.of(vendor)));
        start(vendor, budget, batch);
        try {
            return call.get();
        } catch (BooksUnavailable slowDown) {
            synchronized (budget) {
                budget.quietUntil(clock.instant().plus(slowDown.retryAfter()));
            }
            throw slowDown;
        } finally {
            synchronized (budget) {
                budget.finished();
                budget.notifyAll();
            }
        }
    }

    private void start(BooksVendor vendor, BooksCallBudget budget, boolean batch) {
        synchronized (budget) {
            while (true) {
                BooksCallBudget.Verdict verdict = budget.tryStart(clock.instant(), batch);
                if (verdict.started()) {
                    return;
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
                    waiting.waitOn(budget, wait);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new BooksUnavailable("the pass was interrupted while waiting for " + verdict.heldBy(), wait);
                }
            }
        }
    }
}
