package com.becflow.reminders;

/** How a reminder speaks; a policy's steps escalate from friendly to formal, never back. */
public enum ReminderTone {
    FRIENDLY, FIRM, FORMAL
}
