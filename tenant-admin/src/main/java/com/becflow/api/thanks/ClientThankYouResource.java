package com.becflow.api.thanks;

import com.becflow.api.security.ApiCaller;
import com.becflow.clients.ClientId;
import com.becflow.invoicing.thanks.ThankYouDiscount;
import com.becflow.invoicing.thanks.app.ThankYouGrants;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The thank-you discounts a client earned by paying on time: which invoice each thanks, until when it lasts, and the
 * invoice that used it. Its own root path, so it never shadows the clients resource.
 */
@Path("clients/{id}/thank-you-discounts")
@Tag(name = "Thank-you discounts", description = "Discounts on a client's next invoice, earned by paying an invoice in "
        + "full and on time while the workspace offers them")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ClientThankYouResource {

    @Inject
    ThankYouGrants thankYous;

    @Inject
    ApiCaller caller;

    /** One discount; open while the client's next invoice, issued today, would take it. */
    public record ThankYouDiscountJson(@Schema(required = true) BigDecimal percent,
                                       @Schema(implementation = UUID.class, required = true) String thankedInvoiceId,
                                       @Schema(required = true) String thankedNumber,
                                       @Schema(required = true) Instant grantedAt,
                                       @Schema(required = true, description = "The last day it can be used, on the client's calendar")
                                       LocalDate expiresOn,
                                       @Schema(required = true) boolean open,
                                       @Schema(implementation = UUID.class) String usedByInvoiceId,
                                       Instant usedAt) {

        static ThankYouDiscountJson from(ThankYouGrants.ClientDiscount c) {
            ThankYouDiscount d = c.discount();
            return new ThankYouDiscountJson(d.percent(), d.thankedInvoiceId().value().toString(), d.thankedNumber(),
                    d.grantedAt(), d.expiresOn(), c.open(), d.usedBy().map(i -> i.value().toString()).orElse(null),
                    d.usedAt().orElse(null));
        }
    }

    @GET
    @Operation(operationId = "listClientThankYouDiscounts", summary = "The client's thank-you discounts, newest first")
    public List<ThankYouDiscountJson> list(@PathParam("id") UUID id) {
        return thankYous.ofClient(new ClientId(id), caller.tenant()).stream().map(ThankYouDiscountJson::from).toList();
    }
}
