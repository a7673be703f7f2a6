package com.becflow.reminders;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A reminder's subject and body, with {@link MergeField}s written as {@code {{name}}}. */
public record ReminderTemplate(String subject, String body) {

    static final int SUBJECT_LENGTH = 200;
    static final int BODY_LENGTH = 4000;
    private static final Pattern FIELD = Pattern.compile("\\{\\{\\s*([^{}]*?)\\s*}}");

    public ReminderTemplate {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
    }

    /**
     * The own text a client reading {@code language} gets: its translation, else the main text as written (so a
     * client in a language without a translation still gets the freelancer's words); null when there is no own text.
     */
    public static ReminderTemplate own(ReminderTemplate main, Map<String, ReminderTemplate> translations,
                                       Locale language) {
        ReminderTemplate translated = language == null ? null : translations.get(language.getLanguage());
        return translated != null ? translated : main;
    }

    /** Translations by language code, as a record keeps them: never null, ordered by code, unchangeable. */
    static Map<String, ReminderTemplate> translations(Map<String, ReminderTemplate> translations) {
        if (translations == null || translations.isEmpty()) {
            return Map.of();
        }
        Map<String, ReminderTemplate> sorted = new TreeMap<>();
        translations.forEach((language, template) -> sorted.put(Objects.requireNonNull(language, "language"),
                Objects.requireNonNull(template, "translation of " + language)));
        return Collections.unmodifiableMap(sorted);
    }

    /** The names in braces that are no merge field, in the order they appear. */
    public List<String> unknownFields() {
        List<String> unknown = new ArrayList<>();
        for (String text : List.of(subject, body)) {
            Matcher m = FIELD.matcher(text);
            while (m.find()) {
                if (MergeField.byToken(m.group(1)).isEmpty()) {
                    unknown.add(m.group(1));
                }
            }
        }
        return unknown;
    }

    public boolean mentions(MergeField field) {
        Matcher m = FIELD.matcher(body);
        while (m.find()) {
            if (field.token().equals(m.group(1))) {
                return true;
            }
        }
        return false;
    }

    /** The template with every field replaced by its value; a field without a value becomes empty. */
    public RenderedReminder render(Map<MergeField, String> values) {
        return new RenderedReminder(fill(subject, values), fill(body, values));
    }

    private static String fill(String text, Map<MergeField, String> values) {
        Matcher m = FIELD.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 64);
        while (m.find()) {
            String value = MergeField.byToken(m.group(1)).map(values::get).orElse(m.group());
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? "" : value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
