package com.becflow.api.books;

import com.becflow.accounting.BooksVendor;
import com.becflow.accounting.app.BooksConnecting;
import com.becflow.accounting.app.BooksNotConnected;
import com.becflow.api.security.PublicEndpoint;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Where the vendor's consent page sends the freelancer's browser back. It carries no token: the workspace is the one
 * sealed into {@code state} when the connection was started, which only this server can have made.
 */
@Path("integrations/books/{vendor}/callback")
@Tag(name = BooksResource.TAG, description = BooksResource.TAG_DESCRIPTION)
@PublicEndpoint
@RequestScoped
public class BooksCallbackResource {

    @Inject
    BooksConnecting connecting;

    @Inject
    @ConfigProperty(name = "BECFLOW_PUBLIC_URL")
    String publicUrl;

    @GET
    @Operation(operationId = "finishBooksConnection", summary = "The vendor's consent page comes back here",
            description = "Not called by API clients: the browser is sent on to the workspace's integrations page, with "
                    + "connected=<vendor> or error=<code>.")
    @APIResponse(responseCode = "303", description = "On to the integrations page")
    public Response callback(@PathParam("vendor") String slug, @QueryParam("code") String code,
                             @QueryParam("state") String state, @QueryParam("error") String error,
                             @Context UriInfo uri) {
        BooksVendor vendor = BooksResource.vendor(slug);
        String page = publicUrl.replaceAll("/+$", "") + "/integrations";
        try {
            if (error != null) {
                throw new BooksNotConnected(vendor, BooksNotConnected.Reason.CONSENT_REFUSED);
            }
            Map<String, String> parameters = new HashMap<>();
            uri.getQueryParameters().forEach((name, values) -> parameters.put(name, values.get(0)));
            connecting.finish(vendor, state, code, parameters);
            return Response.seeOther(URI.create(page + "?connected=" + vendor.slug())).build();
        } catch (BooksNotConnected e) {
            return Response.seeOther(URI.create(page + "?error=" + e.code().key())).build();
        }
    }
}
