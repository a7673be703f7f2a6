package com.becflow.accounting;

import com.becflow.shared.tenant.TenantId;
import java.util.Map;
import java.util.UUID;

/** The external ids of a workspace's objects in its books. */
public interface BooksMappings {

    /** Every mapping of one kind of object at one vendor, by Becflow's id. */
    Map<UUID, BooksMapping> all(TenantId tenant, BooksVendor vendor, BooksObject object);

    /** The mapping of an object the books know by {@code externalId}, if it is one of ours. */
    java.util.Optional<BooksMapping> byExternalId(TenantId tenant, BooksVendor vendor, BooksObject object, String externalId);

    /** Forgets the object's twin, so the next pass makes a new one. */
    void remove(TenantId tenant, BooksVendor vendor, BooksObject object, java.util.UUID localId);

    /** How many of the workspace's objects that belong in the books have their twin at this vendor, of how many. */
    BooksProgress progress(TenantId tenant, BooksVendor vendor);

    /** Adds the mapping, or replaces the one of the same vendor, object and id. */
    void save(TenantId tenant, BooksMapping mapping);
}
