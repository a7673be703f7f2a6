package com.becflow.assistant;

import com.becflow.contracts.ContractTemplateId;
import com.becflow.contracts.app.SaveContract;
import java.util.List;

/**
 * A contract draft as proposed: the chosen template and the fields to save (unset fields fall back to the
 * template's, as for any new contract), each filled field with its reason.
 */
public record ContractProposal(ContractTemplateId templateId, SaveContract contract, List<Reason> reasons,
                               DraftProvenance provenance) {
}
