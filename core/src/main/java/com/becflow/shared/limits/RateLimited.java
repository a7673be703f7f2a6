package com.becflow.shared.limits;

import com.becflow.shared.error.DomainException;
import com.becflow.shared.error.ErrorCode;
import java.time.Duration;

/** A rate limit refused this request: a 429 with the limit's own code and how long to wait (Retry-After). */
public class RateLimited extends DomainException {

    private final transient RateLimit limit;
    private final Duration retryAfter;

    public RateLimited(RateLimit limit, Duration retryAfter) {
        super(ErrorCode.tooManyRequests(limit.code()), limit.refusal() + " Try again in " + humanDuration(retryAfter) + ".");
        this.limit = limit;
        this.retryAfter = retryAfter;
    }

    public RateLimit limit() {
        return limit;
    }

    /** How long until a request would be let through again, if none comes before; at least one second. */
    public Duration retryAfter() {
        return retryAfter;
    }

    /** Whole seconds to wait, rounded up: the value of a Retry-After header. */
    public long retryAfterSeconds() {
        long seconds = retryAfter.getSeconds() + (retryAfter.getNano() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }

    /** "about 40 minutes", "1 hour", "a few seconds": how people read a wait. */
    static String humanDuration(Duration d) {
        long seconds = Math.max(1, d.getSeconds() + (d.getNano() > 0 ? 1 : 0));
        if (seconds < 60) {
            return seconds <= 5 ? "a few seconds" : seconds + " seconds";
        }
        long minutes = (seconds + 59) / 60;
        if (minutes < 120) {
            return minutes == 1 ? "1 minute" : minutes + " minutes";
        }
        long hours = (minutes + 59) / 60;
        if (hours < 48) {
            return hours + " hours";
        }
        return (hours + 23) / 24 + " days";
    }
}
