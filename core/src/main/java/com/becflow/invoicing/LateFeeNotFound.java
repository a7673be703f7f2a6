package com.becflow.invoicing;

import com.becflow.shared.error.DomainException;
import com.becflow.shared.error.ErrorCode;

/** A waiver named a late fee the invoice was never charged. */
public class LateFeeNotFound extends DomainException {

    public LateFeeNotFound(Object fee, Invoice invoice) {
        super(ErrorCode.notFound("invoice.late-fee.not-found"), "No late fee " + fee + " on " + invoice.describe());
    }
}
