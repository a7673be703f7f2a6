package com.becflow.accounting;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
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

    /** Starts of the calls still inside one window, oldest first. */
    private static final class Window {
        final String name;
        final int max;
        final Duration length;
        final Deque<Instant> starts = new ArrayDeque<>();

        Window(String name, int max, Duration length) {
            this.name = name;
            this.max = max;
            this.length = length;
        }

        Duration waitAt(Instant now) {
            while (!starts.isEmpty() && !starts.peekFirst().plus(length).isAfter(now)) {
                starts.removeFirst();
            }
            return starts.size() < max ? Duration.ZERO : Duration.between(now, starts.peekFirst().plus(length));
        }
    }

    private final BooksCallLimits limits;
    private final List<Window> windows;
    private final Window batches;
    private int inProgress;
    private Instant quietUntil = Instant.MIN;

    public BooksCallBudget(BooksCallLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.windows = java.util.stream.Stream.of(
                        new Window(limits.perSecond() + " calls a second", limits.perSecond(), Duration.ofSeconds(1)),
                        new Window(limits.perMinute() + " calls a minute", limits.perMinute(), Duration.ofMinutes(1)),
                        new Window(limits.perDay() + " calls a day", limits.perDay(), Duration.ofDays(1)))
                .filter(w -> w.max != BooksCallLimits.NONE).toList();
        this.batches = new Window(limits.batchesPerMinute() + " batch calls a minute", limits.batchesPerMinute(),
                Duration.ofMinutes(1));
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
        if (now.isBefore(quietUntil)) {
            return new Verdict(Verdict.Outcome.VENDOR_ASKED_TO_WAIT, Duration.between(now, quietUntil), "the wait it asked for");
        }
        Duration longest = Duration.ZERO;
        String heldBy = null;
        List<Window> counting = batch && batches.max != BooksCallLimits.NONE
                ? java.util.stream.Stream.concat(windows.stream(), java.util.stream.Stream.of(batches)).toList() : windows;
        for (Window window : counting) {
            Duration wait = window.waitAt(now);
            if (wait.compareTo(longest) > 0) {
                longest = wait;
                heldBy = window.name;
            }
        }
        if (heldBy != null) {
            return new Verdict(Verdict.Outcome.WINDOW_FULL, longest, heldBy);
        }
        if (inProgress >= limits.concurrent()) {
            return new Verdict(Verdict.Outcome.ALL_PLACES_TAKEN, Duration.ZERO, limits.concurrent() + " calls at once");
        }
        counting.forEach(w -> w.starts.addLast(now));
        inProgress++;
        return new Verdict(Verdict.Outcome.STARTED, Duration.ZERO, null);
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
        if (until.isAfter(quietUntil)) {
            quietUntil = until;
        }
    }

    public int inProgress() {
        return inProgress;
    }
}
