package com.becflow.tenancy;

public enum TenantStatus {
    TRIAL,
    ACTIVE,
    SUSPENDED
}
