package com.becflow.reminders;

import java.util.Map;
import java.util.Objects;

/**
 * The reminder repeated after a policy's last step: every {@code everyDays}, at most {@code limit} times, until the
 * invoice is paid. Its own text and translations are read as a {@link ReminderStep}'s are.
 */
public record EndlessReminder(int everyDays, int limit, ReminderTone tone, ReminderMedium medium,
                              ReminderTemplate template, Map<String, ReminderTemplate> translations) {

    public EndlessReminder {
        Objects.requireNonNull(tone, "tone");
        Objects.requireNonNull(medium, "medium");
        translations = ReminderTemplate.translations(translations);
    }

    /** An endless reminder with no translations of its own text. */
    public EndlessReminder(int everyDays, int limit, ReminderTone tone, ReminderMedium medium, ReminderTemplate template) {
        this(everyDays, limit, tone, medium, template, Map.of());
    }
}
