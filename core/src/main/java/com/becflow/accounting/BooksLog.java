package com.becflow.accounting;

import com.becflow.shared.tenant.TenantId;
import java.util.List;

/** What the sync did, newest first. */
public interface BooksLog {

    void add(TenantId tenant, BooksLogEntry entry);

    List<BooksLogEntry> recent(TenantId tenant, BooksVendor vendor, int limit);
}
