package com.becflow.accounting;

import com.becflow.shared.tenant.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A workspace's connections to its books, tokens sealed at rest. */
public interface BooksConnections {

    Optional<BooksConnection> find(TenantId tenant, BooksVendor vendor);

    /** The connection, held against other passes until the transaction ends: one refresh of its grant at a time. */
    Optional<BooksConnection> lock(TenantId tenant, BooksVendor vendor);

    List<BooksConnection> all(TenantId tenant);

    void save(TenantId tenant, BooksConnection connection);

    /** How far payments made in the books have been read back: the watermark of the last clean pull, if any. */
    Optional<Instant> pulledThrough(TenantId tenant, BooksVendor vendor);

    void pulledThrough(TenantId tenant, BooksVendor vendor, Instant watermark);
}
