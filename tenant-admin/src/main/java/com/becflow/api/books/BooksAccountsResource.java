package com.becflow.api.books;

import com.becflow.accounting.app.BooksAccountsChoice;
import com.becflow.api.security.ApiCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Where the sync posts in a connected vendor's books: read what they offer, and choose. */
@Path("integrations/books/{vendor}/mapping")
@Tag(name = BooksResource.TAG, description = BooksResource.TAG_DESCRIPTION)
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BooksAccountsResource {

    @Inject
    BooksAccountsChoice choice;

    @Inject
    ApiCaller caller;

    @GET
    @Operation(operationId = "getBooksMapping", summary = "Where the sync posts, and what the books offer",
            description = "Read from the books now. Every tax rate Becflow's invoices use is listed; one not chosen yet "
                    + "shows the books' rate of the same percentage (none where the books have none).")
    @APIResponse(responseCode = "409", description = "Not connected, or the access was revoked (`books.not-connected`)")
    public BooksAccountsJson get(@PathParam("vendor") String vendor) {
        return BooksAccountsJson.from(choice.read(caller.tenant(), BooksResource.vendor(vendor)));
    }

    @PUT
    @Operation(operationId = "updateBooksMapping", summary = "Choose where the sync posts",
            description = "Applies to what is pushed from then on; twins already in the books keep how they were posted. "
                    + "An id the books do not offer is refused, naming the field: `books.mapping.unknown-account`, "
                    + "`books.mapping.unknown-tax-rate`, `books.mapping.unknown-item` (400).")
    @APIResponse(responseCode = "409", description = "Not connected, or the access was revoked (`books.not-connected`)")
    public BooksAccountsJson update(@PathParam("vendor") String vendor,
                                    @NotNull(message = "Send the choice as a JSON body") @Valid BooksAccountsJson body) {
        return BooksAccountsJson.from(choice.choose(caller.tenant(), BooksResource.vendor(vendor), body.toAccounts()));
    }
}
