package com.becflow.api.books;

import com.becflow.accounting.BooksConflict;
import com.becflow.accounting.BooksVendor;
import com.becflow.accounting.app.BooksConflictInbox;
import com.becflow.accounting.app.BooksConnecting;
import com.becflow.accounting.app.BooksQueries;
import com.becflow.api.security.ApiCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The workspace's books in Xero (QuickBooks Online to follow): connecting, syncing, and what the sync did. */
@Path("integrations/books")
@Tag(name = BooksResource.TAG, description = BooksResource.TAG_DESCRIPTION)
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BooksResource {

    static final String TAG = "Books";
    static final String TAG_DESCRIPTION = "Keeping the workspace's books in Xero in step: connect through Xero's consent"
            + " page, then clients, issued invoices and payments are pushed there, each once, payments recorded in Xero"
            + " come back, with a log of what happened and why";

    @Inject
    BooksConnecting connecting;

    @Inject
    BooksQueries queries;

    @Inject
    BooksConflictInbox inbox;

    @Inject
    ApiCaller caller;

    @GET
    @Operation(operationId = "listBooks", summary = "Each accounting product: offered here or not, and connected or not")
    public List<BooksVendorJson> vendors() {
        return queries.vendors(caller.tenant()).stream().map(BooksVendorJson::from).toList();
    }

    @POST
    @Path("{vendor}/authorization")
    @Operation(operationId = "startBooksConnection", summary = "Start connecting: the vendor's consent page to open",
            description = "Open authorizationUrl in the freelancer's browser; the vendor sends it back to Becflow, which "
                    + "keeps the connection and starts the first sync. The page is good for 15 minutes.")
    @APIResponse(responseCode = "409", description = "This server has no app for the vendor (`books.vendor-not-configured`)")
    public Map<String, String> authorization(@PathParam("vendor") String vendor) {
        return Map.of("authorizationUrl", connecting.start(caller.tenant(), vendor(vendor)).toString());
    }

    @POST
    @Path("{vendor}/sync")
    @Operation(operationId = "syncBooks", summary = "Sync now: a pass is queued and runs in the background")
    @APIResponse(responseCode = "202", description = "Queued; its outcome appears in the log")
    @APIResponse(responseCode = "409", description = "Not connected, or the access was revoked (`books.not-connected`)")
    public Response sync(@PathParam("vendor") String vendor) {
        connecting.syncNow(caller.tenant(), vendor(vendor));
        return Response.accepted(Map.of("queued", true)).build();
    }

    @GET
    @Path("{vendor}/log")
    @Operation(operationId = "getBooksLog", summary = "What the sync did, newest first")
    public List<BooksLogEntryJson> log(@PathParam("vendor") String vendor,
                                       @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(500) int limit) {
        return queries.log(caller.tenant(), vendor(vendor), limit).stream().map(BooksLogEntryJson::from).toList();
    }

    @GET
    @Path("{vendor}/conflicts")
    @Operation(operationId = "listBooksConflicts", summary = "The conflict inbox: open conflicts, then recently settled ones",
            description = "An object with an open conflict is left out of every pass until it is settled; nothing is "
                    + "overwritten meanwhile.")
    public List<BooksConflictJson> conflicts(@PathParam("vendor") String vendor) {
        return inbox.inbox(caller.tenant(), vendor(vendor)).stream().map(BooksConflictJson::from).toList();
    }

    @POST
    @Path("{vendor}/conflicts/{id}/settlement")
    @Operation(operationId = "settleBooksConflict", summary = "Settle a conflict with one of its choices",
            description = "RETRY, PUSH_AGAIN, LINK_EXISTING and KEEP_OURS start a pass at once. TAKE_THEIRS takes the "
                    + "contact's details as the books keep them now into the client, checked as any change of a client "
                    + "is. Codes: `books.conflict.choice-not-offered` (400), `books.conflict.details-refused` (400, the "
                    + "books' details fail the client's checks; the conflict stays open), `books.conflict.settled` "
                    + "(409), `books.conflict.contact-not-found` (409).")
    @APIResponse(responseCode = "409", description = "Settled already, or the contact to link is gone")
    public BooksConflictJson settle(@PathParam("vendor") String vendor, @PathParam("id") UUID id,
                                    @NotNull(message = "Send the choice as a JSON body") @Valid BooksConflictChoiceJson body) {
        BooksConflict.Choice choice;
        try {
            choice = BooksConflict.Choice.valueOf(body.choice.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidBooksChoice(body.choice);
        }
        return BooksConflictJson.from(inbox.settle(caller.tenant(), vendor(vendor), id, choice));
    }

    /** A choice that is none of the conflict choices at all. */
    static final class InvalidBooksChoice extends com.becflow.shared.error.DomainException {
        InvalidBooksChoice(String typed) {
            super(com.becflow.shared.error.ErrorCode.badRequest("books.conflict.choice-not-offered"),
                    "Not a choice: " + typed, Map.of("choice", "One of " + java.util.Arrays.toString(BooksConflict.Choice.values())));
        }
    }

    static BooksVendor vendor(String slug) {
        return BooksVendor.fromSlug(slug).orElseThrow(() -> new NotFoundException("No accounting product " + slug));
    }
}
