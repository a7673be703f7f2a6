package com.becflow.shared.mail;

import com.becflow.shared.tenant.TenantId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The outbox's store: one table for all tenants, so workers claim due mail with one query. Each outcome is
 * recorded only by the holder of the mail's current lease; a lease that ran out (its worker died) makes the mail
 * due again.
 */
public interface QueuedMails {

    void add(QueuedMail mail);

    /**
     * Takes up to {@code limit} mails due at {@code now} that no live lease holds, skipping rows other workers are
     * claiming at this very moment, and leases them until {@code leasedUntil}.
     */
    List<ClaimedMail> claim(Instant now, UUID lease, Instant leasedUntil, int limit);

    /** The server accepted it; the body is dropped, the last failure (if any) kept. False when the lease was lost. */
    boolean markSent(ClaimedMail claimed, Instant at);

    /** Not taken for now; due again at {@code next}. False when the lease was lost. */
    boolean retryAt(ClaimedMail claimed, Instant next, String reason);

    /** Failed for good; the body is dropped. False when the lease was lost. */
    boolean markFailed(ClaimedMail claimed, Instant at, String reason);

    /** Every mail about a subject of a tenant, oldest first. */
    List<MailDelivery> about(TenantId tenant, UUID subject);

    /** The newest {@code limit} mails about any of these subjects of a tenant, newest first. */
    List<MailDelivery> aboutAny(TenantId tenant, Collection<UUID> subjects, int limit);
}
