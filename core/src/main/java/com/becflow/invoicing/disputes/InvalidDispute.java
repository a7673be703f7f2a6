package com.becflow.invoicing.disputes;

import com.becflow.shared.error.DomainException;
import com.becflow.shared.error.ErrorCode;
import java.util.Map;

/** A dispute or an answer to one that breaks a rule; each broken field is named, nothing is stored. */
public class InvalidDispute extends DomainException {

    public InvalidDispute(Map<String, String> fieldErrors) {
        super(ErrorCode.badRequest("dispute.invalid"), "Invalid dispute: " + fieldErrors.keySet(), fieldErrors);
    }
}
