package com.becflow.reminders;

import java.util.Objects;

/**
 * The reminder repeated after a policy's last step: every {@code everyDays}, at most {@code limit} times, until the
 * invoice is paid.
 */
public record EndlessReminder(int everyDays, int limit, ReminderTone tone, ReminderMedium medium,
                              ReminderTemplate template) {

    public EndlessReminder {
        Objects.requireNonNull(tone, "tone");
        Objects.requireNonNull(medium, "medium");
    }
}
