package com.becflow.shared.limits;

import com.becflow.shared.documents.Sha256;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Checks a request against a {@link RateLimit}: one statement on the shared counters (so all servers count
 * together), then a verdict. The window slides: the hits of the current fixed window, plus those of the previous
 * one weighted by how much of it still lies within one window of now ("sliding window counter"); a refused check
 * counts too, so hammering keeps the door shut. Time is the server's {@link Clock}.
 *
 * <p>If the counters cannot be reached the request is let through and the failure logged: a database that cannot
 * count is a database that also cannot sign anyone up or open any link.
 */
@ApplicationScoped
public class RateLimiter {

    private static final Logger LOG = Logger.getLogger(RateLimiter.class.getName());
    /** How often (at most) this server deletes windows that no longer matter. */
    static final Duration PURGE_EVERY = Duration.ofMinutes(1);
    /** Keys longer than this are kept as their SHA-256. */
    static final int KEY_LENGTH = 128;

    private final RateCounters counters;
    private final Clock clock;
    private final AtomicReference<Instant> nextPurge = new AtomicReference<>(Instant.MIN);

    @Inject
    public RateLimiter(RateCounters counters, Clock clock) {
        this.counters = counters;
        this.clock = clock;
    }

    protected RateLimiter() {
        this(null, null);
    }

    /**
     * Counts this request for {@code key} and lets it through if the limit allows.
     *
     * @throws RateLimited with the wait until a request would be let through again
     */
    public void check(RateLimit limit, String key) {
        Instant now = clock.instant();
        long window = limit.window().toMillis();
        long at = now.toEpochMilli();
        long start = Math.floorDiv(at, window) * window;
        RateCounters.Hits hits;
        try {
            hits = counters.hit(limit.name(), keyOf(key), Instant.ofEpochMilli(start), limit.window());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Rate limit " + limit.name() + " not checked: the counters did not answer", e);
            return;
        } finally {
            purgeIfDue(now);
        }
        long elapsed = at - start;
        if (estimate(hits, elapsed, window) > limit.max()) {
            Duration wait = retryAfter(limit.max(), hits, elapsed, window);
            LOG.fine(() -> "Rate limit " + limit.name() + " (" + limit.describe() + ") refused a request; " + hits);
            throw new RateLimited(limit, wait);
        }
    }

    /** Hits within one window of now: this window's, and the share of the previous one still inside it. */
    static double estimate(RateCounters.Hits hits, long elapsed, long window) {
        return hits.previous() * ((double) (window - elapsed) / window) + hits.current();
    }

    /**
     * How long until one more request would be let through, if none comes before: within this window once enough of
     * the previous window has slid out, or else in the next, once enough of this one has.
     */
    static Duration retryAfter(int max, RateCounters.Hits hits, long elapsed, long window) {
        long current = hits.current();
        double wait;
        if (current + 1 <= max && hits.previous() > 0) {
            wait = (window - elapsed) - (double) window * (max - current - 1) / hits.previous();
        } else {
            wait = (window - elapsed) + (double) window * (1 - (double) (max - 1) / current);
        }
        long millis = (long) Math.ceil(Math.max(wait, 1000));
        return Duration.ofMillis(millis);
    }

    private static String keyOf(String key) {
        if (key == null || key.isBlank()) {
            return "-";
        }
        return key.length() > KEY_LENGTH ? Sha256.hex(key) : key;
    }

    private void purgeIfDue(Instant now) {
        Instant due = nextPurge.get();
        if (now.isBefore(due) || !nextPurge.compareAndSet(due, now.plus(PURGE_EVERY))) {
            return;
        }
        try {
            int purged = counters.purge(now);
            if (purged > 0) {
                LOG.fine(() -> "Purged " + purged + " rate-limit windows that ended");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Old rate-limit windows not purged; the next check tries again", e);
        }
    }
}
