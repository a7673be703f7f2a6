package com.becflow.api.dashboard;

import com.becflow.api.security.ApiCaller;
import com.becflow.cockpit.app.DashboardQueries;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The freelancer's cockpit: the figures the workspace's first page shows. */
@Path("dashboard")
@Tag(name = "Dashboard", description = "What is owed, late and coming in, and what waits for a signature")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DashboardResource {

    @Inject
    DashboardQueries dashboard;

    @Inject
    ApiCaller caller;

    @GET
    @Operation(operationId = "getDashboard", summary = "What is owed, late and coming in",
            description = "Per currency: owed now, overdue by age (each invoice aged on its client's calendar), paid"
                    + " this month net of refunds, expected within 30/60/90 days; contracts awaiting signature; what"
                    + " Becflow does next.")
    public DashboardJson get() {
        return DashboardJson.from(dashboard.read(caller.tenant()));
    }
}
