package com.becflow.invoicing.plans;

/** Where an invoice's autopay stands. */
public enum AutopayStatus {
    /** The client opened a page to save a method and has not saved one yet; nothing is charged. */
    SETTING_UP,
    /** Installments are charged on their due dates from the saved method. */
    ON,
    /** The last charge needs the client (their bank asks them to authenticate, the card expired): nothing is charged until they save a method again. */
    NEEDS_CLIENT,
    /** Turned off by the client, or stopped because the saved method failed for good. */
    OFF;

    /** Whether the job charges installments now. */
    public boolean charging() {
        return this == ON;
    }
}
