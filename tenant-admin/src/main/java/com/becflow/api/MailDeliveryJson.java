package com.becflow.api;

import com.becflow.shared.mail.MailDelivery;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One mail about a contract or invoice and where it stands: QUEUED (with the next attempt and, after a failed
 * attempt, why it failed), SENT (when the mail server accepted it) or FAILED (when, and why).
 */
public record MailDeliveryJson(@Schema(implementation = UUID.class, required = true) String id,
                               @Schema(required = true) String to, @Schema(required = true) String subject,
                               @Schema(implementation = MailDelivery.State.class, required = true) String state,
                               @Schema(required = true) Instant queuedAt, int attempts,
                               Instant nextAttemptAt, Instant sentAt, Instant failedAt, String reason) {

    public static MailDeliveryJson from(MailDelivery d) {
        return new MailDeliveryJson(d.id().toString(), d.to(), d.subject(), d.state().name(), d.queuedAt(), d.attempts(),
                d.nextAttemptAt(), d.sentAt(), d.failedAt(), d.lastError());
    }
}
