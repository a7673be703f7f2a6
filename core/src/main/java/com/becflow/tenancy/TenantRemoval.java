package com.becflow.tenancy;

import com.becflow.shared.tenant.TenantId;
import java.time.Instant;

/** The line kept about a removed tenant once its registry row, schema and accounts are gone. */
public record TenantRemoval(TenantId tenant, TenantSlug slug, String displayName, Reason reason, Instant signedUpAt,
                            Instant removedAt) {

    public enum Reason {
        /** A trial whose owner did not prove their address within the grace period. */
        OWNER_EMAIL_NEVER_VERIFIED
    }
}
