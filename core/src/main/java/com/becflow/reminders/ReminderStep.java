package com.becflow.reminders;

import java.util.Objects;

/**
 * One reminder of a policy: sent {@code offsetDays} after the invoice's due date (negative: before it, zero: on it),
 * in a tone, by a medium, with its own template or ({@code template} null) the built-in one for its tone in the
 * client's language.
 */
public record ReminderStep(int offsetDays, ReminderTone tone, ReminderMedium medium, ReminderTemplate template) {

    public ReminderStep {
        Objects.requireNonNull(tone, "tone");
        Objects.requireNonNull(medium, "medium");
    }

    public static ReminderStep email(int offsetDays, ReminderTone tone) {
        return new ReminderStep(offsetDays, tone, ReminderMedium.EMAIL, null);
    }
}
