package com.becflow.reminders;

/** A client's own reminders: a policy of their own instead of the tenant's, or none at all ({@code off}). */
public record ClientReminders(ReminderPolicy policy, boolean off) {

    public ClientReminders {
        if (!off && policy == null) {
            throw new IllegalArgumentException("A client's reminders are off or follow a policy of their own");
        }
    }
}
