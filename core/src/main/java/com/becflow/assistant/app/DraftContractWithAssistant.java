package com.becflow.assistant.app;

import com.becflow.assistant.ContractBrief;
import com.becflow.assistant.ContractProposal;
import com.becflow.assistant.DraftingAssistant;
import com.becflow.assistant.DraftingAssistants;
import com.becflow.assistant.TemplateChoice;
import com.becflow.clients.Client;
import com.becflow.clients.ClientId;
import com.becflow.clients.app.ClientService;
import com.becflow.contracts.InvalidContract;
import com.becflow.contracts.app.ContractTemplateService;
import com.becflow.shared.tenant.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * A contract draft from the freelancer's brief, for them to review: nothing is saved here. The tenant's templates,
 * the client's currency and the tenant's today frame the brief; the domain's rules decide what of the proposal
 * stands. A language model is asked only when the tenant allowed it; its answer is retried once when it breaks a
 * rule or cannot be read, and the offline draft replaces it after that, with a note saying why.
 */
@ApplicationScoped
@Transactional
public class DraftContractWithAssistant {

    private final ContractTemplateService templates;
    private final ClientService clients;
    private final DraftingAssistants assistants;
    private final AssistantModelSwitch modelSwitch;
    private final Clock clock;

    @Inject
    public DraftContractWithAssistant(ContractTemplateService templates, ClientService clients,
                                      DraftingAssistants assistants, AssistantModelSwitch modelSwitch, Clock clock) {
        this.templates = templates;
        this.clients = clients;
        this.assistants = assistants;
        this.modelSwitch = modelSwitch;
        this.clock = clock;
    }

    protected DraftContractWithAssistant() {
        this(null, null, null, null, null);
    }

    public ContractProposal draft(ClientId clientId, String brief, TenantContext ctx) {
        String text = BriefCheck.checked(brief);
        Client client = clients.get(clientId, ctx);
        List<TemplateChoice> choices = templates.list(ctx).stream()
                .map(t -> new TemplateChoice(t.id(), t.content())).toList();
        if (choices.isEmpty()) {
            throw new InvalidContract(Map.of("templateId", "Add a contract template first; the assistant fills one in"));
        }
        String currency = client.currency().getCurrencyCode();
        ContractBrief contractBrief = new ContractBrief(text, choices, currency, ctx.today(clock));
        DraftingAssistant model = modelSwitch.allowed(ctx) ? assistants.model().orElse(null) : null;
        return ContractDrafting.propose(contractBrief, model, assistants.offline());
    }
}
