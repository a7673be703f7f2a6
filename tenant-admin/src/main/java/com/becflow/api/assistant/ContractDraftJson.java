package com.becflow.api.assistant;

import com.becflow.api.contracts.ClauseWarningJson;
import com.becflow.assistant.ContractProposal;
import com.becflow.contracts.checks.ClauseWarning;
import com.becflow.clients.ClientId;
import java.util.List;

/** A contract draft to review: POST {@code contract} to /contracts as it is, or after editing it. */
public class ContractDraftJson {

    /** Ready to POST to /contracts; it carries the draft token, so the contract's history says the assistant drafted it. */
    public DraftedContractJson contract;
    public List<ReasonJson> reasons;
    public ProvenanceJson provenance;
    /** The rule checks on the drafted clauses, as GET /contracts/{id}/checks gives them once it is saved. */
    public List<ClauseWarningJson> warnings;

    static ContractDraftJson from(ContractProposal proposal, ClientId client, String draftToken,
                                  List<ClauseWarning> warnings) {
        ContractDraftJson json = new ContractDraftJson();
        json.contract = DraftedContractJson.of(proposal.templateId(), client, proposal.contract());
        json.contract.draftToken = draftToken;
        json.reasons = proposal.reasons().stream().map(ReasonJson::from).toList();
        json.provenance = ProvenanceJson.from(proposal.provenance());
        json.warnings = warnings.stream().map(ClauseWarningJson::from).toList();
        return json;
    }
}
