package com.becflow.contracts;

import com.becflow.shared.error.DomainException;
import com.becflow.shared.error.ErrorCode;

public class ContractNotFound extends DomainException {

    public ContractNotFound(Object id) {
        super(ErrorCode.notFound("contract.not-found"), "No contract " + id);
    }
}
