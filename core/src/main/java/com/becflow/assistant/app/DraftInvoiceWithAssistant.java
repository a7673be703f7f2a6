package com.becflow.assistant.app;

import com.becflow.assistant.DraftingAssistant;
import com.becflow.assistant.DraftingAssistants;
import com.becflow.assistant.InvoiceBrief;
import com.becflow.assistant.InvoiceProposal;
import com.becflow.clients.Client;
import com.becflow.clients.ClientId;
import com.becflow.clients.app.ClientService;
import com.becflow.shared.tenant.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;

/**
 * Invoice lines from the freelancer's brief, to review in the invoice editor; nothing is saved here. A line that
 * breaks a line rule (a zero quantity, too many decimals for the currency) is left out, with the reason why.
 */
@ApplicationScoped
@Transactional
public class DraftInvoiceWithAssistant {

    private final ClientService clients;
    private final DraftingAssistants assistants;
    private final AssistantModelSwitch modelSwitch;
    private final Clock clock;

    @Inject
    public DraftInvoiceWithAssistant(ClientService clients, DraftingAssistants assistants,
                                     AssistantModelSwitch modelSwitch, Clock clock) {
        this.clients = clients;
        this.assistants = assistants;
        this.modelSwitch = modelSwitch;
        this.clock = clock;
    }

    protected DraftInvoiceWithAssistant() {
        this(null, null, null, null);
    }

    public InvoiceProposal draft(ClientId clientId, String brief, TenantContext ctx) {
        String text = BriefCheck.checked(brief);
        Client client = clients.get(clientId, ctx);
        InvoiceBrief invoiceBrief = new InvoiceBrief(text, client.currency().getCurrencyCode(),
                ctx.today(clock));
        DraftingAssistant model = modelSwitch.allowed(ctx) ? assistants.model().orElse(null) : null;
        return InvoiceDrafting.propose(invoiceBrief, model, assistants.offline(), client.currency());
    }
}
