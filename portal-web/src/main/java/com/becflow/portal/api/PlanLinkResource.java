package com.becflow.portal.api;

import com.becflow.invoicing.plans.PaymentPlanNotFound;
import com.becflow.invoicing.plans.app.PlanPortal;
import com.becflow.invoicing.plans.app.ProposePlan;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The payment plan of an invoice behind a portal link: the client reads it and the limits it may be built in, previews
 * a plan (nothing stored), builds one inside the limits, or accepts the one the freelancer proposed. Its own root path,
 * so it never shadows {@link InvoiceLinkResource}'s.
 */
@Path("invoices/{token}/plan")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PlanLinkResource {

    @Inject
    PlanPortal plans;

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
        PortalPlanJson plan = PortalPlanJson.from(plans.build(token, required(body).toCommand()));
        return Response.status(Response.Status.CREATED).entity(plan).build();
    }

    @POST
    @Path("acceptance")
    public PortalPlanJson accept() {
        return PortalPlanJson.from(plans.accept(token));
    }

    private static PlanInput required(PlanInput body) {
        return body == null ? new PlanInput() : body;
    }

    /** As the workspace API's plan input: count, firstDueDate and a deposit, or each installment with CUSTOM_DATES. */
    public static class PlanInput {
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
    }
}
