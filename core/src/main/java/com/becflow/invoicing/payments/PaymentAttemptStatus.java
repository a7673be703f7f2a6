package com.becflow.invoicing.payments;

/**
 * Where a request to the provider stands. CREATING: stored, not yet answered. UNKNOWN: asked, no answer
 * (it may exist). OPEN: a checkout the client can pay. PROCESSING: paid by a bank debit that has not
 * cleared. SUCCEEDED, EXPIRED, FAILED: settled for good.
 */
public enum PaymentAttemptStatus {
    CREATING, UNKNOWN, OPEN, PROCESSING, SUCCEEDED, EXPIRED, FAILED;

    /** Not settled yet: it may still take (or return) money, so no second one starts beside it. */
    public boolean unsettled() {
        return this == CREATING || this == UNKNOWN || this == OPEN || this == PROCESSING;
    }
}
