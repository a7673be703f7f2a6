package com.becflow.invoicing.plans;

import com.becflow.invoicing.InvoiceId;
import com.becflow.shared.error.DomainException;
import com.becflow.shared.error.ErrorCode;

/** The invoice has no plan that is not cancelled, or its plan has no agreement yet. */
public class PaymentPlanNotFound extends DomainException {

    public PaymentPlanNotFound(InvoiceId invoice) {
        this("Invoice " + invoice + " has no payment plan");
    }

    private PaymentPlanNotFound(String message) {
        this("plan.not-found", message);
    }

    private PaymentPlanNotFound(String code, String message) {
        super(ErrorCode.notFound(code), message);
    }

    /** The plan was not accepted by the client (yet), so there is no agreement to show. */
    public static PaymentPlanNotFound noAgreement() {
        return new PaymentPlanNotFound("plan.agreement.not-found", "This payment plan has not been accepted, so it has"
                + " no agreement");
    }

    /** As the portal says it, naming no id. */
    public static PaymentPlanNotFound onThisInvoice() {
        return new PaymentPlanNotFound("This invoice has no payment plan");
    }
}
