package com.becflow.api.clients;

import com.becflow.api.problem.InvalidParameters;
import com.becflow.api.security.ApiCaller;
import com.becflow.clients.ClientId;
import com.becflow.clients.ClientPage;
import com.becflow.clients.ClientSearch;
import com.becflow.clients.ClientSort;
import com.becflow.clients.app.ClientService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("clients")
@Tag(name = "Clients", description = "The people and companies a freelancer works for and bills")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ClientResource {

    @Inject
    ClientService clients;

    @Inject
    ApiCaller caller;

    @GET
    @Operation(operationId = "listClients", summary = "List or search clients, a page at a time")
    public ClientPageJson list(@Parameter(description = "Text in the name, email or company",
                                       schema = @Schema(maxLength = 200))
                               @QueryParam("q") String text,
                               @Parameter(description = "Archived clients instead of current ones",
                                       schema = @Schema(type = SchemaType.BOOLEAN))
                               @QueryParam("archived") @DefaultValue("false") String archived,
                               @Parameter(schema = @Schema(enumeration = {"name", "email", "company", "created"}))
                               @QueryParam("sort") @DefaultValue("name") String sort,
                               @Parameter(schema = @Schema(enumeration = {"asc", "desc"}))
                               @QueryParam("order") @DefaultValue("asc") String order,
                               @Parameter(description = "Page number, from 0",
                                       schema = @Schema(type = SchemaType.INTEGER, minimum = "0", maximum = "1000000"))
                               @QueryParam("page") @DefaultValue("0") String page,
                               @Parameter(description = "Clients per page",
                                       schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
                                               maximum = "" + ClientSearch.MAX_PAGE_SIZE))
                               @QueryParam("size") @DefaultValue("50") String size) {
        // Checked here rather than with Bean Validation on the parameters, which Payara's OpenAPI generator
        // cannot read (it fails the whole document).
        Map<String, String> errors = new LinkedHashMap<>();
        if (text != null && text.length() > 200) {
            errors.put("q", "At most 200 characters");
        }
        if (!archived.equals("true") && !archived.equals("false")) {
            errors.put("archived", "Use true or false");
        }
        if (!sort.matches("name|email|company|created")) {
            errors.put("sort", "Sort by name, email, company or created");
        }
        if (!order.matches("asc|desc")) {
            errors.put("order", "Order asc or desc");
        }
        int pageNumber = InvalidParameters.wholeNumber(page, 0, 1_000_000, "page", errors);
        int pageSize = InvalidParameters.wholeNumber(size, 1, ClientSearch.MAX_PAGE_SIZE, "size", errors);
        if (!errors.isEmpty()) {
            throw new InvalidParameters(errors);
        }
        ClientSearch search = new ClientSearch(text, Boolean.parseBoolean(archived),
                ClientSort.valueOf(sort.toUpperCase(Locale.ROOT)), "asc".equals(order), pageNumber, pageSize);
        ClientPage result = clients.search(search, caller.tenant());
        return new ClientPageJson(result.items().stream().map(ClientJson::from).toList(), pageNumber, pageSize,
                result.total());
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getClient", summary = "Get a client")
    public ClientJson get(@PathParam("id") UUID id) {
        return ClientJson.from(clients.get(new ClientId(id), caller.tenant()));
    }

    @POST
    @Operation(operationId = "createClient", summary = "Add a client")
    @APIResponseSchema(value = ClientJson.class, responseCode = "201",
            responseDescription = "The client as added; the Location header is its address")
    public Response create(@NotNull(message = "Send the client as a JSON body") @Valid ClientInputJson body,
                           @Context UriInfo uri) {
        ClientJson created = ClientJson.from(clients.add(body.toCommand(), caller.tenant()));
        return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build()).entity(created).build();
    }

    @PUT
    @Path("{id}")
    @Operation(operationId = "updateClient", summary = "Replace a client's details",
            description = "Every field is replaced, as on creation: one left out takes its default or is cleared.")
    public ClientJson update(@PathParam("id") UUID id,
                             @NotNull(message = "Send the client as a JSON body") @Valid ClientInputJson body) {
        return ClientJson.from(clients.update(new ClientId(id), body.toCommand(), caller.tenant()));
    }

    @POST
    @Path("{id}/archive")
    @Operation(operationId = "archiveClient", summary = "Archive a client",
            description = "An archived client is kept with its documents but gets no new invoices.")
    public ClientJson archive(@PathParam("id") UUID id) {
        return ClientJson.from(clients.archive(new ClientId(id), caller.tenant()));
    }

    @POST
    @Path("{id}/restore")
    @Operation(operationId = "restoreClient", summary = "Bring an archived client back")
    public ClientJson restore(@PathParam("id") UUID id) {
        return ClientJson.from(clients.restore(new ClientId(id), caller.tenant()));
    }
}
