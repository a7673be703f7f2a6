package com.becflow.api.operator;

import com.becflow.api.security.OperatorOnly;
import com.becflow.shared.tenant.TenantId;
import com.becflow.tenancy.app.TenantRegistry;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The platform operator's view of tenants: list them, end a trial by activating, or suspend. */
@Path("operator/tenants")
@Tag(name = "Operator: workspaces", description = "For platform operators only (role `operator`; the token "
        + "acts for no workspace): list workspaces, end a trial by activating, or suspend")
@OperatorOnly
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TenantResource {

    @Inject
    TenantRegistry registry;

    @GET
    @Operation(operationId = "listWorkspaces", summary = "List every workspace")
    public List<TenantJson> list() {
        return registry.all().stream().map(TenantJson::from).toList();
    }

    @POST
    @Path("{id}/activate")
    @Operation(operationId = "activateWorkspace", summary = "Activate a workspace (ends its trial)")
    public TenantJson activate(@PathParam("id") UUID id) {
        return TenantJson.from(registry.activate(new TenantId(id)));
    }

    @POST
    @Path("{id}/suspend")
    @Operation(operationId = "suspendWorkspace", summary = "Suspend a workspace")
    public TenantJson suspend(@PathParam("id") UUID id) {
        return TenantJson.from(registry.suspend(new TenantId(id)));
    }
}
