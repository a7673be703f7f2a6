package com.becflow.contracts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds and fills the {@code {{field}}} placeholders of a template's text. */
public final class MergeFields {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^{}]*?)\\s*}}");

    private MergeFields() {
    }

    /** What is wrong with the placeholders of a text, or empty when every one is known and closed. */
    public static Optional<String> problem(String text) {
        List<String> unknown = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            if (MergeField.byKey(m.group(1)).isEmpty() && !unknown.contains(m.group(1))) {
                unknown.add(m.group(1));
            }
        }
        if (!unknown.isEmpty()) {
            return Optional.of((unknown.size() == 1 ? "Unknown merge field {{" + unknown.get(0) + "}}"
                    : "Unknown merge fields " + unknown.stream().map(u -> "{{" + u + "}}").toList())
                    + "; use one of " + MergeField.allKeys());
        }
        String rest = PLACEHOLDER.matcher(text).replaceAll("");
        if (rest.contains("{{") || rest.contains("}}")) {
            return Optional.of("A merge field is not closed: write it as {{client.name}}");
        }
        return Optional.empty();
    }

    /** The text with every placeholder replaced; a value missing from the map is left blank. */
    public static String fill(String text, Map<MergeField, String> values) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = MergeField.byKey(m.group(1)).map(values::get).orElse(null);
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? "" : value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
