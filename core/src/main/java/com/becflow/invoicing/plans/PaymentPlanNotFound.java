package com.becflow.invoicing.plans;

import com.becflow.invoicing.InvoiceId;
import com.becflow.shared.error.DomainException;
import com.becflow.shared.error.ErrorCode;

/** The invoice has no plan that is not cancelled. */
public class PaymentPlanNotFound extends DomainException {

    public PaymentPlanNotFound(InvoiceId invoice) {
        super(ErrorCode.notFound("plan.not-found"), "Invoice " + invoice + " has no payment plan");
    }
}
