package com.becflow.contracts;

/**
 * Where a contract stands. EXPIRED is never stored: a sent contract whose offer ran out reads as expired
 * (see {@link Contract#statusAt}).
 */
public enum ContractStatus {
    DRAFT, SENT, VIEWED, SIGNED, COUNTERSIGNED, DECLINED, EXPIRED, VOIDED,
    /** A signed engagement called off; its cancellation clause settled the fee. */
    CANCELLED;

    public boolean awaitsClient() {
        return this == SENT || this == VIEWED;
    }

    public boolean signed() {
        return this == SIGNED || this == COUNTERSIGNED;
    }
}
