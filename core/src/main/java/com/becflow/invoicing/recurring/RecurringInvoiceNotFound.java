package com.becflow.invoicing.recurring;

import com.becflow.shared.error.DomainException;
import com.becflow.shared.error.ErrorCode;

public class RecurringInvoiceNotFound extends DomainException {

    public RecurringInvoiceNotFound(Object id) {
        super(ErrorCode.notFound("recurring-invoice.not-found"), "No recurring invoice " + id);
    }
}
