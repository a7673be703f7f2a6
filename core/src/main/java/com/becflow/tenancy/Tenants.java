package com.becflow.tenancy;

import com.becflow.shared.tenant.TenantId;
import java.util.List;
import java.util.Optional;

/** The platform's registry of tenants (schema {@code public}). */
public interface Tenants {

    Optional<Tenant> find(TenantId id);

    boolean slugTaken(TenantSlug slug);

    void add(Tenant tenant);

    Tenant update(Tenant tenant);

    List<Tenant> all();
}
