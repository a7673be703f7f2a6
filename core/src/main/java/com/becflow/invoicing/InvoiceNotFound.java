package com.becflow.invoicing;

import com.becflow.shared.error.DomainException;
import com.becflow.shared.error.ErrorCode;

public class InvoiceNotFound extends DomainException {

    public InvoiceNotFound(Object id) {
        super(ErrorCode.notFound("invoice.not-found"), "No invoice " + id);
    }
}
