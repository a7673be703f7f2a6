package com.becflow.invoicing;

import com.becflow.shared.error.DomainException;
import com.becflow.shared.error.ErrorCode;

/** The step asked for does not fit where the invoice stands, e.g. editing an issued invoice. */
public class InvoiceStateConflict extends DomainException {

    public InvoiceStateConflict(String message) {
        super(ErrorCode.conflict("invoice.state-conflict"), message);
    }
}
