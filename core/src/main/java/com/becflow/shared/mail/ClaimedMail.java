package com.becflow.shared.mail;

import com.becflow.shared.tenant.TenantId;
import java.time.Instant;
import java.util.UUID;

/**
 * A queued mail a worker took up: until {@code leasedUntil} no other worker takes it, and only the holder of
 * {@code lease} can record what became of it. {@code attempts} includes this one.
 */
public record ClaimedMail(QueuedMail mail, int attempts, UUID lease, Instant leasedUntil) {
}
