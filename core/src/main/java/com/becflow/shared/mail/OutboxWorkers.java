package com.becflow.shared.mail;

import com.becflow.shared.concurrent.WorkerPools;
import com.becflow.shared.crypto.SealBroken;
import com.becflow.shared.time.ServerClock;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends what the {@link Outbox} holds. Each sending thread keeps its own connection to the mail server and loops:
 * take up to {@value #BATCH} due mails under a lease (one short transaction, {@code FOR UPDATE SKIP LOCKED}, so
 * any number of servers share the work), send each with no transaction open, record each outcome in a
 * transaction of its own. A thread sleeps when nothing is due, until a mail is queued in this server (woken as
 * its transaction commits) or the poll interval passes (mail queued by the portal or another server, retries
 * falling due, leases of a server that died running out).
 *
 * <p>A server that dies mid-send leaves its mails leased; they fall due when the lease ends and go out then. What
 * cannot be closed is the instant between the mail server's acceptance and our record of it: a crash exactly
 * there sends that mail again, under the same Message-ID.
 */
@ApplicationScoped
public class OutboxWorkers {

    private static final Logger LOG = Logger.getLogger(OutboxWorkers.class.getName());

    /** Mails one thread takes up at once: fewer claim transactions, while a lease still covers them all. */
    static final int BATCH = 10;
    private static final int RECORD_TRIES = 3;
    private static final int REASON_LENGTH = 1000;

    @Inject
    WorkerPools pools;

    @Inject
    Outbox outbox;

    @Inject
    MailLeases leases;

    @Inject
    LateAttachmentSources lateAttachments;

    @Inject
    Mailer mailer;

    @Inject
    Event<MailUndeliverable> undeliverable;

    @Inject
    ServerClock clock;

    @Inject
    @ConfigProperty(name = "BECFLOW_MAIL_SENDERS", defaultValue = "2")
    int senders;

    @Inject
    @ConfigProperty(name = "BECFLOW_MAIL_POLL_MILLIS", defaultValue = "1000")
    long pollMillis;

    @Inject
    @ConfigProperty(name = "BECFLOW_MAIL_LEASE_SECONDS", defaultValue = "300")
    long leaseSeconds;

    @Inject
    @ConfigProperty(name = "BECFLOW_MAIL_RETRY_SECONDS", defaultValue = "30")
    long firstRetrySeconds;

    private final Object signal = new Object();
    private final AtomicLong wakeUps = new AtomicLong();
    private volatile boolean running;
    private RetrySchedule schedule;
    private Duration lease;

    /** Starts the sending threads of this server (none when {@code BECFLOW_MAIL_SENDERS} is 0). */
    public synchronized void start() {
        if (running || senders <= 0) {
            LOG.info(() -> running ? "Outbox workers already running" : "Outbox workers off on this server");
            return;
        }
        schedule = RetrySchedule.startingAfter(Duration.ofSeconds(firstRetrySeconds));
        lease = Duration.ofSeconds(leaseSeconds);
        running = true;
        for (int i = 0; i < senders; i++) {
            pools.pool("mail-outbox", senders).execute(this::sendLoop);
        }
        LOG.info(() -> senders + " outbox workers sending; polling every " + pollMillis + " ms, leases of " + lease);
    }

    @PreDestroy
    void stop() {
        running = false;
        synchronized (signal) {
            signal.notifyAll();
        }
    }

    void wake(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued queued) {
        if (running) {
            wakeUps.incrementAndGet();
            synchronized (signal) {
                signal.notifyAll();
            }
        }
    }

    private void sendLoop() {
        while (running) {
            long seen = wakeUps.get();
            int taken;
            try {
                taken = sendDue();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Outbox round failed; trying again after the poll interval", e);
                taken = 0;
            }
            if (taken < BATCH && !sleep(seen)) {
                return;
            }
        }
    }

