package com.becflow.api.assistant;

import com.becflow.api.contracts.ContractInputJson;
import com.becflow.clients.ClientId;
import com.becflow.contracts.ContractTemplateId;
import com.becflow.contracts.app.SaveContract;

/**
 * A drafted contract's fields, the same as a contract sent to POST /contracts, so it can be sent there as it is.
 * A type of its own so that the request type stays a request type (closed to unknown fields in the document).
 */
public class DraftedContractJson extends ContractInputJson {

    static DraftedContractJson of(ContractTemplateId templateId, ClientId clientId, SaveContract contract) {
        DraftedContractJson json = new DraftedContractJson();
        json.fill(templateId, clientId, contract);
        return json;
    }
}
