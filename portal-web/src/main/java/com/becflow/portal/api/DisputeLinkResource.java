package com.becflow.portal.api;

import com.becflow.invoicing.disputes.InvoiceDispute;
import com.becflow.invoicing.disputes.app.ClientDisputes;
import com.becflow.shared.money.Money;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The client disputes part of their invoice behind its portal link: a line or an amount of the whole, with a reason.
 * The amount is held back from reminders and late fees until the freelancer answers; the rest stays payable.
 */
@Path("invoices/{token}/disputes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DisputeLinkResource {

    @Inject
    ClientDisputes disputes;

    @PathParam("token")
    String token;

    @GET
    public DisputesJson read() {
        return DisputesJson.of(disputes.standing(token));
    }

    @POST
    public DisputesJson raise(DisputeInput body) {
        DisputeInput input = body == null ? new DisputeInput() : body;
        return DisputesJson.of(disputes.raise(token, new ClientDisputes.RaiseDispute(input.line, input.amount,
                input.reason)));
    }

    /** {@code line} counts the invoice's lines from 1; left out, the amount is of the invoice as a whole. */
    public static class DisputeInput {
        public Integer line;
        public BigDecimal amount;
        public String reason;
    }

    public record LineJson(int line, String description, BigDecimal total) {
    }

    public record DisputeJson(String id, Integer line, BigDecimal amount, String reason, Instant raisedAt, String status,
                              String answer, Instant answeredAt) {

        static DisputeJson of(InvoiceDispute d) {
            return new DisputeJson(d.id().toString(), d.line().orElse(null), d.amount().amount(), d.reason(),
                    d.raisedAt(), d.status().name(), d.answer().orElse(null), d.answeredAt().orElse(null));
        }
    }

    /** @param disputed what open disputes hold back of {@code open}, the invoice's balance */
    public record DisputesJson(String currency, BigDecimal open, BigDecimal disputed, boolean canDispute,
                               List<LineJson> lines, List<DisputeJson> disputes) {

        static DisputesJson of(ClientDisputes.Standing s) {
            return new DisputesJson(s.open().currency().getCurrencyCode(), amount(s.open()), amount(s.disputed()),
                    s.canRaise(), s.lines().stream().map(l -> new LineJson(l.position(), l.description(),
                    amount(l.total()))).toList(), s.disputes().stream().map(DisputeJson::of).toList());
        }

        private static BigDecimal amount(Money money) {
            return money.rounded().amount();
        }
    }
}
