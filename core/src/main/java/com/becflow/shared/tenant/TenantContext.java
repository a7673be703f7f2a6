package com.becflow.shared.tenant;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Objects;

/**
 * Who acts, for which tenant, resolved once at the edge from a verified token or portal link.
 * Use cases take it as their last argument; nothing ever falls back to a default tenant.
 */
public record TenantContext(TenantId tenant, UserId actor, ZoneId zone, Currency homeCurrency, TenantAccess access) {

    public TenantContext {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(homeCurrency, "homeCurrency");
        Objects.requireNonNull(access, "access");
    }

    /** The day it is now in the workspace's own time zone: the day its documents are dated. */
    public LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(zone));
    }

    /** Refuses a change while the tenant may only read (trial over, not yet activated). */
    public void requireWritable() {
        if (access != TenantAccess.FULL) {
            throw new WorkspaceReadOnly(tenant);
        }
    }
}
