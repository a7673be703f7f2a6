package com.becflow.invoicing.app;

import com.becflow.shared.error.DomainException;
import com.becflow.shared.error.ErrorCode;

/** An online payment for the invoice is under way or its outcome is still being checked: no second one now. */
public class PaymentPending extends DomainException {

    public PaymentPending(String message) {
        super(ErrorCode.conflict("payment.pending"), message);
    }
}
