package com.becflow.contracts;

import com.becflow.shared.error.DomainException;
import com.becflow.shared.error.ErrorCode;
import java.util.Map;

/** A template, contract or signature with fields that break the rules; nothing was stored. */
public class InvalidContract extends DomainException {

    public InvalidContract(Map<String, String> fieldErrors) {
        super(ErrorCode.badRequest("contract.invalid"), "Invalid fields: " + fieldErrors.keySet(), fieldErrors);
    }
}
