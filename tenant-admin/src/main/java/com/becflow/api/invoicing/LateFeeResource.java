package com.becflow.api.invoicing;

import com.becflow.api.security.ApiCaller;
import com.becflow.invoicing.InvalidInvoice;
import com.becflow.invoicing.InvoiceId;
import com.becflow.invoicing.Payment;
import com.becflow.invoicing.PaymentId;
import com.becflow.invoicing.app.LateFees;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * An invoice's late fees, as its signed contract's clause makes them due; the housekeeping round charges them too, at
 * the client's midnight that starts each period. Its own root path, so it never shadows {@link InvoiceResource}'s.
 */
@Path("invoices/{id}/late-fees")
@Tag(name = "Late fees", description = "Late fees an invoice's signed contract charges once per period, and their waivers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LateFeeResource {

    @Inject
    LateFees lateFees;

    @Inject
    ApiCaller caller;

    @POST
    @Operation(operationId = "chargeLateFees", summary = "Charge the late fees the signed contract makes due by now",
            description = "Each period of the clause is charged once, however often this is called; an empty list when "
                    + "none is due. Refused for an invoice whose signed contract has no late-fee clause.")
    public List<PaymentJson> charge(@PathParam("id") UUID id) {
        return lateFees.chargeDue(new InvoiceId(id), caller.tenant()).stream().map(PaymentJson::from).toList();
    }

    @POST
    @Path("{feeId}/waiver")
    @Operation(operationId = "waiveLateFee", summary = "Waive a late fee in full")
    @APIResponseSchema(value = PaymentJson.class, responseCode = "201",
            responseDescription = "The waiver's ledger line; the invoice's history names who waived it")
    public Response waive(@PathParam("id") UUID id, @PathParam("feeId") UUID feeId, LateFeeWaiverInputJson body) {
        String reason = body == null ? null : body.reason;
        if (reason != null && reason.length() > Payment.REFERENCE_LENGTH) {
            throw InvalidInvoice.of("reason", "At most " + Payment.REFERENCE_LENGTH + " characters");
        }
        Payment waiver = lateFees.waive(new InvoiceId(id), new PaymentId(feeId), reason, caller.tenant());
        return Response.status(Response.Status.CREATED).entity(PaymentJson.from(waiver)).build();
    }
}
