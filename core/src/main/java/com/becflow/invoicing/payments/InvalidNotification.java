package com.becflow.invoicing.payments;

/** A notification that is not a genuine, fresh one from the payment provider. */
public class InvalidNotification extends RuntimeException {

    public InvalidNotification(String message) {
        super(message);
    }

    public InvalidNotification(String message, Throwable cause) {
        super(message, cause);
    }
}
