package com.becflow.portal.api;

import com.becflow.feedback.app.ClientFeedback;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;

/** The client's feedback on a settled engagement, behind the link its request mail carried: read, and answered once. */
@Path("feedback/{token}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FeedbackLinkResource {

    @Inject
    ClientFeedback feedback;

    @PathParam("token")
    String token;

    @GET
    public FeedbackJson read() {
        return FeedbackJson.of(feedback.standing(token));
    }

    @POST
    public FeedbackJson answer(FeedbackInput body) {
        FeedbackInput input = body == null ? new FeedbackInput() : body;
        return FeedbackJson.of(feedback.answer(token, input.workRating, input.billingRating, input.comment));
    }

    /** Ratings from 1 (poor) to 5 (excellent). */
    public static class FeedbackInput {
        public Integer workRating;
        public Integer billingRating;
        public String comment;
    }

    /** The answer's fields are null until the client answers. */
    public record FeedbackJson(String businessName, String engagement, Integer workRating, Integer billingRating,
                               String comment, Instant answeredAt) {

        static FeedbackJson of(ClientFeedback.Standing s) {
            return new FeedbackJson(s.businessName(), s.engagement(), s.answer().map(a -> a.work()).orElse(null),
                    s.answer().map(a -> a.billing()).orElse(null), s.answer().map(a -> a.comment()).orElse(null),
                    s.answer().map(a -> a.at()).orElse(null));
        }
    }
}
