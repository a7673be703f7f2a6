package com.becflow.tenancy;

import com.becflow.shared.tenant.TenantId;

/** A new tenant exists, with its schema and its owner's account. */
public record TenantSignedUp(TenantId tenant, String ownerEmail) {
}