    /** Sleeps until woken or the poll interval passed; false when the thread should end. */
    private boolean sleep(long seen) {
        synchronized (signal) {
            try {
                if (running && wakeUps.get() == seen) {
                    signal.wait(pollMillis);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return running;
    }

    /** Takes up one batch of due mail and sends it; how many were taken. */
    int sendDue() {
        List<ClaimedMail> batch = leases.claim(now(), lease, BATCH);
        // Start no mail whose lease could run out before the server answered: another worker could take it too.
        Duration margin = lease.dividedBy(2).compareTo(Duration.ofMinutes(1)) > 0 ? Duration.ofMinutes(1) : lease.dividedBy(2);
        for (ClaimedMail claimed : batch) {
            // The lease is read and the mail sent and recorded with the clock held: a move (in a test, in the local mode)
            // between the two would end the lease for another worker to take the mail and send it again.
            boolean leaseHeld = clock.steadily(() -> {
                if (!running || !clock.instant().plus(margin).isBefore(claimed.leasedUntil())) {
                    return false;
                }
                deliver(claimed);
                return true;
            });
            if (!leaseHeld) {
                break;
            }
        }
        return batch.size();
    }

    private void deliver(ClaimedMail claimed) {
        QueuedMail row = claimed.mail();
        OutgoingMail mail;
        try {
            mail = outbox.open(row);
        } catch (SealBroken e) {
            // Tampered, or this server has another key than the one that sealed it: a server with the right key may
            // take it when it falls due again, and the schedule ends it if none does.
            LOG.severe(() -> "Mail " + row.id() + " cannot be opened here: " + e.getMessage());
            notAccepted(claimed, new MailNotAccepted(false, "The stored mail could not be opened: " + e.getMessage(), e));
            return;
        }
        try {
            if (!mail.lateAttachments().isEmpty()) {
                mail = lateAttachments.resolve(row.tenant(), mail);
            }
        } catch (MailNotAccepted e) {
            notAccepted(claimed, e);
            return;
        } catch (RuntimeException e) {
            notAccepted(claimed, new MailNotAccepted(false, "An attachment could not be made: " + e, e));
            return;
        }
        try {
            mailer.send(mail, row.id());
        } catch (MailNotAccepted e) {
            notAccepted(claimed, e);
            return;
        } catch (RuntimeException e) {
            notAccepted(claimed, new MailNotAccepted(false, String.valueOf(e), e));
            return;
        }
        recordSent(claimed);
    }

    /** The server took the mail; a failure to record that is retried a little, since it would send the mail again. */
    private void recordSent(ClaimedMail claimed) {
        for (int attempt = 1; ; attempt++) {
            try {
                if (!leases.sent(claimed, now())) {
                    LOG.warning(() -> "Mail " + claimed.mail().id() + " was sent after its lease ran out; it may go out twice");
                }
                return;
            } catch (RuntimeException e) {
                if (attempt == RECORD_TRIES) {
                    LOG.log(Level.SEVERE, "Mail " + claimed.mail().id() + " was sent but could not be recorded; it goes out"
                            + " again when its lease ends", e);
                    return;
                }
                try {
                    Thread.sleep(500L * attempt);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private void notAccepted(ClaimedMail claimed, MailNotAccepted e) {
        QueuedMail row = claimed.mail();
        Instant now = now();
        String reason = shorten(e.reason());
        Optional<Instant> next = e.permanent() ? Optional.empty()
                : schedule.nextAttempt(claimed.attempts(), row.queuedAt(), now);
        if (next.isPresent()) {
            LOG.info(() -> "Mail " + row.id() + " to " + row.to() + " not accepted (attempt " + claimed.attempts()
                    + "), trying again at " + next.get() + ": " + reason);
            leases.retryAt(claimed, next.get(), reason);
            return;
        }
        String why = e.permanent() ? reason : shorten("No success in " + claimed.attempts() + " attempts over "
                + schedule.giveUpAfter().toHours() + " h; the last: " + reason);
        LOG.warning(() -> "Mail " + row.id() + " to " + row.to() + " failed: " + why);
        if (leases.failed(claimed, now, why)) {
            try {
                undeliverable.fire(new MailUndeliverable(row.tenant(), row.topic(), row.id(), row.to(), row.subject(), why,
                        claimed.attempts(), now));
            } catch (RuntimeException observerFailed) {
                LOG.log(Level.WARNING, "A failed mail " + row.id() + " could not be noted beside its subject", observerFailed);
            }
        }
    }

    /** Now, as the database keeps it (microseconds), so what is logged elsewhere matches what the outbox recorded. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static String shorten(String text) {
        String one = text == null || text.isBlank() ? "no reason given" : text.strip();
        return one.length() > REASON_LENGTH ? one.substring(0, REASON_LENGTH - 1) + "…" : one;
    }
}
