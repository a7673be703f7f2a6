package com.becflow.reminders;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
