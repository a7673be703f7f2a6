package com.becflow.shared.mail;

import java.time.Instant;

/**
 * Where one mail stands, for showing beside what it is about. {@code attempts} counts the times a worker took it
 * up (a server that died while sending counts too); {@code lastError} is why the last failed attempt failed, kept
 * after a later success.
 */
public record MailDelivery(MailId id, MailTopic topic, String to, String subject, State state, Instant queuedAt,
                           int attempts, Instant nextAttemptAt, Instant sentAt, Instant failedAt, String lastError) {

    public enum State { QUEUED, SENT, FAILED }

    /** When it is queued and an attempt failed already: it is waiting to be tried again. */
    public boolean retrying() {
        return state == State.QUEUED && lastError != null;
    }
}
