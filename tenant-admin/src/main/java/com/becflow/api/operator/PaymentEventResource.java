package com.becflow.api.operator;

import com.becflow.api.problem.Problem;
import com.becflow.api.security.OperatorOnly;
import com.becflow.invoicing.app.PaymentNotifications;
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

/**
 * Payment-provider events that failed too often to be applied and were set aside: the operator sees why, fixes the
 * cause, and replays them. A replayed event is applied at the next round of the housekeeping job.
 */
@Path("operator/payment-events")
@OperatorOnly
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PaymentEventResource {

    static final int SHOWN = 500;

    @Inject
    PaymentNotifications notifications;

    @GET
    @Path("dead")
    public List<DeadEventJson> dead() {
        return notifications.dead(SHOWN).stream().map(DeadEventJson::from).toList();
    }

    @POST
    @Path("{id}/replay")
    public Response replay(@PathParam("id") String id) {
        if (!notifications.replay(id)) {
            return Problem.of(404, "payment-event.not-dead", "Not Found", "No dead payment event " + id);
        }
        return Response.noContent().build();
    }

    public record DeadEventJson(String id, String kind, String providerType, String accountId, String objectId,
                                Instant receivedAt, int failures, String lastFailure, Instant deadAt) {

        static DeadEventJson from(ProviderEvents.DeadEvent e) {
            return new DeadEventJson(e.id(), e.kind().name(), e.providerType(), e.accountId(), e.objectId(), e.receivedAt(),
                    e.failures(), e.lastFailure(), e.deadAt());
        }
    }
}
