package com.becflow.api.recurring;

import com.becflow.api.security.ApiCaller;
import com.becflow.invoicing.recurring.RecurringInvoice;
import com.becflow.invoicing.recurring.RecurringInvoiceId;
import com.becflow.invoicing.recurring.app.RecurringInvoicing;
import com.becflow.invoicing.recurring.app.RetainerTimesheet;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Recurring invoices over HTTP: started, read with their next days, changed, paused, resumed and ended. */
@Path("recurring-invoices")
@Tag(name = "Recurring invoices", description = "An invoice issued and sent on its own on each day of a schedule, at "
        + "08:00 in the workspace's time zone")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RecurringInvoiceResource {

    @Inject
    RecurringInvoicing recurring;

    @Inject
    RetainerTimesheet timesheet;

    @Inject
    ApiCaller caller;

    @Context
    UriInfo uri;

    @GET
    @Operation(operationId = "listRecurringInvoices", summary = "List recurring invoices, active ones first by next day")
    public List<RecurringInvoiceJson> list() {
        return recurring.list(caller.tenant()).stream().map(RecurringInvoiceJson::from).toList();
    }

    @POST
    @Operation(operationId = "createRecurringInvoice", summary = "Start a recurring invoice",
            description = "The invoice's fields are checked as a draft's are; the schedule's faults come on their own "
                    + "fields (`frequency`, `startOn`, `endOn`, `count`, `dates`) with `recurring-invoice.invalid`.")
    @APIResponseSchema(value = RecurringInvoiceJson.class, responseCode = "201",
            responseDescription = "Started; the Location header is its address")
    public Response create(@NotNull(message = "Send the recurring invoice as a JSON body") RecurringInvoiceInputJson body) {
        RecurringInvoice started = recurring.start(body.toRecurringCommand(), caller.tenant());
        return Response.created(uri.getBaseUriBuilder().path("recurring-invoices").path(started.id().toString()).build())
                .entity(RecurringInvoiceJson.from(started)).build();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getRecurringInvoice", summary = "Get a recurring invoice with its next days")
    public RecurringInvoiceJson get(@PathParam("id") UUID id) {
        return RecurringInvoiceJson.from(recurring.get(new RecurringInvoiceId(id), caller.tenant()));
    }

    @PUT
    @Path("{id}")
    @Operation(operationId = "updateRecurringInvoice", summary = "Change the invoices still to come",
            description = "Issued invoices stay as they are; a new schedule starts at its first day after the last "
                    + "issued one and not before today. The client stays.")
    @APIResponse(responseCode = "409", description = "The recurring invoice has ended (`recurring-invoice.change.ended`)")
    public RecurringInvoiceJson update(@PathParam("id") UUID id,
                                       @NotNull(message = "Send the recurring invoice as a JSON body")
                                       RecurringInvoiceInputJson body) {
        return RecurringInvoiceJson.from(recurring.change(new RecurringInvoiceId(id), body.toRecurringCommand(),
                caller.tenant()));
    }

    @POST
    @Path("{id}/pause")
    @Operation(operationId = "pauseRecurringInvoice", summary = "Pause: no invoice is issued until resumed")
    @APIResponse(responseCode = "409", description = "The recurring invoice has ended (`recurring-invoice.pause.ended`)")
    public RecurringInvoiceJson pause(@PathParam("id") UUID id) {
        return RecurringInvoiceJson.from(recurring.pause(new RecurringInvoiceId(id), caller.tenant()));
    }

    @POST
    @Path("{id}/resume")
    @Operation(operationId = "resumeRecurringInvoice", summary = "Resume from today; days passed while paused are skipped")
    @APIResponse(responseCode = "409", description = "Ended (`recurring-invoice.resume.ended`) or no day left to issue "
            + "(`recurring-invoice.resume.nothing-left`)")
    public RecurringInvoiceJson resume(@PathParam("id") UUID id) {
        return RecurringInvoiceJson.from(recurring.resume(new RecurringInvoiceId(id), caller.tenant()));
    }

    @POST
    @Path("{id}/end")
    @Operation(operationId = "endRecurringInvoice", summary = "End: no further invoice; the issued ones stay")
    public RecurringInvoiceJson end(@PathParam("id") UUID id) {
        return RecurringInvoiceJson.from(recurring.end(new RecurringInvoiceId(id), caller.tenant()));
    }

    @POST
    @Path("{id}/hours")
    @Operation(operationId = "logRetainerHours", summary = "Log hours worked under a retainer",
            description = "The next invoice counts them against the period's allowance and bills what goes beyond it. "
                    + "409 `recurring-invoice.hours.not-a-retainer` without included hours, "
                    + "`recurring-invoice.hours.ended` once ended.")
    @APIResponseSchema(value = RetainerHoursJson.Entry.class, responseCode = "201", responseDescription = "Logged")
    public Response logHours(@PathParam("id") UUID id, @NotNull(message = "Send the hours as a JSON body") LogHoursJson body) {
        RetainerHoursJson.Entry logged = RetainerHoursJson.Entry.from(timesheet.log(new RecurringInvoiceId(id),
                body.toCommand(), caller.tenant()));
        return Response.status(Response.Status.CREATED).entity(logged).build();
    }

    @GET
    @Path("{id}/hours")
    @Operation(operationId = "getRetainerHours", summary = "A retainer's hours and where the current period stands")
    public RetainerHoursJson hours(@PathParam("id") UUID id) {
        return RetainerHoursJson.from(timesheet.standing(new RecurringInvoiceId(id), caller.tenant()));
    }

    @GET
    @Path("{id}/invoices")
    @Operation(operationId = "listRecurringInvoiceIssues", summary = "The invoices issued so far, latest day first")
    public List<IssuedDayJson> issued(@PathParam("id") UUID id) {
        return recurring.issuedDays(new RecurringInvoiceId(id), caller.tenant()).stream().map(IssuedDayJson::from).toList();
    }
}
