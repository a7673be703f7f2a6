package com.becflow.reminders;

import com.becflow.shared.error.DomainException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A reminder policy that breaks its rules; nothing was stored. The code is the first broken rule's; the field errors
 * name every broken field by its path ({@code steps[2].offsetDays}, {@code endless.template.body}).
 */
public class InvalidReminderPolicy extends DomainException {

    /** One broken rule on one field. */
    public record Violation(String field, ReminderPolicyRule rule, String message) {
    }

    private final List<Violation> violations;

    public InvalidReminderPolicy(List<Violation> violations) {
        super(violations.get(0).rule().code(), "Invalid reminder policy: " + violations.stream()
                .map(v -> v.field() + " (" + v.message() + ")").toList(), fields(violations));
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }

    private static Map<String, String> fields(List<Violation> violations) {
        Map<String, String> fields = new LinkedHashMap<>();
        violations.forEach(v -> fields.merge(v.field(), v.message(), (a, b) -> a + "; " + b));
        return fields;
    }
}
