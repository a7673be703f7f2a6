package com.becflow.api.assistant;

import com.becflow.api.security.ApiCaller;
import com.becflow.assistant.ContractProposal;
import com.becflow.assistant.InvalidAssistantRequest;
import com.becflow.assistant.app.AssistantDraftTokens;
import com.becflow.assistant.app.AssistantModelSwitch;
import com.becflow.assistant.app.DraftContractWithAssistant;
import com.becflow.assistant.app.DraftInvoiceWithAssistant;
import com.becflow.clients.ClientId;
import com.becflow.shared.tenant.TenantContext;
import jakarta.enterprise.context.RequestScoped;
import com.becflow.contracts.app.ContractCheckup;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Drafts from the freelancer's own words; nothing here stores a contract or an invoice. */
@Path("assistant")
@Tag(name = "Assistant", description = "Contract and invoice drafts from a brief in the freelancer's own words, "
        + "each field with the reason it holds its value; made offline unless the workspace allowed a language model")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AssistantResource {

    @Inject
    DraftContractWithAssistant contracts;

    @Inject
    DraftInvoiceWithAssistant invoices;

    @Inject
    AssistantModelSwitch modelSwitch;

    @Inject
    AssistantDraftTokens tokens;

    @Inject
    ContractCheckup checkup;

    @Inject
    ApiCaller caller;

    @POST
    @Path("contract-drafts")
    @Operation(operationId = "draftContract", summary = "Draft a contract from a brief",
            description = "Chooses a template and fills the fields the brief gives; nothing is stored. An empty brief "
                    + "(`assistant.brief.empty`), one over 8,000 characters (`assistant.brief.too-long`) or one in a "
                    + "language other than English, German, French or Spanish "
                    + "(`assistant.brief.language-unsupported`) is refused.")
    public ContractDraftJson draftContract(@NotNull(message = "Send clientId and brief as a JSON body") DraftRequestJson body) {
        TenantContext ctx = caller.tenant();
        ClientId client = client(body);
        ContractProposal proposal = contracts.draft(client, body.brief, ctx);
        return ContractDraftJson.from(proposal, client, tokens.issue(proposal.provenance(), ctx),
                checkup.of(client, proposal.contract().terms(), proposal.contract().fee(), proposal.contract().currency(), ctx));
    }

    @POST
    @Path("invoice-drafts")
    @Operation(operationId = "draftInvoiceLines", summary = "Draft invoice lines from a brief",
            description = "Nothing is stored; the same brief rules apply as for contract drafts.")
    public InvoiceDraftJson draftInvoice(@NotNull(message = "Send clientId and brief as a JSON body") DraftRequestJson body) {
        return InvoiceDraftJson.from(invoices.draft(client(body), body.brief, caller.tenant()));
    }

    @GET
    @Path("settings")
    @Operation(operationId = "getAssistantSettings", summary = "Whether drafts may use the server's language model")
    public AssistantSettingsJson settings() {
        return AssistantSettingsJson.from(modelSwitch.state(caller.tenant()));
    }

    @PUT
    @Path("settings")
    @Operation(operationId = "updateAssistantSettings", summary = "Allow or forbid the server's language model",
            description = "While allowed, and only if the operator configured a model, briefs are sent to it.")
    public AssistantSettingsJson updateSettings(@NotNull(message = "Send modelAllowed as a JSON body") AssistantSettingsJson body) {
        if (body.modelAllowed == null) {
            throw new InvalidAssistantRequest(Map.of("modelAllowed", "Say true or false"));
        }
        return AssistantSettingsJson.from(modelSwitch.allowModel(body.modelAllowed, caller.tenant()));
    }

    private static ClientId client(DraftRequestJson body) {
        if (body.clientId == null) {
            throw new InvalidAssistantRequest(Map.of("clientId", "Choose a client"));
        }
        return new ClientId(body.clientId);
    }
}
