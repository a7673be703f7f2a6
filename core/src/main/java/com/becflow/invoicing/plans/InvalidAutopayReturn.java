package com.becflow.invoicing.plans;

import com.becflow.shared.error.DomainException;
import com.becflow.shared.error.ErrorCode;
import java.util.Map;

/** The client's return from the card page names no page, or a malformed one; nothing was read or written. */
public class InvalidAutopayReturn extends DomainException {

    public InvalidAutopayReturn(String field) {
        super(ErrorCode.badRequest("autopay.setup-page.invalid"), "Which card page did you come back from?",
                Map.of(field, "The card page's id, as the payment provider sent you back with it"));
    }
}
