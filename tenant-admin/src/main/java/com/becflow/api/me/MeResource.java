package com.becflow.api.me;

import com.becflow.api.security.ApiCaller;
import com.becflow.shared.tenant.TenantAccess;
import com.becflow.tenancy.Tenant;
import com.becflow.tenancy.TenantStatus;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's own workspace: which tenant the token acts for, and whether it may change anything. */
@Path("me")
@Tag(name = "Workspace", description = "The workspace the token acts for")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Schema(name = "CurrentWorkspace", description = "The workspace a token acts for, and what it may do there")
    public record MeJson(@Schema(implementation = UUID.class, required = true) String tenantId,
                         @Schema(required = true) String tenantName,
                         @Schema(implementation = TenantStatus.class, required = true) String status,
                         @Schema(implementation = TenantAccess.class, required = true,
                                 description = "What the token may do: READ_ONLY after a trial ends") String access,
                         long trialDaysLeft, String email,
                         @Schema(required = true, description = "Whether the owner proved their address; until then"
                                 + " mail to clients waits") boolean ownerEmailVerified,
                         @Schema(description = "When the workspace is removed unless its owner proves their address;"
                                 + " absent once proven") Instant removedAt) {
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
    @Operation(operationId = "getWorkspace", summary = "Which workspace the token acts for, and what it may do there")
    public MeJson me() {
        Tenant tenant = registry.get(caller.tenant().tenant());
        return new MeJson(tenant.id().toString(), tenant.displayName(), tenant.status().name(),
                caller.tenant().access().name(), tenant.trialDaysLeft(clock.instant()),
                caller.token().flatMap(t -> t.email()).orElse(null), tenant.ownerEmailVerified(),
                tenant.ownerEmailVerified() ? null : unverifiedTrials.removalAt(tenant));
    }
}
