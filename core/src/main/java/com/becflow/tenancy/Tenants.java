package com.becflow.tenancy;

import com.becflow.shared.tenant.TenantId;
import java.util.List;
import java.util.Optional;

/** The platform's registry of tenants (schema {@code public}). */
public interface Tenants {

    Optional<Tenant> find(TenantId id);

    boolean slugTaken(TenantSlug slug);

    Optional<Tenant> bySlug(TenantSlug slug);

    void add(Tenant tenant);

    Tenant update(Tenant tenant);

    List<Tenant> all();

    /**
     * Deletes the tenant's registry row and every platform row that names it (agenda, outbox, links, accounts of
     * payment providers), and keeps the line about its removal, in one transaction.
     */
    void remove(TenantRemoval removal);
}
