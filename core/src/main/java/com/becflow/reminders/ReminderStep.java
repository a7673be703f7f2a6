package com.becflow.reminders;

import java.util.Map;
import java.util.Objects;

/**
 * One reminder of a policy: sent {@code offsetDays} after the invoice's due date (negative: before it, zero: on it),
 * in a tone, by a medium, with its own template or ({@code template} null) the built-in one for its tone in the
 * client's language. The own template may have {@code translations} by language code ({@code de}): a client reading
 * one of them gets it, any other client the template as written ({@link ReminderTemplate#own}).
 */
public record ReminderStep(int offsetDays, ReminderTone tone, ReminderMedium medium, ReminderTemplate template,
                           Map<String, ReminderTemplate> translations) {

    public ReminderStep {
        Objects.requireNonNull(tone, "tone");
        Objects.requireNonNull(medium, "medium");
        translations = ReminderTemplate.translations(translations);
    }

    /** A step with no translations of its own text. */
    public ReminderStep(int offsetDays, ReminderTone tone, ReminderMedium medium, ReminderTemplate template) {
        this(offsetDays, tone, medium, template, Map.of());
    }

    public static ReminderStep email(int offsetDays, ReminderTone tone) {
        return new ReminderStep(offsetDays, tone, ReminderMedium.EMAIL, null);
    }
}
