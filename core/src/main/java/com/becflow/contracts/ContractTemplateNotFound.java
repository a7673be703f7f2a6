package com.becflow.contracts;

import com.becflow.shared.error.DomainException;
import com.becflow.shared.error.ErrorCode;

public class ContractTemplateNotFound extends DomainException {

    public ContractTemplateNotFound(ContractTemplateId id) {
        super(ErrorCode.notFound("contract-template.not-found"), "No contract template " + id);
    }
}
