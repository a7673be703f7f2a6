package com.becflow.shared.mail;

import com.becflow.shared.tenant.TenantId;
import java.time.Instant;

/** A mail as the outbox keeps it: addressing in clear, everything else sealed. */
public record QueuedMail(MailId id, TenantId tenant, MailTopic topic, String to, String subject, byte[] sealedBody,
                         Instant queuedAt) {
}
