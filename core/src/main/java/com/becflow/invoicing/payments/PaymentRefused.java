package com.becflow.invoicing.payments;

/** The payment provider refused the request; nothing was created. */
public class PaymentRefused extends RuntimeException {

    public PaymentRefused(String message) {
        super(message);
    }

    public PaymentRefused(String message, Throwable cause) {
        super(message, cause);
    }
}
