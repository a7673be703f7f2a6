package com.becflow.shared.mail;

import com.becflow.shared.tenant.TenantId;
import java.time.Instant;

/**
 * A queued mail failed for good, recorded already. Fired outside any transaction; observers that write (e.g. to a
 * contract's log) run their own, and what they fail to write is still in the outbox's deliveries.
 */
public record MailUndeliverable(TenantId tenant, MailTopic topic, MailId id, String to, String subject,
                                String reason, int attempts, Instant failedAt) {
}
