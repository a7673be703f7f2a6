package com.becflow.api.contracts;

import com.becflow.api.security.ApiCaller;
import com.becflow.contracts.ContractId;
import com.becflow.contracts.InvalidContract;
import com.becflow.invoicing.app.EngagementCancellations;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Cancelling a signed engagement. Its own root path, so it never shadows the contract resource's; not one transaction:
 * refunds of online payments ask the payment provider after the cancellation has committed.
 */
@Path("contracts/{id}/cancellation")
@Tag(name = "Cancellations", description = "Cancelling a signed engagement under its cancellation clause")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ContractCancellationResource {

    static final int REASON_LENGTH = 500;

    @Inject
    EngagementCancellations cancellations;

    @Inject
    ApiCaller caller;

    @POST
    @Operation(operationId = "cancelEngagement", summary = "Cancel a signed engagement under its cancellation clause",
            description = "Applies the tier the days before the start date meet (on the client's calendar today), counts "
                    + "what was paid towards the fee, voids or credits the invoices still open under the contract, and "
                    + "invoices the rest of what is kept or refunds what was paid beyond it. The client is mailed the "
                    + "calculation; the contract's evidence records it.")
    public CancellationJson cancel(@PathParam("id") UUID id, CancellationInputJson body) {
        String reason = body == null ? null : body.reason;
        if (reason != null && reason.length() > REASON_LENGTH) {
            throw new InvalidContract(Map.of("reason", "At most " + REASON_LENGTH + " characters"));
        }
        return CancellationJson.from(cancellations.cancel(new ContractId(id), reason, caller.tenant()));
    }
}
