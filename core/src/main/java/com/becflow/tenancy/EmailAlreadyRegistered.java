package com.becflow.tenancy;

import com.becflow.shared.error.DomainException;
import com.becflow.shared.error.ErrorCode;
import java.util.Map;

public class EmailAlreadyRegistered extends DomainException {

    public EmailAlreadyRegistered(String email) {
        super(ErrorCode.conflict("signup.email-taken"), "An account with " + email + " already exists",
                Map.of("email", "An account with this email already exists; sign in instead"));
    }
}
