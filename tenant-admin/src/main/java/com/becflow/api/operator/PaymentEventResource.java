package com.becflow.api.operator;

import com.becflow.api.problem.Problem;
import com.becflow.api.security.OperatorOnly;
import com.becflow.invoicing.app.PaymentNotifications;
import com.becflow.invoicing.payments.PaymentGateway;
import com.becflow.invoicing.payments.ProviderEvents;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Payment-provider events that failed too often to be applied and were set aside: the operator sees why, fixes the
 * cause, and replays them. A replayed event is applied at the next round of the housekeeping job.
 */
@Path("operator/payment-events")
@Tag(name = "Operator: payment events", description = "For platform operators only (role `operator`): "
        + "Stripe events that failed too often to be applied, and replaying them")
@OperatorOnly
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PaymentEventResource {

    static final int SHOWN = 500;

    @Inject
    PaymentNotifications notifications;

    @GET
    @Path("dead")
    @Operation(operationId = "listDeadPaymentEvents", summary = "The payment events set aside, most recent first")
    public List<DeadEventJson> dead() {
        return notifications.dead(SHOWN).stream().map(DeadEventJson::from).toList();
    }

    @POST
    @Path("{id}/replay")
    @Operation(operationId = "replayPaymentEvent", summary = "Replay a set-aside payment event",
            description = "It is applied at the next round of the housekeeping job.")
    @APIResponse(responseCode = "204", description = "Queued to be applied again")
    public Response replay(@PathParam("id") String id) {
        if (!notifications.replay(id)) {
            return Problem.of(404, "payment-event.not-dead", "Not Found", "No dead payment event " + id);
        }
        return Response.noContent().build();
    }

    public record DeadEventJson(@Schema(required = true, description = "The provider's event id") String id,
                                @Schema(implementation = PaymentGateway.ProviderEvent.Kind.class, required = true)
                                String kind, String providerType, String accountId, String objectId,
                                @Schema(required = true) Instant receivedAt, int failures, String lastFailure,
                                @Schema(required = true) Instant deadAt) {

        static DeadEventJson from(ProviderEvents.DeadEvent e) {
            return new DeadEventJson(e.id(), e.kind().name(), e.providerType(), e.accountId(), e.objectId(), e.receivedAt(),
                    e.failures(), e.lastFailure(), e.deadAt());
        }
    }
}
