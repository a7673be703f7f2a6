package com.becflow.tenancy;

import com.becflow.shared.error.DomainException;
import com.becflow.shared.error.ErrorCode;
import java.util.Map;

public class InvalidSignUp extends DomainException {

    public InvalidSignUp(String field, String message) {
        super(ErrorCode.badRequest("signup.invalid"), message, Map.of(field, message));
    }
}
