package com.becflow.shared.tenant;

/** What a tenant's people may do right now. */
public enum TenantAccess {
    FULL,
    /** The trial has ended and no operator has activated the tenant yet: everything stays readable. */
    READ_ONLY
}
