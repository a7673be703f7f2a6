package com.becflow.invoicing.app;

import com.becflow.invoicing.payments.PaymentGateway.ProviderEvent;
import com.becflow.invoicing.payments.ProviderEvents;
import com.becflow.shared.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The stored provider events' own bookkeeping, each step in a transaction of its own: applying one exactly once
 * (its row is taken, the effect runs, it is marked applied, all in one commit), holding one whose tenant is not
 * served, and counting failures towards a back-off and, in the end, a dead letter.
 */
@ApplicationScoped
@Transactional
public class EventApplication {

    /** Failures before an event is set aside for an operator; with the back-off below that is about a day of trying. */
    static final int DEAD_AFTER_FAILURES = 10;
    static final Duration FIRST_RETRY = Duration.ofMinutes(1);
    static final Duration LONGEST_RETRY = Duration.ofHours(6);

    private final ProviderEvents events;
    private final Clock clock;

    @Inject
    public EventApplication(ProviderEvents events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    protected EventApplication() {
        this(null, null);
    }

    public Optional<ProviderEvent> pending(String eventId) {
        return events.pending(eventId);
    }

    /** Runs {@code effect} and marks the event applied, in one transaction, unless it was applied or is being applied. */
    public boolean applyOnce(String eventId, Runnable effect) {
        if (!events.claim(eventId)) {
            return false;
        }
        effect.run();
        events.markApplied(eventId, clock.instant());
        return true;
    }

    public void hold(String eventId, TenantId tenant, Duration atMost) {
        events.hold(eventId, tenant, clock.instant().plus(atMost));
    }

    /** Counts a failure in a transaction of its own (the one that failed is rolled back); true if it is now dead. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean failed(String eventId, RuntimeException e) {
        int failures = events.failures(eventId) + 1;
        Instant now = clock.instant();
        boolean dead = failures >= DEAD_AFTER_FAILURES;
        events.recordFailure(eventId, e.toString(), now.plus(retryAfter(failures)), dead, now);
        return dead;
    }

    /** 1, 2, 4 … minutes after the first, second, third … failure, at most {@link #LONGEST_RETRY}. */
    static Duration retryAfter(int failures) {
        Duration wait = FIRST_RETRY.multipliedBy(1L << Math.min(Math.max(failures - 1, 0), 20));
        return wait.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : wait;
    }
}
