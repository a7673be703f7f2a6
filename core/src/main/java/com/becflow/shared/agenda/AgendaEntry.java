package com.becflow.shared.agenda;

import com.becflow.shared.tenant.TenantId;
import java.time.Instant;

/** The earliest moment something of a topic falls due for a tenant. */
public record AgendaEntry(TenantId tenant, AgendaTopic topic, Instant dueAt) {
}
