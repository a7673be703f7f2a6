package com.becflow.invoicing.disputes;

import com.becflow.shared.error.DomainException;
import com.becflow.shared.error.ErrorCode;

/** No dispute of that id on that invoice in this workspace. */
public class DisputeNotFound extends DomainException {

    public DisputeNotFound(InvoiceDisputeId id) {
        super(ErrorCode.notFound("dispute.not-found"), "No dispute " + id + " on this invoice");
    }
}
