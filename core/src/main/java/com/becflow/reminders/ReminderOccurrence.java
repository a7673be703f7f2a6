package com.becflow.reminders;

import java.util.Locale;
import java.util.Map;

/**
 * One reminder an invoice can get under a policy: a step, or one repetition of the endless step ({@code repeat} 1 and
 * up; 0 for a step). Known by its {@link #key()}, the day relative to the due date.
 */
public record ReminderOccurrence(int offsetDays, ReminderTone tone, ReminderMedium medium, ReminderTemplate template,
                                 Map<String, ReminderTemplate> translations, int repeat) {

    public ReminderOccurrence {
        translations = ReminderTemplate.translations(translations);
    }

    /** An occurrence whose own text (if any) has no translations. */
    public ReminderOccurrence(int offsetDays, ReminderTone tone, ReminderMedium medium, ReminderTemplate template,
                              int repeat) {
        this(offsetDays, tone, medium, template, Map.of(), repeat);
    }

    /** The own text a client reading {@code language} gets; null: none, the built-in text is used. */
    public ReminderTemplate ownTemplate(Locale language) {
        return ReminderTemplate.own(template, translations, language);
    }

    /** {@code D-3}, {@code D+0}, {@code D+35}: unique per invoice, kept with each reminder sent. */
    public String key() {
        return key(offsetDays);
    }

    public static String key(int offsetDays) {
        return "D" + (offsetDays < 0 ? "-" : "+") + Math.abs(offsetDays);
    }

    /** The offset a key names; {@link IllegalArgumentException} for anything that is not a key. */
    public static int offsetOf(String key) {
        if (key == null || !key.matches("D[+-][0-9]{1,3}")) {
            throw new IllegalArgumentException("Not a reminder step: " + key);
        }
        return Integer.parseInt(key.substring(1).replace("+", ""));
    }
}
