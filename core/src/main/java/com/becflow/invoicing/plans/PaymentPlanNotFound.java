package com.becflow.invoicing.plans;

import com.becflow.invoicing.InvoiceId;
import com.becflow.shared.error.DomainException;
import com.becflow.shared.error.ErrorCode;

/** The invoice has no plan that is not cancelled. */
public class PaymentPlanNotFound extends DomainException {

    public PaymentPlanNotFound(InvoiceId invoice) {
        this("Invoice " + invoice + " has no payment plan");
    }

    private PaymentPlanNotFound(String message) {
        super(ErrorCode.notFound("plan.not-found"), message);
    }

    /** As the portal says it, naming no id. */
    public static PaymentPlanNotFound onThisInvoice() {
        return new PaymentPlanNotFound("This invoice has no payment plan");
    }
}
