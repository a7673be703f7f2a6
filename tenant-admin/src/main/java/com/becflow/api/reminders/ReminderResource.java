package com.becflow.api.reminders;

import com.becflow.api.security.ApiCaller;
import com.becflow.clients.ClientId;
import com.becflow.invoicing.InvoiceId;
import com.becflow.reminders.app.ReminderControls;
import com.becflow.reminders.app.ReminderPolicies;
import com.becflow.reminders.app.ReminderSending;
import com.becflow.shared.tenant.Actor;
import com.becflow.shared.tenant.TenantContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Automatic reminders: the workspace's policy, a client's own, and what each invoice gets next. */
@Path("reminders")
@Tag(name = "Reminders", description = "Automatic payment reminders: the workspace's policy and business hours, a "
        + "client's own reminders, each invoice's next reminder, its preview, pause, skip, send now and promises to pay")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReminderResource {

    static final int CALL_TASKS = 200;

    @Inject
    ReminderPolicies policies;

    @Inject
    ReminderControls controls;

    @Inject
    ReminderSending sending;

    @Inject
    ApiCaller caller;

    @GET
    @Path("policy")
    @Operation(operationId = "getReminderPolicy", summary = "The workspace's reminder policy and business hours")
    public ReminderSettingsJson policy() {
        return ReminderSettingsJson.from(policies.settings(caller.tenant()));
    }

    @PUT
    @Path("policy")
    @Operation(operationId = "updateReminderPolicy", summary = "Replace the workspace's reminder policy and hours",
            description = "policy null: the standard policy. Every broken rule is named by its field path, with its own"
                    + " code (reminder-policy.steps-overlap, .offset-out-of-range, .unknown-merge-field, "
                    + ".pay-link-missing, ...).")
    public ReminderSettingsJson updatePolicy(@NotNull(message = "Send the policy and hours as a JSON body")
                                             ReminderSettingsJson body) {
        return ReminderSettingsJson.from(policies.save(caller.tenant(), body.toSettings()));
    }

    @POST
    @Path("policy/preview")
    @Operation(operationId = "previewReminderPolicy", summary = "A step of a policy, before it is saved, as a client "
            + "would receive it", description = "About a made-up invoice: EUR 1,200.00 (in the workspace's currency) "
            + "issued today and due in 14 days, numbered as the workspace numbers invoices, read on the step's day; the"
            + " business name and contact are the workspace's own. The policy is judged as saving it would, with the "
            + "same field paths and codes; a step it does not have is 400 `reminder.step-unknown`.")
    public ReminderPreviewJson previewPolicy(@NotNull(message = "Send the policy and the step as a JSON body") @Valid
                                             ReminderPolicyPreviewJson body) {
        return ReminderPreviewJson.from(policies.sample(caller.tenant(), body.toPolicy(), body.step.strip(),
                body.toLanguage()));
    }

    @GET
    @Path("clients/{clientId}")
    @Operation(operationId = "getClientReminders", summary = "A client's own reminders, if any")
    public ClientRemindersJson client(@PathParam("clientId") UUID clientId) {
        return ClientRemindersJson.from(policies.client(caller.tenant(), new ClientId(clientId)).orElse(null));
    }

    @PUT
    @Path("clients/{clientId}")
    @Operation(operationId = "updateClientReminders", summary = "Give a client reminders of their own, or none",
            description = "off true: no reminders for this client; a policy: theirs instead of the workspace's; both "
                    + "left out: the workspace's policy again.")
    public ClientRemindersJson updateClient(@PathParam("clientId") UUID clientId,
                                            @NotNull(message = "Send off or policy as a JSON body") ClientRemindersJson body) {
        return ClientRemindersJson.from(policies.saveClient(caller.tenant(), new ClientId(clientId), body.toReminders())
                .orElse(null));
    }

    @GET
    @Path("invoices/{id}")
    @Operation(operationId = "getInvoiceReminders", summary = "An invoice's next reminder and those done")
    public InvoiceRemindersJson invoice(@PathParam("id") UUID id) {
        return reminders(caller.tenant(), new InvoiceId(id));
    }

    @GET
    @Path("invoices/{id}/preview")
    @Operation(operationId = "previewInvoiceReminder", summary = "A reminder step as the client would receive it",
            description = "In the client's language, with today's amount due and days overdue; the sent reminder "
                    + "carries a personal pay link made when it is sent.")
    public ReminderPreviewJson preview(@PathParam("id") UUID id,
                                       @Parameter(description = "The step, such as D-3, D+0, D+7; the next one when "
                                               + "left out") @QueryParam("step") String step) {
        return ReminderPreviewJson.from(policies.preview(caller.tenant(), new InvoiceId(id),
                step == null || step.isBlank() ? null : step.strip()));
    }

    @POST
    @Path("invoices/{id}/pause")
    @Operation(operationId = "pauseInvoiceReminders", summary = "No reminders through a day; they resume after it")
    @APIResponse(responseCode = "409", description = "The invoice is not open (`reminder.invoice-not-open`)")
    public InvoiceRemindersJson pause(@PathParam("id") UUID id,
                                      @NotNull(message = "Send the day as a JSON body") ReminderHoldJson body) {
        TenantContext ctx = caller.tenant();
        controls.pause(ctx, new InvoiceId(id), body.day);
        return reminders(ctx, new InvoiceId(id));
    }

    @POST
    @Path("invoices/{id}/resume")
    @Operation(operationId = "resumeInvoiceReminders", summary = "Lift a pause and a promise")
    @APIResponse(responseCode = "409", description = "The invoice is not open (`reminder.invoice-not-open`)")
    public InvoiceRemindersJson resume(@PathParam("id") UUID id) {
        TenantContext ctx = caller.tenant();
        controls.resume(ctx, new InvoiceId(id));
        return reminders(ctx, new InvoiceId(id));
    }

    @POST
    @Path("invoices/{id}/skip")
    @Operation(operationId = "skipInvoiceReminder", summary = "Pass over the next reminder step")
    @APIResponse(responseCode = "409", description = "Not open (`reminder.invoice-not-open`) or no step left "
            + "(`reminder.none-left`)")
    public InvoiceRemindersJson skip(@PathParam("id") UUID id) {
        TenantContext ctx = caller.tenant();
        controls.skip(ctx, new InvoiceId(id));
        return reminders(ctx, new InvoiceId(id));
    }

    @POST
    @Path("invoices/{id}/send-now")
    @Operation(operationId = "sendInvoiceReminderNow", summary = "Send the next reminder now",
            description = "Whatever its day, the business hours or a pause say; never while a payment is in flight.")
    @APIResponse(responseCode = "409", description = "Not open (`reminder.invoice-not-open`), no step left "
            + "(`reminder.none-left`) or a payment in flight (`reminder.payment-in-flight`)")
    public InvoiceRemindersJson sendNow(@PathParam("id") UUID id) {
        TenantContext ctx = caller.tenant();
        sending.sendNow(ctx, new InvoiceId(id));
        return reminders(ctx, new InvoiceId(id));
    }

    @POST
    @Path("invoices/{id}/promise")
    @Operation(operationId = "recordPromiseToPay", summary = "Record the client's promise to pay by a day",
            description = "No reminders until that day has passed where the client lives.")
    @APIResponse(responseCode = "409", description = "The invoice is not open (`reminder.invoice-not-open`)")
    public InvoiceRemindersJson promise(@PathParam("id") UUID id,
                                        @NotNull(message = "Send the day as a JSON body") ReminderHoldJson body) {
        TenantContext ctx = caller.tenant();
        controls.promise(ctx, new InvoiceId(id), body.day, Actor.freelancer(ctx));
        return reminders(ctx, new InvoiceId(id));
    }

    @GET
    @Path("call-tasks")
    @Operation(operationId = "listReminderCallTasks", summary = "Calls to make: reminders to clients who prefer a call")
    public List<InvoiceRemindersJson.Done> callTasks() {
        return controls.callTasks(caller.tenant(), CALL_TASKS).stream().map(InvoiceRemindersJson.Done::from).toList();
    }

    private InvoiceRemindersJson reminders(TenantContext ctx, InvoiceId id) {
        return new InvoiceRemindersJson(controls.next(ctx, id).map(InvoiceRemindersJson.Next::from).orElse(null),
                controls.done(ctx, id).stream().map(InvoiceRemindersJson.Done::from).toList());
    }
}
