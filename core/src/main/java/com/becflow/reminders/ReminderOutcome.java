package com.becflow.reminders;

/** What became of one reminder step of an invoice. */
public enum ReminderOutcome {
    /** Written to the client (the mail is in the outbox). */
    SENT,
    /** Put on the freelancer's list as a call to make. */
    CALL_TASK,
    /** Passed over by the freelancer. */
    SKIPPED
}
