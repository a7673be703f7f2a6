package com.becflow.api.feedback;

import com.becflow.api.security.ApiCaller;
import com.becflow.clients.ClientId;
import com.becflow.feedback.app.FeedbackQueries;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * What a client said of each settled engagement. Asked once per signed contract when its last open invoice is paid;
 * the client answers through the link in that mail. Its own root path, so it never shadows the clients resource.
 */
@Path("clients/{id}/feedback")
@Tag(name = "Feedback", description = "The client's ratings of the work and the billing of each settled engagement")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ClientFeedbackResource {

    @Inject
    FeedbackQueries feedback;

    @Inject
    ApiCaller caller;

    /** One engagement's feedback; the ratings, comment and answeredAt are left out until the client answers. */
    public record FeedbackJson(@Schema(implementation = UUID.class, required = true) String contractId,
                               @Schema(required = true) String engagement,
                               @Schema(required = true) Instant requestedAt,
                               @Schema(minimum = "1", maximum = "5") Integer workRating,
                               @Schema(minimum = "1", maximum = "5") Integer billingRating,
                               String comment, Instant answeredAt) {

        static FeedbackJson from(FeedbackQueries.Entry e) {
            var answer = e.feedback().answer();
            return new FeedbackJson(e.feedback().contractId().value().toString(), e.engagement(),
                    e.feedback().requestedAt(), answer.map(a -> a.work()).orElse(null),
                    answer.map(a -> a.billing()).orElse(null), answer.map(a -> a.comment()).orElse(null),
                    answer.map(a -> a.at()).orElse(null));
        }
    }

    @GET
    @Operation(operationId = "listClientFeedback", summary = "The client's feedback on each settled engagement, newest first")
    public List<FeedbackJson> list(@PathParam("id") UUID id) {
        return feedback.ofClient(caller.tenant(), new ClientId(id)).stream().map(FeedbackJson::from).toList();
    }
}
