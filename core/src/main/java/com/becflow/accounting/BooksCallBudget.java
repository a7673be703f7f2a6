package com.becflow.accounting;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;

/**
 * The calls one organisation's books may still take from us, under its vendor's {@link BooksCallLimits}. A call
 * counts from the moment it starts for one whole window (a second, a minute, 24 hours), so no window of that length,
 * wherever it starts, ever holds more calls than the limit: the vendor may count in fixed windows or sliding ones and
 * is never asked for more. A call also holds one of the concurrent places until it {@linkplain #finished() ends}. A
 * vendor that asked us to slow down (429) is left alone until the time it named.
 *
 * <p>Pure and not thread-safe: time comes in as an argument, and whoever shares a budget holds its lock.
 */
public final class BooksCallBudget {

    /** Whether a call may start now; if not, what holds it and how long until it may. */
    public record Verdict(Outcome outcome, Duration waitFor, String heldBy) {

        public enum Outcome {
            STARTED,
            /** A window holds its limit's number of calls: {@code waitFor} until the oldest leaves it. */
            WINDOW_FULL,
            /** Every concurrent place is taken: only the end of a call in progress frees one ({@code waitFor} zero). */
            ALL_PLACES_TAKEN,
            /** The vendor refused a call and named a wait, which is not over. */
            VENDOR_ASKED_TO_WAIT
        }

        public boolean started() {
            return outcome == Outcome.STARTED;
        }
    }

    /** How many calls started inside one window, and when the oldest of them did ({@code null} when none). */
    public record Tally(int calls, Instant oldest) {

        public static final Tally NONE = new Tally(0, null);
    }

    /**
     * What a ledger counted for one organisation at one moment: the wait the vendor named, the calls in progress, and
     * the calls started inside the last second, minute and day (and the batch calls inside the last minute).
     */
    public record Counts(Instant quietUntil, int inProgress, Tally second, Tally minute, Tally day,
                         Tally batchesInMinute) {
    }

    /**
     * The rule itself, the same wherever the calls are counted (this budget, or a table all servers share): a call
     * may start when no window holds its limit, a concurrent place is free and the vendor's wait is over.
     */
    public static Verdict verdict(BooksCallLimits limits, Counts counts, Instant now, boolean batch) {
        if (counts.quietUntil() != null && now.isBefore(counts.quietUntil())) {
            return new Verdict(Verdict.Outcome.VENDOR_ASKED_TO_WAIT, Duration.between(now, counts.quietUntil()),
                    "the wait it asked for");
        }
        Verdict held = null;
        held = longer(held, full(limits.perSecond(), Duration.ofSeconds(1), counts.second(), " calls a second", now));
        held = longer(held, full(limits.perMinute(), Duration.ofMinutes(1), counts.minute(), " calls a minute", now));
        held = longer(held, full(limits.perDay(), Duration.ofDays(1), counts.day(), " calls a day", now));
        if (batch) {
            held = longer(held, full(limits.batchesPerMinute(), Duration.ofMinutes(1), counts.batchesInMinute(),
                    " batch calls a minute", now));
        }
        if (held != null) {
            return held;
        }
        if (counts.inProgress() >= limits.concurrent()) {
            return new Verdict(Verdict.Outcome.ALL_PLACES_TAKEN, Duration.ZERO, limits.concurrent() + " calls at once");
        }
        return new Verdict(Verdict.Outcome.STARTED, Duration.ZERO, null);
    }

    private static Verdict full(int max, Duration length, Tally tally, String what, Instant now) {
        if (max == BooksCallLimits.NONE || tally.calls() < max) {
            return null;
        }
        Duration wait = Duration.between(now, tally.oldest().plus(length));
        return new Verdict(Verdict.Outcome.WINDOW_FULL, wait.isNegative() ? Duration.ZERO : wait, max + what);
    }

    private static Verdict longer(Verdict held, Verdict other) {
        return other == null || held != null && held.waitFor().compareTo(other.waitFor()) >= 0 ? held : other;
    }

    /** Starts of the calls still inside one window, oldest first. */
    private static final class Window {
        final Duration length;
        final Deque<Instant> starts = new ArrayDeque<>();

        Window(Duration length) {
            this.length = length;
        }

        Tally at(Instant now) {
            while (!starts.isEmpty() && !starts.peekFirst().plus(length).isAfter(now)) {
                starts.removeFirst();
            }
            return starts.isEmpty() ? Tally.NONE : new Tally(starts.size(), starts.peekFirst());
        }
    }

    private final BooksCallLimits limits;
    private final Window second = new Window(Duration.ofSeconds(1));
    private final Window minute = new Window(Duration.ofMinutes(1));
    private final Window day = new Window(Duration.ofDays(1));
    private final Window batches = new Window(Duration.ofMinutes(1));
    private int inProgress;
    private Instant quietUntil;

    public BooksCallBudget(BooksCallLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    public BooksCallLimits limits() {
        return limits;
    }

    /** Starts a call at {@code now} if every limit lets it; otherwise leaves the budget as it was. */
    public Verdict tryStart(Instant now) {
        return tryStart(now, false);
    }

    /** As {@link #tryStart(Instant)}, for a batch call when {@code batch}: it counts against the batch limit too. */
    public Verdict tryStart(Instant now, boolean batch) {
        // A window the vendor leaves open is not kept: no instants pile up for a limit that is not there.
        Counts counts = new Counts(quietUntil, inProgress,
                limits.perSecond() == BooksCallLimits.NONE ? Tally.NONE : second.at(now),
                minute.at(now), limits.perDay() == BooksCallLimits.NONE ? Tally.NONE : day.at(now),
                limits.batchesPerMinute() == BooksCallLimits.NONE ? Tally.NONE : batches.at(now));
        Verdict verdict = verdict(limits, counts, now, batch);
        if (verdict.started()) {
            if (limits.perSecond() != BooksCallLimits.NONE) {
                second.starts.addLast(now);
            }
            minute.starts.addLast(now);
            if (limits.perDay() != BooksCallLimits.NONE) {
                day.starts.addLast(now);
            }
            if (batch && limits.batchesPerMinute() != BooksCallLimits.NONE) {
                batches.starts.addLast(now);
            }
            inProgress++;
        }
        return verdict;
    }

    /** A call started through {@link #tryStart} has ended, answered or not. */
    public void finished() {
        if (inProgress == 0) {
            throw new IllegalStateException("No call is in progress");
        }
        inProgress--;
    }

    /** The vendor refused a call and asked us to wait: no call starts before {@code until}. */
    public void quietUntil(Instant until) {
        if (quietUntil == null || until.isAfter(quietUntil)) {
            quietUntil = until;
        }
    }

    public int inProgress() {
        return inProgress;
    }

    /** Whether the budget remembers nothing that still matters at {@code now}: it may be dropped and made anew. */
    public boolean idleAt(Instant now) {
        return inProgress == 0 && (quietUntil == null || !now.isBefore(quietUntil)) && second.at(now).calls() == 0
                && minute.at(now).calls() == 0 && day.at(now).calls() == 0 && batches.at(now).calls() == 0;
    }
}
