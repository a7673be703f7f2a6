package com.becflow.invoicing;

import com.becflow.shared.error.DomainException;
import com.becflow.shared.error.ErrorCode;
import java.util.Map;

/** An invoice, payment or setting with fields that break the rules; nothing was stored. */
public class InvalidInvoice extends DomainException {

    public InvalidInvoice(Map<String, String> fieldErrors) {
        super(ErrorCode.badRequest("invoice.invalid"), "Invalid fields: " + fieldErrors.keySet(), fieldErrors);
    }

    public static InvalidInvoice of(String field, String message) {
        return new InvalidInvoice(Map.of(field, message));
    }
}
