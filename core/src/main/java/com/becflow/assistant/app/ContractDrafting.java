package com.becflow.assistant.app;

import com.becflow.assistant.ContractBrief;
import com.becflow.assistant.ContractProposal;
import com.becflow.assistant.DraftProvenance;
import com.becflow.assistant.DraftingAssistant;
import com.becflow.assistant.TemplateChoice;
import java.util.logging.Logger;

/**
 * Who drafts and what stands: the model first when one may be asked, its answer retried once when it cannot be
 * read or breaks a rule, then the offline draft with a note saying why; whatever is returned is repaired by the
 * rules. No storage and no tenant here, so it is tested with the adapters alone.
 */
public final class ContractDrafting {

    private static final Logger LOG = Logger.getLogger(ContractDrafting.class.getName());

    private ContractDrafting() {
    }

    /** @param model null when no model may be asked */
    public static ContractProposal propose(ContractBrief brief, DraftingAssistant model, DraftingAssistant offline) {
        String note = null;
        if (model != null) {
            for (int attempt = 1; attempt <= 2; attempt++) {
                try {
                    ContractProposal proposal = model.proposeContract(brief);
                    TemplateChoice template = template(proposal, brief);
                    var problems = ProposalRepair.problems(proposal);
                    if (template != null && problems.isEmpty()) {
                        return UnsaidClauses.explained(proposal, template);
                    }
                    note = template == null ? "the model chose no template of this workspace"
                            : "the model's draft broke a rule (" + String.join(", ", problems.keySet()) + ")";
                } catch (AssistantFailed e) {
                    note = e.getMessage();
                    if (!e.retryable()) {
                        break;
                    }
                }
            }
            // Only why, never what: the brief and the answer hold the client's personal data.
            LOG.info("Drafting assistant fell back to the offline draft: " + note);
        }
        ContractProposal proposal = offline.proposeContract(brief);
        if (note != null) {
            proposal = new ContractProposal(proposal.templateId(), proposal.contract(), proposal.reasons(),
                    DraftProvenance.offline().withNote("The language model's draft was not used: " + note
                            + "; this is the offline draft"));
        }
        return ProposalRepair.repaired(proposal, template(proposal, brief), brief.defaultCurrency());
    }

    private static TemplateChoice template(ContractProposal proposal, ContractBrief brief) {
        return brief.templates().stream().filter(c -> c.id().equals(proposal.templateId())).findFirst().orElse(null);
    }
}
