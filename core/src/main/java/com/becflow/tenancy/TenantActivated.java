package com.becflow.tenancy;

import com.becflow.shared.tenant.TenantId;

/** An operator activated a tenant: it is served again, and what waited for it can go on. */
public record TenantActivated(TenantId tenant) {
}
