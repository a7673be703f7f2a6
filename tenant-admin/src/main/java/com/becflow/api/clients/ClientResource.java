package com.becflow.api.clients;

import com.becflow.api.security.ApiCaller;
import com.becflow.clients.ClientId;
import com.becflow.clients.ClientPage;
import com.becflow.clients.ClientSearch;
import com.becflow.clients.ClientSort;
import com.becflow.clients.app.ClientService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.util.Locale;
import java.util.UUID;

@Path("clients")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ClientResource {

    @Inject
    ClientService clients;

    @Inject
    ApiCaller caller;

    @GET
    public ClientPageJson list(@QueryParam("q") @Size(max = 200) String text,
                               @QueryParam("archived") @DefaultValue("false") boolean includeArchived,
                               @QueryParam("sort") @DefaultValue("name") @Pattern(regexp = "name|email|company|created",
                                       message = "Sort by name, email, company or created") String sort,
                               @QueryParam("order") @DefaultValue("asc") @Pattern(regexp = "asc|desc",
                                       message = "Order asc or desc") String order,
                               @QueryParam("page") @DefaultValue("0") @Min(0) @Max(1_000_000) int page,
                               @QueryParam("size") @DefaultValue("50") @Min(1) @Max(ClientSearch.MAX_PAGE_SIZE) int size) {
        ClientSearch search = new ClientSearch(text, includeArchived,
                ClientSort.valueOf(sort.toUpperCase(Locale.ROOT)), "asc".equals(order), page, size);
        ClientPage result = clients.search(search, caller.tenant());
        return new ClientPageJson(result.items().stream().map(ClientJson::from).toList(), page, size, result.total());
    }

    @GET
    @Path("{id}")
    public ClientJson get(@PathParam("id") UUID id) {
        return ClientJson.from(clients.get(new ClientId(id), caller.tenant()));
    }

    @POST
    public Response create(@NotNull(message = "Send the client as a JSON body") @Valid ClientInputJson body,
                           @Context UriInfo uri) {
        ClientJson created = ClientJson.from(clients.add(body.toCommand(), caller.tenant()));
        return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build()).entity(created).build();
    }

    @PUT
    @Path("{id}")
    public ClientJson update(@PathParam("id") UUID id,
                             @NotNull(message = "Send the client as a JSON body") @Valid ClientInputJson body) {
        return ClientJson.from(clients.update(new ClientId(id), body.toCommand(), caller.tenant()));
    }

    @POST
    @Path("{id}/archive")
    public ClientJson archive(@PathParam("id") UUID id) {
        return ClientJson.from(clients.archive(new ClientId(id), caller.tenant()));
    }

    @POST
    @Path("{id}/restore")
    public ClientJson restore(@PathParam("id") UUID id) {
        return ClientJson.from(clients.restore(new ClientId(id), caller.tenant()));
    }
}
