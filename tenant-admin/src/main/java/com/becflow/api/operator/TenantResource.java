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

/** The platform operator's view of tenants: list them, end a trial by activating, or suspend. */
@Path("operator/tenants")
@OperatorOnly
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TenantResource {

    @Inject
    TenantRegistry registry;

    @GET
    public List<TenantJson> list() {
        return registry.all().stream().map(TenantJson::from).toList();
    }

    @POST
    @Path("{id}/activate")
    public TenantJson activate(@PathParam("id") UUID id) {
        return TenantJson.from(registry.activate(new TenantId(id)));
    }

    @POST
    @Path("{id}/suspend")
    public TenantJson suspend(@PathParam("id") UUID id) {
        return TenantJson.from(registry.suspend(new TenantId(id)));
    }
}
