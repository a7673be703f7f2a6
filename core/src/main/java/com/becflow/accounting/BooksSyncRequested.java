package com.becflow.accounting;

import com.becflow.shared.tenant.TenantId;
import java.util.Objects;

/**
 * A sync pass of one workspace's books is wanted (just connected, or "Sync now"). The workspace application runs
 * it as a background job with the tenant as its explicit argument; applications that run no jobs do not observe it.
 */
public record BooksSyncRequested(TenantId tenant, BooksVendor vendor) {

    public BooksSyncRequested {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(vendor, "vendor");
    }
}
