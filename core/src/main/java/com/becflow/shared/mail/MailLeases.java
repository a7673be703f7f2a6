package com.becflow.shared.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The outbox workers' short transactions, each committed on its own: taking up due mail under a lease, and
 * recording what became of one. Nothing here waits for a mail server, so no row lock or pooled connection is
 * held while one is talked to.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class MailLeases {

    private final QueuedMails mails;

    @Inject
    public MailLeases(QueuedMails mails) {
        this.mails = mails;
    }

    protected MailLeases() {
        this(null);
    }

    public List<ClaimedMail> claim(Instant now, Duration lease, int limit) {
        return mails.claim(now, UUID.randomUUID(), now.plus(lease), limit);
    }

    public boolean sent(ClaimedMail claimed, Instant at) {
        return mails.markSent(claimed, at);
    }

    public boolean retryAt(ClaimedMail claimed, Instant next, String reason) {
        return mails.retryAt(claimed, next, reason);
    }

    public boolean failed(ClaimedMail claimed, Instant at, String reason) {
        return mails.markFailed(claimed, at, reason);
    }
}
