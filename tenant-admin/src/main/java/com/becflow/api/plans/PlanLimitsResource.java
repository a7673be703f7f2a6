package com.becflow.api.plans;

import com.becflow.api.security.ApiCaller;
import com.becflow.invoicing.plans.app.PlanLimitSettings;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The limits the workspace's payment plans are built in. */
@Path("payment-plan-limits")
@Tag(name = "Payment plan limits", description = "What a payment plan may look like in this workspace: offered to "
        + "clients or not, deposit, installments, dates, frequencies and autopay")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PlanLimitsResource {

    @Inject
    PlanLimitSettings limits;

    @Inject
    ApiCaller caller;

    @GET
    @Operation(operationId = "getPaymentPlanLimits", summary = "Get the workspace's payment plan limits")
    public PlanLimitsJson get() {
        return PlanLimitsJson.from(limits.workspace(caller.tenant()));
    }

    @PUT
    @Operation(operationId = "updatePaymentPlanLimits", summary = "Replace the workspace's payment plan limits",
            description = "Every field is replaced; plans already proposed keep their terms. Limits that cannot be kept "
                    + "are refused with `plan.limits.invalid` and the fields at fault.")
    public PlanLimitsJson update(@NotNull(message = "Send the limits as a JSON body") PlanLimitsJson body) {
        return PlanLimitsJson.from(limits.changeWorkspace(body.toLimits(), caller.tenant()));
    }
}
