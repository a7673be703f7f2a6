package com.becflow.shared.agenda;

import com.becflow.shared.tenant.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The tenants with something pending, and when: one entry per tenant and topic, holding the earliest moment
 * anything of that topic falls due. The housekeeping round reads the entries that are due (one indexed query) and
 * enters only their tenants, instead of every tenant every minute.
 *
 * <p>Always holds: whatever is pending in a tenant has its topic's entry at or before its moment. So an entry is
 * written in the same transaction as the pending thing ({@link #expect}), and moved only while locked
 * ({@link #lock}) to a moment read from the tenant's data after the lock was taken ({@link #reschedule}): a writer
 * noting a moment meanwhile waits for that lock, then keeps its moment if it is earlier.
 *
 * <p>Work that must happen at a time of day or after some days (reminders, fees) goes here rather than into the
 * job scheduler's own schedule: the agenda is read with the server's clock, which tests and the local mode move.
 */
public interface Agenda {

    /**
     * Notes that something of this topic falls due for the tenant at {@code at}, in the caller's transaction; an
     * earlier moment already noted stays.
     */
    void expect(TenantId tenant, AgendaTopic topic, Instant at);

    /** Entries due at {@code now}, earliest first. */
    List<AgendaEntry> due(Instant now, int limit);

    /** Locks the tenant's entry of this topic until the transaction ends; false if it has none. */
    boolean lock(TenantId tenant, AgendaTopic topic);

    /**
     * Moves the tenant's entry of this topic to {@code next}, or removes it when nothing of the topic is pending.
     * Only for an entry this transaction {@link #lock locked}, with {@code next} read from the tenant's data after
     * the lock was taken; without an entry to lock, {@link #expect} the next moment instead, so that one a writer
     * notes meanwhile is never overwritten.
     */
    void reschedule(TenantId tenant, AgendaTopic topic, Optional<Instant> next);

    /** Puts off every entry of the tenant due before {@code until}: the tenant is not served now. */
    void postpone(TenantId tenant, Instant until);

    /** Makes every entry of the tenant due at {@code now} at the latest: it is served again. */
    void bringForward(TenantId tenant, Instant now);

    /** The tenant's entries, earliest first. */
    List<AgendaEntry> of(TenantId tenant);
}
