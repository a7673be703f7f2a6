package com.becflow.api.problem;

import com.becflow.shared.error.DomainException;
import com.becflow.shared.error.ErrorCode;
import java.util.Map;

/** Query or path parameters the API cannot use, each with its reason. */
public class InvalidParameters extends DomainException {

    public InvalidParameters(Map<String, String> errors) {
        super(ErrorCode.badRequest("invalid-parameters"), "Some parameters are invalid", errors);
    }
}
