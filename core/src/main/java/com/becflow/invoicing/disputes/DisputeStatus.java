package com.becflow.invoicing.disputes;

/** Where a client's dispute stands: waiting for the freelancer, settled by a credit note, or rejected with an answer. */
public enum DisputeStatus {
    OPEN, CREDITED, REJECTED
}
