package com.becflow.accounting;

import com.becflow.shared.tenant.TenantId;
import java.util.List;
import java.util.Optional;

/** A workspace's connections to its books, tokens sealed at rest. */
public interface BooksConnections {

    Optional<BooksConnection> find(TenantId tenant, BooksVendor vendor);

    /** The connection, held against other passes until the transaction ends: one refresh of its grant at a time. */
    Optional<BooksConnection> lock(TenantId tenant, BooksVendor vendor);

    List<BooksConnection> all(TenantId tenant);

    void save(TenantId tenant, BooksConnection connection);
}
