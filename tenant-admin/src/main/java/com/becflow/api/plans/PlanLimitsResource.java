package com.becflow.api.plans;

import com.becflow.api.security.ApiCaller;
import com.becflow.clients.ClientId;
import com.becflow.invoicing.InvoiceId;
import com.becflow.invoicing.plans.app.PlanLimitSettings;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The limits payment plans are built in: the workspace's, and a client's or an invoice's own in their place. */
@Path("payment-plan-limits")
@Tag(name = "Payment plan limits", description = "What a payment plan may look like in this workspace, for a client or "
        + "for an invoice: offered to clients or not, deposit, installments, dates, frequencies and autopay")
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

    @GET
    @Path("clients/{clientId}")
    @Operation(operationId = "getClientPaymentPlanLimits", summary = "Get a client's own payment plan limits",
            description = "Only what the client's limits set in place of the workspace's; the rest is left out.")
    public PlanLimitsJson client(@PathParam("clientId") UUID clientId) {
        return PlanLimitsJson.from(limits.client(new ClientId(clientId), caller.tenant()));
    }

    @PUT
    @Path("clients/{clientId}")
    @Operation(operationId = "updateClientPaymentPlanLimits", summary = "Replace a client's own payment plan limits",
            description = "Each field given replaces the workspace's for this client's invoices; each left out inherits it. "
                    + "An empty object leaves the client with the workspace's limits.")
    public PlanLimitsJson updateClient(@PathParam("clientId") UUID clientId,
                                       @NotNull(message = "Send the limits as a JSON body") PlanLimitsJson body) {
        return PlanLimitsJson.from(limits.changeClient(new ClientId(clientId), body.toOverride(), caller.tenant()));
    }

    @GET
    @Path("invoices/{invoiceId}")
    @Operation(operationId = "getInvoicePaymentPlanLimits", summary = "Get an invoice's own payment plan limits",
            description = "Only what the invoice's limits set in place of its client's; the rest is left out.")
    public PlanLimitsJson invoice(@PathParam("invoiceId") UUID invoiceId) {
        return PlanLimitsJson.from(limits.invoice(new InvoiceId(invoiceId), caller.tenant()));
    }

    @PUT
    @Path("invoices/{invoiceId}")
    @Operation(operationId = "updateInvoicePaymentPlanLimits", summary = "Replace an invoice's own payment plan limits",
            description = "Each field given replaces its client's (or the workspace's) for this invoice; each left out "
                    + "inherits it. Plans already proposed keep their terms.")
    public PlanLimitsJson updateInvoice(@PathParam("invoiceId") UUID invoiceId,
                                        @NotNull(message = "Send the limits as a JSON body") PlanLimitsJson body) {
        return PlanLimitsJson.from(limits.changeInvoice(new InvoiceId(invoiceId), body.toOverride(), caller.tenant()));
    }
}
