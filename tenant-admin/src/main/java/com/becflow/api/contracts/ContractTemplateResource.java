package com.becflow.api.contracts;

import com.becflow.api.security.ApiCaller;
import com.becflow.contracts.ContractTemplateId;
import com.becflow.contracts.app.ContractTemplateService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("contract-templates")
@Tag(name = "Contract templates", description = "The standard contracts a freelancer starts contracts from: "
        + "a default library, copies of it and their own")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ContractTemplateResource {

    @Inject
    ContractTemplateService templates;

    @Inject
    ApiCaller caller;

    @Context
    UriInfo uri;

    @GET
    @Operation(operationId = "listContractTemplates", summary = "List contract templates")
    public List<TemplateJson> list() {
        return templates.list(caller.tenant()).stream().map(TemplateJson::from).toList();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getContractTemplate", summary = "Get a contract template")
    public TemplateJson get(@PathParam("id") UUID id) {
        return TemplateJson.from(templates.get(new ContractTemplateId(id), caller.tenant()));
    }

    @POST
    @Operation(operationId = "createContractTemplate", summary = "Add a contract template")
    @APIResponseSchema(value = TemplateJson.class, responseCode = "201",
            responseDescription = "The template as added; the Location header is its address")
    public Response create(@NotNull(message = "Send the template as a JSON body") TemplateInputJson body) {
        return created(TemplateJson.from(templates.create(body.toContent(), caller.tenant())));
    }

    @PUT
    @Path("{id}")
    @Operation(operationId = "updateContractTemplate", summary = "Replace a contract template")
    public TemplateJson update(@PathParam("id") UUID id,
                               @NotNull(message = "Send the template as a JSON body") TemplateInputJson body) {
        return TemplateJson.from(templates.update(new ContractTemplateId(id), body.toContent(), caller.tenant()));
    }

    @POST
    @Path("{id}/copy")
    @Operation(operationId = "copyContractTemplate", summary = "Copy a contract template into a new one")
    @APIResponseSchema(value = TemplateJson.class, responseCode = "201",
            responseDescription = "The copy; the Location header is its address")
    public Response copy(@PathParam("id") UUID id) {
        return created(TemplateJson.from(templates.copy(new ContractTemplateId(id), caller.tenant())));
    }

    @POST
    @Path("{id}/archive")
    @Operation(operationId = "archiveContractTemplate", summary = "Archive a contract template")
    public TemplateJson archive(@PathParam("id") UUID id) {
        return TemplateJson.from(templates.archive(new ContractTemplateId(id), caller.tenant()));
    }

    private Response created(TemplateJson template) {
        return Response.created(uri.getBaseUriBuilder().path("contract-templates").path(template.id()).build())
                .entity(template).build();
    }
}
