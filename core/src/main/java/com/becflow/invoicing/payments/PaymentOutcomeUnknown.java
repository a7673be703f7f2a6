package com.becflow.invoicing.payments;

/** No answer came from the payment provider; what was asked may or may not have happened. */
public class PaymentOutcomeUnknown extends RuntimeException {

    public PaymentOutcomeUnknown(String message) {
        super(message);
    }

    public PaymentOutcomeUnknown(String message, Throwable cause) {
        super(message, cause);
    }
}
