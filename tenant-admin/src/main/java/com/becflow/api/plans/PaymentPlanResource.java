package com.becflow.api.plans;

import com.becflow.api.security.ApiCaller;
import com.becflow.invoicing.InvoiceId;
import com.becflow.api.PdfDownload;
import com.becflow.invoicing.plans.AgreedTerms;
import com.becflow.invoicing.plans.PlanStatement;
import com.becflow.invoicing.plans.app.PlanAgreementFile;
import com.becflow.invoicing.plans.app.PlanDetails;
import com.becflow.invoicing.plans.app.PlanProposals;
import com.becflow.invoicing.plans.app.PlanStatements;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * An invoice's payment plan: the freelancer proposes one, reads it with what the ledger has paid of each installment,
 * and cancels it. Its own root path, so it never shadows {@link com.becflow.api.invoicing.InvoiceResource}'s.
 */
@Path("invoices/{id}/plan")
@Tag(name = "Payment plans", description = "An issued invoice's total in installments, settled in due-date order by "
        + "the payments on the invoice's ledger")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PaymentPlanResource {

    @Inject
    PlanProposals proposals;

    @Inject
    PlanStatements statements;

    @Inject
    ApiCaller caller;

    @POST
    @Operation(operationId = "proposePaymentPlan", summary = "Propose a payment plan on an issued invoice",
            description = "Checked against the limits of the workspace, the client and the invoice; a plan outside them "
                    + "is refused with every rule it breaks, the first rule's code as the problem's (e.g. "
                    + "`plan.installment.below-minimum`, `plan.date.in-the-past`, `plan.amounts.do-not-sum`, "
                    + "`plan.count.above-maximum`, `plan.final-date.too-late`), and each field naming its own.")
    @APIResponseSchema(value = PaymentPlanJson.class, responseCode = "201", responseDescription = "The plan proposed")
    @APIResponse(responseCode = "409", description = "The invoice is not open (`plan.invoice.not-open`) or has a plan "
            + "already (`plan.already-exists`)")
    public Response propose(@PathParam("id") UUID id,
                            @NotNull(message = "Send the plan as a JSON body") PlanInputJson body) {
        InvoiceId invoice = new InvoiceId(id);
        proposals.propose(invoice, body.toCommand(), caller.tenant());
        PaymentPlanJson plan = PaymentPlanJson.from(statements.details(invoice, caller.tenant()));
        return Response.status(Response.Status.CREATED).entity(plan).build();
    }

    @GET
    @Operation(operationId = "getPaymentPlan", summary = "Get the invoice's payment plan with what is paid of each installment",
            description = "404 `plan.not-found` when the invoice has no plan that is not cancelled.")
    public PaymentPlanJson get(@PathParam("id") UUID id) {
        return PaymentPlanJson.from(statements.details(new InvoiceId(id), caller.tenant()));
    }

    @GET
    @Path("agreement.pdf")
    @Produces("application/pdf")
    @Operation(operationId = "getPaymentPlanAgreementPdf", summary = "The payment plan agreement PDF",
            description = "The plan's terms and the evidence of the client's acceptance, made when they accepted it. "
                    + "404 `plan.agreement.not-found` until the client accepts the plan.")
    public Response agreement(@PathParam("id") UUID id) {
        PlanAgreementFile file = statements.agreement(new InvoiceId(id), caller.tenant());
        return PdfDownload.of(file.pdf(), file.sha256(), file.fileName());
    }

    @POST
    @Path("cancel")
    @Operation(operationId = "cancelPaymentPlan", summary = "Cancel the invoice's payment plan",
            description = "The invoice and its ledger stay as they are; a new plan can be proposed after.")
    public PaymentPlanJson cancel(@PathParam("id") UUID id) {
        PlanStatement cancelled = proposals.cancel(new InvoiceId(id), caller.tenant());
        return PaymentPlanJson.from(new PlanDetails(cancelled, AgreedTerms.of(cancelled.plan().invoiceId(),
                cancelled.plan().terms()), Optional.empty()));
    }
}
