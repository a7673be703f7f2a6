package com.becflow.contracts;

public enum ContractEventType {
    CREATED, UPDATED, SENT, VIEWED, LINK_RENEWED, SIGNED, COUNTERSIGNED, DECLINED, REVISED, VOIDED,
    /** A mail about the contract (its link) could not be delivered, for good. */
    MAIL_FAILED,
    /** The contract was drafted from a brief by the assistant: offline, or which language model. */
    DRAFTED_BY_ASSISTANT,
    /** The signed engagement was cancelled; the detail holds the calculation under its cancellation clause. */
    CANCELLED,
    /** The client accepted a payment plan on an invoice of the signed contract; the detail holds its terms' hash. */
    PLAN_ACCEPTED,
    /** The client, who had not opened the contract sent to them, was sent a gentle follow-up with a fresh link. */
    FOLLOW_UP_UNOPENED,
    /** The client, who had opened the contract and not signed it, was sent a gentle follow-up with a fresh link. */
    FOLLOW_UP_UNSIGNED
}
