package com.becflow.api.packages;

import com.becflow.api.security.ApiCaller;
import com.becflow.clients.ClientId;
import com.becflow.invoicing.packages.PackageDeal;
import com.becflow.invoicing.packages.PackageDealId;
import com.becflow.invoicing.packages.app.PackageSelling;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Package deals over HTTP: offered, read with what is delivered and paid, and delivered milestone by milestone. */
@Path("packages")
@Tag(name = "Packages", description = "A bundle of work sold for one price, billed per milestone on delivery or as one "
        + "invoice the client may pay by a plan")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PackageDealResource {

    @Inject
    PackageSelling packages;

    @Inject
    ApiCaller caller;

    @Context
    UriInfo uri;

    @GET
    @Operation(operationId = "listPackages", summary = "List packages, newest first")
    public List<PackageDealJson> list(@Parameter(description = "Only this client's") @QueryParam("clientId") UUID clientId) {
        return packages.overview(clientId == null ? null : new ClientId(clientId), caller.tenant()).stream()
                .map(PackageDealJson::from).toList();
    }

    @POST
    @Operation(operationId = "createPackage", summary = "Offer a package to a client",
            description = "The client, contract, currency and tax are checked as a draft invoice's are; the package's "
                    + "faults come on `title`, `price`, `billing`, `milestones` and `milestones[i].title` or "
                    + "`.amount` with `package-deal.invalid`. BY_PLAN issues and sends its invoice at once.")
    @APIResponseSchema(value = PackageDealJson.class, responseCode = "201",
            responseDescription = "Offered; the Location header is its address")
    public Response create(@NotNull(message = "Send the package as a JSON body") PackageDealInputJson body) {
        PackageDeal offered = packages.offer(body.toCommand(), caller.tenant());
        return Response.created(uri.getBaseUriBuilder().path("packages").path(offered.id().toString()).build())
                .entity(PackageDealJson.from(packages.progress(offered.id(), caller.tenant()))).build();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getPackage", summary = "Get a package with what is delivered and paid")
    public PackageDealJson get(@PathParam("id") UUID id) {
        return PackageDealJson.from(packages.progress(new PackageDealId(id), caller.tenant()));
    }

    @POST
    @Path("{id}/milestones/{position}/deliver")
    @Operation(operationId = "deliverMilestone", summary = "Mark a milestone delivered today",
            description = "With PER_MILESTONE, its share is invoiced and the invoice sent in the same step.")
    @APIResponse(responseCode = "404", description = "No such package, or no milestone at that position "
            + "(`package-deal.milestone.not-found`)")
    @APIResponse(responseCode = "409", description = "Delivered already (`package-deal.milestone.already-delivered`), or "
            + "its invoice cannot be made, e.g. the client is archived (`package-deal.not-invoiceable`), or the package is "
            + "cancelled (`package-deal.cancelled`)")
    public PackageDealJson deliver(@PathParam("id") UUID id, @PathParam("position") int position) {
        PackageDeal deal = packages.deliver(new PackageDealId(id), position, caller.tenant());
        return PackageDealJson.from(packages.progress(deal.id(), caller.tenant()));
    }

    @POST
    @Path("{id}/milestones/{position}/undo-delivery")
    @Operation(operationId = "undoMilestoneDelivery", summary = "Take back a delivery marked by mistake",
            description = "The milestone is in progress again. With PER_MILESTONE, the invoice its delivery issued is "
                    + "voided in the same step, so a later delivery invoices it anew.")
    @APIResponse(responseCode = "404", description = "No such package, or no milestone at that position "
            + "(`package-deal.milestone.not-found`)")
    @APIResponse(responseCode = "409", description = "Not delivered (`package-deal.milestone.not-delivered`), its "
            + "invoice has money on it (`package-deal.milestone.invoice-paid`), or the package is cancelled "
            + "(`package-deal.cancelled`)")
    public PackageDealJson undoDelivery(@PathParam("id") UUID id, @PathParam("position") int position) {
        PackageDeal deal = packages.undoDelivery(new PackageDealId(id), position, caller.tenant());
        return PackageDealJson.from(packages.progress(deal.id(), caller.tenant()));
    }

    @POST
    @Path("{id}/cancellation")
    @Operation(operationId = "cancelPackage", summary = "Call a package off",
            description = "Its undelivered milestones are never delivered or invoiced. With BY_PLAN, its invoice is "
                    + "voided when nothing was paid or credited on it, and otherwise stays for a credit note of what is "
                    + "no longer owed; the invoices of delivered milestones stay. Cancelling the engagement of the "
                    + "contract a package is sold under calls it off too.")
    @APIResponse(responseCode = "400", description = "A reason longer than 500 characters (`package-deal.invalid`)")
    @APIResponse(responseCode = "409", description = "Cancelled already (`package-deal.cancelled`), or every milestone is "
            + "delivered (`package-deal.delivered`)")
    public PackageDealJson cancel(@PathParam("id") UUID id, PackageCancellationInputJson body) {
        PackageDeal deal = packages.cancel(new PackageDealId(id), body == null ? null : body.reason, caller.tenant());
        return PackageDealJson.from(packages.progress(deal.id(), caller.tenant()));
    }
}
