package com.becflow.invoicing.recurring;

import com.becflow.shared.error.DomainException;
import com.becflow.shared.error.ErrorCode;
import java.util.Map;

/** A recurring invoice whose invoice fields or schedule break the rules, with every field at fault; nothing was stored. */
public class InvalidRecurringInvoice extends DomainException {

    public InvalidRecurringInvoice(Map<String, String> fieldErrors) {
        super(ErrorCode.badRequest("recurring-invoice.invalid"), "Invalid fields: " + fieldErrors.keySet(), fieldErrors);
    }
}
