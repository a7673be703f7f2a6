package com.becflow.workspace.security;

import com.becflow.shared.tenant.TenantContext;
import com.becflow.tenancy.Tenant;
import com.becflow.tenancy.TenantNotServed;
import com.becflow.tenancy.app.TenantRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The tenant of the signed-in user, re-checked against the registry on every use so that a suspension
 * or activation by an operator takes effect at once.
 */
@ApplicationScoped
public class WorkspaceTenant {

    @Inject
    TenantRegistry registry;

    /** @throws TenantNotServed when there is no signed-in user with a tenant, or the tenant is not served */
    public TenantContext get() {
        SignedInUser user = CurrentUser.get().orElseThrow(() -> new IllegalStateException("Nobody is signed in"));
        return registry.enter(user.tenant().orElseThrow(() -> new IllegalStateException("No tenant in session")),
                user.userId());
    }

    public Tenant tenant() {
        return registry.get(get().tenant());
    }
}
