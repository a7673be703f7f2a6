package com.becflow.portal.api;

import com.becflow.api.PdfDownload;
import com.becflow.contracts.SignatureContext;
import com.becflow.integrations.web.ClientAddresses;
import com.becflow.invoicing.plans.PaymentPlanNotFound;
import com.becflow.invoicing.plans.app.AcceptPlan;
import com.becflow.invoicing.plans.app.PlanAgreementFile;
import com.becflow.invoicing.plans.app.PlanPortal;
import com.becflow.invoicing.plans.app.ProposePlan;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The payment plan of an invoice behind a portal link: the client reads it and the limits it may be built in, previews
 * a plan (nothing stored), builds one inside the limits, or accepts the one the freelancer proposed. Building and
 * accepting name the terms shown ({@code termsSha256}, from the preview or the plan) and carry the client's consent
 * ({@code agreed}); the acceptance is kept as evidence, with where the request came from, and its agreement PDF can be
 * downloaded. Its own root path, so it never shadows {@link InvoiceLinkResource}'s.
 */
@Path("invoices/{token}/plan")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PlanLinkResource {

    @Inject
    PlanPortal plans;

    @Context
    HttpServletRequest request;

    @PathParam("token")
    String token;

    @GET
    public PortalPlanJson read() {
        return plans.plan(token).map(PortalPlanJson::from).orElseThrow(PaymentPlanNotFound::onThisInvoice);
    }

    @GET
    @Path("limits")
    public PortalPlanJson.LimitsJson limits() {
        return PortalPlanJson.LimitsJson.from(plans.limits(token));
    }

    @POST
    @Path("preview")
    public PortalPlanJson.PreviewJson preview(PlanInput body) {
        return PortalPlanJson.PreviewJson.from(plans.preview(token, required(body).toCommand()));
    }

    @POST
    public Response build(PlanInput body) {
        PlanInput input = required(body);
        PortalPlanJson plan = PortalPlanJson.from(plans.build(token, input.toCommand(), input.acceptance(), context()));
        return Response.status(Response.Status.CREATED).entity(plan).build();
    }

    @POST
    @Path("acceptance")
    public PortalPlanJson accept(AcceptanceInput body) {
        AcceptanceInput input = body == null ? new AcceptanceInput() : body;
        return PortalPlanJson.from(plans.accept(token, new AcceptPlan(input.termsSha256, input.agreed), context()));
    }

    @GET
    @Path("agreement.pdf")
    @Produces("application/pdf")
    public Response agreement() {
        PlanAgreementFile file = plans.agreement(token);
        return PdfDownload.of(file.pdf(), file.sha256(), file.fileName());
    }

    private SignatureContext context() {
        return new SignatureContext(ClientAddresses.of(request), request.getHeader(HttpHeaders.USER_AGENT));
    }

    private static PlanInput required(PlanInput body) {
        return body == null ? new PlanInput() : body;
    }

    /** The terms the client was shown, by their SHA-256, and their consent to pay on the plan's dates. */
    public static class AcceptanceInput {
        public String termsSha256;
        public Boolean agreed;
    }

    /**
     * As the workspace API's plan input: count, firstDueDate and a deposit, or each installment with CUSTOM_DATES; to
     * build the plan, also the acceptance of the terms its preview showed.
     */
    public static class PlanInput extends AcceptanceInput {
        public String frequency;
        public BigDecimal deposit;
        public Integer count;
        public LocalDate firstDueDate;
        public List<Item> installments;
        public Boolean autopay;

        public static class Item {
            public LocalDate dueDate;
            public BigDecimal amount;
        }

        ProposePlan toCommand() {
            return new ProposePlan(frequency, deposit, count, firstDueDate, installments == null ? null
                    : installments.stream().map(i -> i == null ? null : new ProposePlan.Item(i.dueDate, i.amount)).toList(),
                    Boolean.TRUE.equals(autopay));
        }

        AcceptPlan acceptance() {
            return new AcceptPlan(termsSha256, agreed);
        }
    }
}
