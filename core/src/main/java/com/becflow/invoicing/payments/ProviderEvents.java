package com.becflow.invoicing.payments;

import com.becflow.invoicing.payments.PaymentGateway.ProviderEvent;
import com.becflow.shared.tenant.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The payment provider's verified events, stored as they arrive and applied afterwards: each once, however often
 * it is delivered. An event that cannot be applied yet waits (its tenant is not served) or is tried again later
 * (it failed), and after too many failures it is set aside, dead, for an operator to look at and replay.
 */
public interface ProviderEvents {

    /** Stores a verified event to be applied. False if it was stored before (its id is a unique key). */
    boolean store(ProviderEvent event, Instant now);

    /** A stored event not applied and not dead, read without a lock. */
    Optional<ProviderEvent> pending(String eventId);

    /**
     * Takes the stored event for this transaction (locking its row) if it is still pending and nobody else holds it;
     * false if it was applied, is dead, or is being applied right now.
     */
    boolean claim(String eventId);

    void markApplied(String eventId, Instant now);

    /** Its tenant is not served now: it waits, without counting as a failure, until {@link #release} or {@code until}. */
    void hold(String eventId, TenantId tenant, Instant until);

    /** Puts the events held for a tenant back in line, e.g. when the tenant is served again. */
    int release(TenantId tenant, Instant now);

    /** Counts a failure; the event is tried again at {@code retryAt}, or never again by itself when {@code dead}. */
    void recordFailure(String eventId, String failure, Instant retryAt, boolean dead, Instant now);

    /** How many times applying it failed so far. */
    int failures(String eventId);

    /** Pending events whose turn has come, the longest-waiting first. */
    List<String> due(Instant now, int limit);

    /** Dead events, newest first, for operators. */
    List<DeadEvent> dead(int limit);

    /** Puts a dead event back in line with a clean slate; false if it is not dead. */
    boolean replay(String eventId, Instant now);

    record DeadEvent(String id, ProviderEvent.Kind kind, String providerType, String accountId, String objectId,
                     Instant receivedAt, int failures, String lastFailure, Instant deadAt) {
    }
}
