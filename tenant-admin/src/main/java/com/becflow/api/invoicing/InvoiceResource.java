package com.becflow.api.invoicing;

import com.becflow.api.MailDeliveryJson;
import com.becflow.api.PdfDownload;
import com.becflow.api.problem.InvalidParameters;
import com.becflow.api.security.ApiCaller;
import com.becflow.clients.ClientId;
import com.becflow.invoicing.Invoice;
import com.becflow.invoicing.InvoiceFile;
import com.becflow.invoicing.InvoiceId;
import com.becflow.invoicing.InvoiceOrigin;
import com.becflow.invoicing.InvoiceStatus;
import com.becflow.invoicing.Payment;
import com.becflow.invoicing.PaymentId;
import com.becflow.invoicing.app.CreditNotes;
import com.becflow.invoicing.app.InvoiceClosing;
import com.becflow.invoicing.app.InvoiceDocuments;
import com.becflow.invoicing.app.InvoiceDrafts;
import com.becflow.invoicing.app.InvoiceIssuing;
import com.becflow.invoicing.app.InvoiceMails;
import com.becflow.invoicing.app.InvoiceQueries;
import com.becflow.invoicing.app.ManualPayments;
import com.becflow.invoicing.app.Refunds;
import com.becflow.shared.tenant.TenantContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Everything a freelancer does with invoices in the workspace, over HTTP. */
@Path("invoices")
@Tag(name = "Invoices", description = "Invoices and credit notes: drafts, issuing, payments received by hand, "
        + "refunds, credit notes, their PDFs and history")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InvoiceResource {

    static final int MAX_PAGE_SIZE = 200;

    @Inject
    InvoiceQueries invoices;

    @Inject
    InvoiceDrafts drafts;

    @Inject
    InvoiceIssuing issuing;

    @Inject
    InvoiceClosing closing;

    @Inject
    ManualPayments manualPayments;

    @Inject
    Refunds refunds;

    @Inject
    CreditNotes creditNotes;

    @Inject
    InvoiceDocuments documents;

    @Inject
    InvoiceMails invoiceMails;

    @Inject
    ApiCaller caller;

    @Context
    UriInfo uri;

    @GET
    @Operation(operationId = "listInvoices", summary = "List invoices and credit notes, a page at a time")
    public InvoicePageJson list(@Parameter(description = "Only this client's", schema = @Schema(implementation = UUID.class))
                                @QueryParam("clientId") String clientId,
                                @Parameter(description = "Only those in this status",
                                        schema = @Schema(implementation = InvoiceStatus.class))
                                @QueryParam("status") String status,
                                @Parameter(description = "Page number, from 0",
                                        schema = @Schema(type = SchemaType.INTEGER, minimum = "0", maximum = "1000000"))
                                @QueryParam("page") @DefaultValue("0") String page,
                                @Parameter(description = "Invoices per page",
                                        schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
                                                maximum = "" + MAX_PAGE_SIZE))
                                @QueryParam("size") @DefaultValue("50") String size) {
        Map<String, String> errors = new LinkedHashMap<>();
        ClientId client = null;
        if (clientId != null && !clientId.isBlank()) {
            try {
                client = new ClientId(UUID.fromString(clientId));
            } catch (IllegalArgumentException e) {
                errors.put("clientId", "Not a client id");
            }
        }
        InvoiceStatus wanted = null;
        if (status != null && !status.isBlank()) {
            try {
                wanted = InvoiceStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.put("status", "One of " + List.of(InvoiceStatus.values()));
            }
        }
        int pageNumber = InvalidParameters.wholeNumber(page, 0, 1_000_000, "page", errors);
        int pageSize = InvalidParameters.wholeNumber(size, 1, MAX_PAGE_SIZE, "size", errors);
        if (!errors.isEmpty()) {
            throw new InvalidParameters(errors);
        }
        TenantContext ctx = caller.tenant();
        List<Invoice> found = invoices.list(client, wanted, pageNumber * pageSize, pageSize, ctx);
        Map<InvoiceId, InvoiceStatus> statuses = invoices.statuses(found, ctx);
        Map<InvoiceId, InvoiceOrigin> origins = invoices.origins(found, ctx);
        return new InvoicePageJson(found.stream().map(i -> InvoiceJson.from(i, statuses.get(i.id()), origins.get(i.id())))
                .toList(),
                pageNumber, pageSize, invoices.count(client, wanted, ctx));
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getInvoice", summary = "Get an invoice or credit note, with its totals and ledger")
    public InvoiceJson get(@PathParam("id") UUID id) {
        TenantContext ctx = caller.tenant();
        return json(invoices.get(new InvoiceId(id), ctx), ctx);
    }

    @POST
    @Operation(operationId = "createInvoice", summary = "Draft an invoice")
    @APIResponseSchema(value = InvoiceJson.class, responseCode = "201",
            responseDescription = "The draft; the Location header is its address")
    public Response create(@NotNull(message = "Send the invoice as a JSON body") InvoiceInputJson body) {
        TenantContext ctx = caller.tenant();
        Invoice invoice = drafts.create(body.toCommand(), ctx);
        return Response.created(uri.getBaseUriBuilder().path("invoices").path(invoice.id().toString()).build())
                .entity(json(invoice, ctx)).build();
    }

    @PUT
    @Path("{id}")
    @Operation(operationId = "updateInvoice", summary = "Replace a draft's fields")
    public InvoiceJson update(@PathParam("id") UUID id,
                              @NotNull(message = "Send the invoice as a JSON body") InvoiceInputJson body) {
        TenantContext ctx = caller.tenant();
        return json(drafts.update(new InvoiceId(id), body.toCommand(), ctx), ctx);
    }

    /** Only a draft goes away; issued documents are voided or credited instead. */
    @DELETE
    @Path("{id}")
    @Operation(operationId = "deleteInvoice", summary = "Delete a draft",
            description = "Only a draft goes away; issued documents are voided or credited instead.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("id") UUID id) {
        drafts.delete(new InvoiceId(id), caller.tenant());
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/preview")
    @Produces(MediaType.TEXT_HTML)
    @Operation(operationId = "previewInvoice", summary = "A draft as its PDF will read, as an XHTML fragment")
    public String preview(@PathParam("id") UUID id) {
        return drafts.preview(new InvoiceId(id), caller.tenant());
    }

    /**
     * Numbers the draft, freezes its document and emails the client a link. One transaction for issuing and for
     * reading the status it answers with, so the client read to issue it is not read again.
     */
    @POST
    @Path("{id}/issue")
    @Transactional
    @Operation(operationId = "issueInvoice", summary = "Issue a draft",
            description = "Numbers the draft, freezes its document and emails the client a link to it.")
    public InvoiceJson issue(@PathParam("id") UUID id) {
        TenantContext ctx = caller.tenant();
        return json(issuing.issue(new InvoiceId(id), ctx), ctx);
    }

    @POST
    @Path("{id}/resend")
    @Operation(operationId = "resendInvoice", summary = "Email the client the invoice's link again")
    public InvoiceJson resend(@PathParam("id") UUID id) {
        TenantContext ctx = caller.tenant();
        return json(issuing.resend(new InvoiceId(id), ctx), ctx);
    }

    @POST
    @Path("{id}/void")
    @Operation(operationId = "voidInvoice", summary = "Void an issued invoice nothing was paid on")
    public InvoiceJson voidInvoice(@PathParam("id") UUID id) {
        TenantContext ctx = caller.tenant();
        return json(closing.voidInvoice(new InvoiceId(id), ctx), ctx);
    }

    @POST
    @Path("{id}/uncollectible")
    @Operation(operationId = "writeOffInvoice", summary = "Write off what is left to pay as uncollectible")
    public InvoiceJson uncollectible(@PathParam("id") UUID id) {
        TenantContext ctx = caller.tenant();
        return json(closing.writeOff(new InvoiceId(id), ctx), ctx);
    }

    @GET
    @Path("{id}/payments")
    @Operation(operationId = "listInvoicePayments",
            summary = "The invoice's ledger lines: payments, refunds, chargebacks, credit moved, oldest first")
    public List<PaymentJson> payments(@PathParam("id") UUID id) {
        return invoices.payments(new InvoiceId(id), caller.tenant()).stream().map(PaymentJson::from).toList();
    }

    /** A payment received by hand (cash, transfer, cheque). */
    @POST
    @Path("{id}/payments")
    @Operation(operationId = "recordInvoicePayment", summary = "Record a payment received by hand")
    @APIResponseSchema(value = PaymentJson.class, responseCode = "201", responseDescription = "The payment, recorded")
    public Response recordPayment(@PathParam("id") UUID id,
                                  @NotNull(message = "Send amount and method as a JSON body") PaymentInputJson body) {
        Payment payment = manualPayments.record(new InvoiceId(id), body.toCommand(), caller.tenant());
        return Response.status(Response.Status.CREATED).entity(PaymentJson.from(payment)).build();
    }

    /**
     * Gives money back from a payment, with a credit note of the same amount: through Stripe for an online
     * payment (202 while Stripe has not confirmed it), recorded as done for one received by hand.
     */
    @POST
    @Path("{id}/refunds")
    @Operation(operationId = "refundInvoicePayment", summary = "Give money back from a payment, with a credit note",
            description = "Through Stripe for an online payment, recorded as done for one received by hand.")
    @APIResponse(responseCode = "201", description = "Refunded: the refund's ledger line",
            content = @Content(schema = @Schema(implementation = PaymentJson.class)))
    @APIResponse(responseCode = "202", description = "Stripe is processing the refund; it is recorded, with its "
            + "credit note, once confirmed", content = @Content(schema = @Schema(implementation = RefundProcessingJson.class)))
    public Response refund(@PathParam("id") UUID id,
                           @NotNull(message = "Send paymentId (and amount) as a JSON body") RefundInputJson body) {
        return refunded(refunds.refund(new InvoiceId(id), body.toCommand(), caller.tenant()));
    }

    private static Response refunded(Refunds.Outcome outcome) {
        return outcome.done() ? Response.status(Response.Status.CREATED).entity(PaymentJson.from(outcome.refund())).build()
                : Response.accepted().entity(new RefundProcessingJson("PROCESSING", outcome.online(),
                "The payment provider is processing the refund; it is recorded, with its credit note, once confirmed"))
                .build();
    }

    /** A refund the payment provider has taken on and not yet confirmed. */
    public record RefundProcessingJson(@Schema(enumeration = "PROCESSING", required = true) String status,
                                       boolean online, @Schema(required = true) String detail) {
    }

    /**
     * Gives back money received beyond what the invoice owes (or for a void invoice), from one of its payments:
     * through Stripe for an online payment (202 while Stripe has not confirmed it), recorded as done otherwise.
     * No credit note: no work is taken back.
     */
    @POST
    @Path("{id}/excess/refunds")
    @Operation(operationId = "returnInvoiceExcess", summary = "Give back money received beyond what the invoice owes",
            description = "From one of its payments, through Stripe for an online payment; no credit note.")
    @APIResponse(responseCode = "201", description = "Given back: the refund's ledger line",
            content = @Content(schema = @Schema(implementation = PaymentJson.class)))
    @APIResponse(responseCode = "202", description = "Stripe is processing the refund; it is recorded once confirmed",
            content = @Content(schema = @Schema(implementation = RefundProcessingJson.class)))
    public Response returnExcess(@PathParam("id") UUID id,
                                 @NotNull(message = "Send paymentId (and amount) as a JSON body") RefundInputJson body) {
        return refunded(refunds.returnExcess(new InvoiceId(id), body.toCommand(), caller.tenant()));
    }

    /** Keeps money received beyond what the invoice owes as the client's credit, to pay later invoices with. */
    @POST
    @Path("{id}/excess/credit")
    @Operation(operationId = "keepInvoiceExcessAsCredit",
            summary = "Keep money received beyond what the invoice owes as the client's credit")
    @APIResponseSchema(value = PaymentJson.class, responseCode = "201",
            responseDescription = "The ledger line that moved the money to the client's credit")
    public Response keepExcessAsCredit(@PathParam("id") UUID id) {
        Payment moved = manualPayments.keepExcessAsCredit(new InvoiceId(id), caller.tenant());
        return Response.status(Response.Status.CREATED).entity(PaymentJson.from(moved)).build();
    }

    @POST
    @Path("{id}/credit-notes")
    @Operation(operationId = "issueCreditNote", summary = "Issue a credit note against an invoice")
    @APIResponseSchema(value = InvoiceJson.class, responseCode = "201",
            responseDescription = "The credit note, issued; the Location header is its address")
    public Response creditNote(@PathParam("id") UUID id,
                               @NotNull(message = "Send lines (and reason) as a JSON body") CreditNoteInputJson body) {
        TenantContext ctx = caller.tenant();
        Invoice creditNote = creditNotes.issue(new InvoiceId(id), body.toCommand(), ctx);
        return Response.created(uri.getBaseUriBuilder().path("invoices").path(creditNote.id().toString()).build())
                .entity(json(creditNote, ctx)).build();
    }

    /** The mails sent to the client about this invoice (links, receipts) and where each stands. */
    @GET
    @Path("{id}/mails")
    @Operation(operationId = "listInvoiceMails", summary = "The mails sent about an invoice and where each stands")
    public List<MailDeliveryJson> mails(@PathParam("id") UUID id) {
        return invoiceMails.deliveries(new InvoiceId(id), caller.tenant()).stream().map(MailDeliveryJson::from).toList();
    }

    @GET
    @Path("{id}/events")
    @Operation(operationId = "listInvoiceEvents", summary = "The invoice's history, oldest first")
    public List<InvoiceEventJson> events(@PathParam("id") UUID id) {
        return invoices.events(new InvoiceId(id), caller.tenant()).stream().map(InvoiceEventJson::from).toList();
    }

    @GET
    @Path("{id}/invoice.pdf")
    @Produces("application/pdf")
    @Operation(operationId = "getInvoicePdf", summary = "The issued invoice's or credit note's PDF")
    @APIResponse(responseCode = "409", description = "A draft has no PDF yet (`invoice.pdf.draft`)")
    public Response pdf(@PathParam("id") UUID id) {
        InvoiceFile file = documents.pdf(new InvoiceId(id), caller.tenant());
        return pdf(file, "invoice-" + id);
    }

    @GET
    @Path("{id}/payments/{paymentId}/receipt.pdf")
    @Produces("application/pdf")
    @Operation(operationId = "getPaymentReceiptPdf", summary = "A payment's receipt PDF")
    public Response receipt(@PathParam("id") UUID id, @PathParam("paymentId") UUID paymentId) {
        InvoiceFile file = documents.receipt(new InvoiceId(id), new PaymentId(paymentId), caller.tenant());
        return pdf(file, "receipt-" + paymentId);
    }

    static Response pdf(InvoiceFile file, String name) {
        return PdfDownload.of(file.pdf(), file.sha256(), name + ".pdf");
    }

    private InvoiceJson json(Invoice invoice, TenantContext ctx) {
        return InvoiceJson.from(invoice, invoices.status(invoice, ctx), invoices.origin(invoice.id(), ctx).orElse(null));
    }
}
