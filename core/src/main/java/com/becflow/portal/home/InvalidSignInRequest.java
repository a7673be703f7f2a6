package com.becflow.portal.home;

import com.becflow.shared.error.DomainException;
import com.becflow.shared.error.ErrorCode;
import java.util.Map;

/** A sign-in asked for with something that is no email address. */
public class InvalidSignInRequest extends DomainException {

    public InvalidSignInRequest() {
        super(ErrorCode.badRequest("portal.sign-in.invalid"), "An email address is needed to send a sign-in link",
                Map.of("email", "An email address like name@example.com"));
    }
}
