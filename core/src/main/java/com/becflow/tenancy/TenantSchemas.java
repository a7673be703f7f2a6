package com.becflow.tenancy;

import com.becflow.shared.tenant.TenantId;

/** The database side of a tenant: one schema per tenant, created and migrated on demand. */
public interface TenantSchemas {

    /** Creates the tenant's schema if missing and migrates it to the current version. Idempotent. */
    void provision(TenantId tenant);

    /** Drops a schema that was provisioned for a sign-up that failed afterwards. */
    void discard(TenantId tenant);
}
