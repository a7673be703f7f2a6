package com.becflow.integrations.assistant;

import com.becflow.assistant.ContractBrief;
import com.becflow.assistant.ContractProposal;
import com.becflow.assistant.DraftProvenance;
import com.becflow.assistant.DraftingAssistant;
import com.becflow.assistant.InvoiceBrief;
import com.becflow.assistant.InvoiceProposal;
import com.becflow.assistant.Reason;
import com.becflow.assistant.TemplateMatcher;
import com.becflow.assistant.reading.BriefFacts;
import com.becflow.assistant.reading.BriefReader;
import com.becflow.assistant.reading.ContractDrafter;
import com.becflow.assistant.reading.InvoiceLineReader;
import java.util.ArrayList;
import java.util.List;

/**
 * The assistant that works with no network: the embedding model chooses the template, the deterministic reader
 * fills the fields. The same brief always gives the same draft.
 */
public class OfflineDraftingAssistant implements DraftingAssistant {

    private final TemplateMatcher matcher;

    public OfflineDraftingAssistant(TemplateMatcher matcher) {
        this.matcher = matcher;
    }

    @Override
    public DraftProvenance provenance() {
        return DraftProvenance.offline();
    }

    @Override
    public ContractProposal proposeContract(ContractBrief brief) {
        TemplateMatcher.Match match = matcher.closest(brief.text(), brief.templates());
        BriefFacts facts = BriefReader.read(brief.text(), brief.today());
        ContractDrafter.Draft draft = ContractDrafter.draft(facts, match.template(), brief.defaultCurrency());
        List<Reason> reasons = new ArrayList<>();
        reasons.add(Reason.fromBrief("templateId", match.because()));
        reasons.addAll(draft.reasons());
        return new ContractProposal(match.template().id(), draft.contract(), List.copyOf(reasons), provenance());
    }

    @Override
    public InvoiceProposal proposeInvoice(InvoiceBrief brief) {
        InvoiceLineReader.Lines lines = InvoiceLineReader.read(brief.text(), brief.defaultCurrency());
        return new InvoiceProposal(lines.currency(), lines.lines(), lines.reasons(), provenance());
    }
}
