package com.becflow.portal.api;

import com.becflow.reminders.app.ClientPromises;
import com.becflow.reminders.app.NothingToPromise;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;

/**
 * The client's promise to pay an invoice by a day, behind its portal link: what they may promise and what holds, and
 * the promise itself ({@code payBy}, today to {@link ClientPromises#LATEST_DAYS} days ahead on their calendar). No
 * reminders go out until the day has passed, and the freelancer is told.
 */
@Path("invoices/{token}/promise")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PromiseLinkResource {

    @Inject
    ClientPromises promises;

    @PathParam("token")
    String token;

    @GET
    public PromiseJson read() {
        return PromiseJson.of(promises.standing(token).orElseThrow(NothingToPromise::new));
    }

    @POST
    public PromiseJson promise(PromiseInput body) {
        return PromiseJson.of(promises.promise(token, body == null ? null : body.payBy));
    }

    public static class PromiseInput {
        public LocalDate payBy;
    }

    /** @param promisedFor the day promised that still holds, or null */
    public record PromiseJson(LocalDate earliest, LocalDate latest, LocalDate promisedFor) {

        static PromiseJson of(ClientPromises.Standing s) {
            return new PromiseJson(s.today(), s.latest(), s.promisedFor().orElse(null));
        }
    }
}
