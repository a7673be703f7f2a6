package com.becflow.portal.api;

import com.becflow.invoicing.plans.Autopay;
import com.becflow.invoicing.plans.InvalidAutopayReturn;
import com.becflow.invoicing.plans.app.AutopaySetup;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.Optional;

/**
 * Autopay of an invoice's accepted plan behind a portal link: where it stands, a page to save a card on (the payment
 * provider's), the client's return from it, and turning it off. That a card was saved is read from the provider, never
 * taken from the request. Its own root path, beside {@link PlanLinkResource}'s.
 */
@Path("invoices/{token}/autopay")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AutopayLinkResource {

    @Inject
    AutopaySetup autopay;

    @PathParam("token")
    String token;

    /** Where autopay stands; {@code OFF} with no card when the client never set it up. */
    @GET
    public AutopayJson read() {
        return AutopayJson.of(autopay.status(token));
    }

    /** A page where the client saves a card; they come back to their invoice's page. */
    @POST
    @Path("setup")
    public SetupJson setup() {
        return new SetupJson(autopay.open(token));
    }

    /** The client came back from the card page named {@code setupPage}. */
    @POST
    @Path("return")
    public AutopayJson returned(ReturnInput body) {
        if (body == null || body.setupPage == null) {
            throw new InvalidAutopayReturn("setupPage");
        }
        return AutopayJson.of(autopay.returned(token, body.setupPage));
    }

    @DELETE
    public AutopayJson turnOff() {
        return AutopayJson.of(Optional.of(autopay.turnOff(token)));
    }

    public static class ReturnInput {
        public String setupPage;
    }

    public record SetupJson(String url) {
    }

    /** @param card what the client knows their saved card by ("visa •••• 4242"), or null */
    public record AutopayJson(String status, String card, String reason, Instant updatedAt) {

        static AutopayJson of(Optional<Autopay> autopay) {
            return autopay.map(a -> new AutopayJson(a.status().name(), a.method() == null ? null : a.method().label(),
                    a.reason(), a.updatedAt())).orElse(new AutopayJson("OFF", null, null, null));
        }
    }
}
