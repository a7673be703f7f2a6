package com.becflow.api.me;

import com.becflow.api.security.ApiCaller;
import com.becflow.tenancy.Tenant;
import com.becflow.tenancy.app.TenantRegistry;
import com.becflow.tenancy.app.UnverifiedTrials;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Instant;

/** The caller's own workspace: which tenant the token acts for, and whether it may change anything. */
@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    /**
     * @param ownerEmailVerified whether the owner proved their address; until then mail to clients waits, and the
     *                           workspace is removed at {@code removedAt} unless they do
     */
    public record MeJson(String tenantId, String tenantName, String status, String access, long trialDaysLeft,
                         String email, boolean ownerEmailVerified, Instant removedAt) {
    }

    @Inject
    ApiCaller caller;

    @Inject
    TenantRegistry registry;

    @Inject
    UnverifiedTrials unverifiedTrials;

    @Inject
    Clock clock;

    @GET
    public MeJson me() {
        Tenant tenant = registry.get(caller.tenant().tenant());
        return new MeJson(tenant.id().toString(), tenant.displayName(), tenant.status().name(),
                caller.tenant().access().name(), tenant.trialDaysLeft(clock.instant()),
                caller.token().flatMap(t -> t.email()).orElse(null), tenant.ownerEmailVerified(),
                tenant.ownerEmailVerified() ? null : unverifiedTrials.removalAt(tenant));
    }
}
