package com.becflow.accounting;

import com.becflow.shared.tenant.TenantId;
import java.util.List;

/**
 * Which workspaces keep their books in which organisation, across tenants: a vendor's webhook names only its
 * organisation, and the workspace to sync is found here. Written when a connection is made.
 */
public interface BooksDirectory {

    void register(BooksVendor vendor, String organisationId, TenantId tenant);

    List<TenantId> tenantsOf(BooksVendor vendor, String organisationId);
}
