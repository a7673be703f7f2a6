package com.becflow.accounting;

import com.becflow.shared.tenant.TenantId;

/** Hands a sync pass of one workspace's books to a background job, the tenant as its explicit argument. */
public interface BooksSyncDispatch {

    void dispatch(TenantId tenant, BooksVendor vendor);
}
