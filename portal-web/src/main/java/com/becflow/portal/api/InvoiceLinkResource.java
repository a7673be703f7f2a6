package com.becflow.portal.api;

import com.becflow.api.PdfDownload;
import com.becflow.invoicing.InvoiceFile;
import com.becflow.invoicing.PaymentId;
import com.becflow.invoicing.app.InvoiceLinks;
import com.becflow.invoicing.app.InvoicePortal;
import com.becflow.invoicing.app.OnlinePayments;
import com.becflow.invoicing.packages.app.PackageSelling;
import com.becflow.portal.InvoicePackage;
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
import java.util.UUID;

/**
 * An invoice behind a portal link. GET only reads (mail scanners follow links); paying is a POST that
 * answers with the payment page to send the client to, the same page however often it is asked for.
 */
@Path("invoices/{token}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InvoiceLinkResource {

    @Inject
    InvoicePortal portal;

    @Inject
    OnlinePayments payments;

    @Inject
    InvoiceLinks links;

    @Inject
    PackageSelling packages;

    @PathParam("token")
    String token;

    @GET
    public PortalInvoiceJson read() {
        return json();
    }

    /** Starts (or resumes) paying online; amount is the whole balance when left out. */
    @POST
    @Path("checkout")
    public CheckoutJson checkout(CheckoutJson body) {
        CheckoutJson answer = new CheckoutJson();
        answer.amount = body == null ? null : body.amount;
        answer.url = payments.checkout(token, answer.amount);
        return answer;
    }

    /** The client came back from the payment page with its id: settle it now. */
    @POST
    @Path("checkout-returns")
    public PortalInvoiceJson returned(CheckoutJson body) {
        payments.returned(token, body == null ? null : body.checkoutId);
        return json();
    }

    private PortalInvoiceJson json() {
        return PortalInvoiceJson.from(portal.view(token, false), InvoicePackage.of(token, links, packages));
    }

    @GET
    @Path("invoice.pdf")
    @Produces("application/pdf")
    public Response pdf() {
        InvoiceFile file = portal.pdf(token);
        return PdfDownload.of(file.pdf(), file.sha256(), "invoice.pdf");
    }

    @GET
    @Path("payments/{paymentId}/receipt.pdf")
    @Produces("application/pdf")
    public Response receipt(@PathParam("paymentId") UUID paymentId) {
        InvoiceFile file = portal.receipt(token, new PaymentId(paymentId));
        return PdfDownload.of(file.pdf(), file.sha256(), "receipt.pdf");
    }

    public static class CheckoutJson {
        public BigDecimal amount;
        public String checkoutId;
        public String url;
    }
}
