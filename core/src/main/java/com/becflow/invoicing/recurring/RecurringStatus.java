package com.becflow.invoicing.recurring;

/** Whether a recurring invoice still issues: paused ones skip their days until resumed; ended ones never issue again. */
public enum RecurringStatus {
    ACTIVE, PAUSED, ENDED
}
