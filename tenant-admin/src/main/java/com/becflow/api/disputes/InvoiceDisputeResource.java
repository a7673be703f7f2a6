package com.becflow.api.disputes;

import com.becflow.api.security.ApiCaller;
import com.becflow.invoicing.InvoiceId;
import com.becflow.invoicing.disputes.InvoiceDisputeId;
import com.becflow.invoicing.disputes.app.DisputeAnswers;
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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The clients' disputes of an invoice and the freelancer's answers. A client disputes through their invoice's link; the
 * disputed amount is held back from reminders and late fees until it is credited or rejected here. Its own root path,
 * so it never shadows the invoices resource.
 */
@Path("invoices/{id}/disputes")
@Tag(name = "Disputes", description = "A client's dispute of a line or an amount of an invoice, and the answer: a "
        + "credit note, or a rejection with a word to the client")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InvoiceDisputeResource {

    @Inject
    DisputeAnswers answers;

    @Inject
    ApiCaller caller;

    @GET
    @Operation(operationId = "listInvoiceDisputes", summary = "The invoice's disputes, oldest first")
    public List<InvoiceDisputeJson> list(@PathParam("id") UUID id) {
        return answers.of(caller.tenant(), new InvoiceId(id)).stream().map(InvoiceDisputeJson::from).toList();
    }

    @POST
    @Path("{disputeId}/credit")
    @Operation(operationId = "creditInvoiceDispute", summary = "Settle a dispute with a credit note",
            description = "The credit note is issued and mailed as any credit note (its lines as you write them, e.g."
                    + " the disputed line's net amount and tax); the client is told, and the history records it.")
    @APIResponse(responseCode = "409", description = "The dispute was answered already (`dispute.answered`)")
    public InvoiceDisputeJson credit(@PathParam("id") UUID id, @PathParam("disputeId") UUID disputeId,
                                     @NotNull(message = "Send the credit note's lines as a JSON body")
                                     DisputeCreditInputJson body) {
        return InvoiceDisputeJson.from(answers.credit(caller.tenant(), new InvoiceId(id),
                new InvoiceDisputeId(disputeId), body.toCommand(), body.answer));
    }

    @POST
    @Path("{disputeId}/rejection")
    @Operation(operationId = "rejectInvoiceDispute", summary = "Reject a dispute, telling the client why",
            description = "The disputed amount is owed again: reminded and charged late fees with the rest.")
    @APIResponse(responseCode = "409", description = "The dispute was answered already (`dispute.answered`)")
    public InvoiceDisputeJson reject(@PathParam("id") UUID id, @PathParam("disputeId") UUID disputeId,
                                     @NotNull(message = "Send the answer as a JSON body") DisputeRejectionInputJson body) {
        return InvoiceDisputeJson.from(answers.reject(caller.tenant(), new InvoiceId(id),
                new InvoiceDisputeId(disputeId), body.answer));
    }
}
