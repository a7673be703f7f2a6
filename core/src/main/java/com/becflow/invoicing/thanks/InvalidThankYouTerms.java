package com.becflow.invoicing.thanks;

import com.becflow.shared.error.DomainException;
import com.becflow.shared.error.ErrorCode;
import java.util.Map;

/** The thank-you offer as sent cannot be kept; the fields say why. */
public class InvalidThankYouTerms extends DomainException {

    public InvalidThankYouTerms(Map<String, String> fieldErrors) {
        super(ErrorCode.badRequest("invoice-settings.thank-you.invalid"), "Invalid fields: " + fieldErrors.keySet(),
                fieldErrors);
    }
}
