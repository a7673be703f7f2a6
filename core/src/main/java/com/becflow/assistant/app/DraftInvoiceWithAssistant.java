package com.becflow.assistant.app;

import com.becflow.assistant.DraftProvenance;
import com.becflow.assistant.DraftingAssistant;
import com.becflow.assistant.DraftingAssistants;
import com.becflow.assistant.InvoiceBrief;
import com.becflow.assistant.InvoiceProposal;
import com.becflow.assistant.Reason;
import com.becflow.clients.Client;
import com.becflow.clients.ClientId;
import com.becflow.clients.app.ClientService;
import com.becflow.invoicing.InvoiceLine;
import com.becflow.shared.money.InvoiceCurrency;
import com.becflow.shared.tenant.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

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
                LocalDate.now(clock.withZone(ctx.zone())));
        DraftingAssistant model = modelSwitch.allowed(ctx) ? assistants.model().orElse(null) : null;
        String note = null;
        if (model != null) {
            for (int attempt = 1; attempt <= 2; attempt++) {
                try {
                    InvoiceProposal proposal = model.proposeInvoice(invoiceBrief);
                    InvoiceProposal checked = checked(proposal, client.currency());
                    if (checked.lines().size() == proposal.lines().size() && !checked.lines().isEmpty()) {
                        return checked;
                    }
                    note = "the model's lines broke a rule";
                } catch (AssistantFailed e) {
                    note = e.getMessage();
                    if (!e.retryable()) {
                        break;
                    }
                }
            }
        }
        InvoiceProposal offline = checked(assistants.offline().proposeInvoice(invoiceBrief), client.currency());
        return note == null ? offline : new InvoiceProposal(offline.currency(), offline.lines(), offline.reasons(),
                DraftProvenance.offline().withNote("The language model's lines were not used: " + note
                        + "; these are the offline lines"));
    }

    private static InvoiceProposal checked(InvoiceProposal proposal, Currency fallback) {
        List<String> problems = new ArrayList<>();
        Currency currency = proposal.currency() == null ? fallback
                : InvoiceCurrency.parse(proposal.currency(), problems::add).orElse(fallback);
        List<InvoiceLine> kept = new ArrayList<>();
        List<Reason> reasons = new ArrayList<>(proposal.reasons());
        for (int i = 0; i < proposal.lines().size(); i++) {
            InvoiceLine line = proposal.lines().get(i);
            var errors = new java.util.LinkedHashMap<>(line.problems(currency, false));
            if (line.unitPrice() != null && line.unitPrice().stripTrailingZeros().scale() > currency.getDefaultFractionDigits()) {
                errors.put("unitPrice", "More decimals than " + currency.getCurrencyCode() + " has");
            }
            if (errors.isEmpty()) {
                kept.add(line.normalized());
            } else {
                reasons.add(Reason.fromBrief("lines[" + i + "]", "left out: " + errors.values().iterator().next()));
            }
        }
        return new InvoiceProposal(currency.getCurrencyCode(), kept, reasons, proposal.provenance());
    }
}
