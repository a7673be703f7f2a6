package com.becflow.contracts;

import com.becflow.shared.error.DomainException;
import com.becflow.shared.error.ErrorCode;

/** The step asked for does not fit where the contract stands, e.g. editing a signed contract. */
public class ContractStateConflict extends DomainException {

    public ContractStateConflict(String message) {
        super(ErrorCode.conflict("contract.state-conflict"), message);
    }
}
