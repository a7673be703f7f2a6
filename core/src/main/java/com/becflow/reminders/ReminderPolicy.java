package com.becflow.reminders;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Which reminders an invoice gets: steps timed from its due date, and an optional {@link EndlessReminder} after the
 * last one. A tenant has one (the {@link #standard()} one until it saves its own), a client or an invoice can have
 * its own instead. Always holds once {@link #validated()}: no two steps on the same day, every offset within
 * {@value #MIN_OFFSET}..{@value #MAX_OFFSET} days, every own text and each of its translations names only known merge
 * fields and, when the client reads it, the pay link; translations only of an own text, only in the languages
 * {@link StandardReminderTexts#LANGUAGES}.
 */
public record ReminderPolicy(List<ReminderStep> steps, EndlessReminder endless) {

    public static final int MIN_OFFSET = -60;
    public static final int MAX_OFFSET = 365;
    public static final int MAX_STEPS = 10;
    public static final int MAX_EVERY_DAYS = 90;
    public static final int MAX_REPEATS = 12;

    public ReminderPolicy {
        steps = List.copyOf(steps);
    }

    /**
     * Three days before the due date a friendly note, on it a friendly nudge, a week after a firm reminder, three weeks
     * after a formal one, then formally every fourteen days, four more times at most.
     */
    public static ReminderPolicy standard() {
        return new ReminderPolicy(List.of(ReminderStep.email(-3, ReminderTone.FRIENDLY),
                ReminderStep.email(0, ReminderTone.FRIENDLY), ReminderStep.email(7, ReminderTone.FIRM),
                ReminderStep.email(21, ReminderTone.FORMAL)),
                new EndlessReminder(14, 4, ReminderTone.FORMAL, ReminderMedium.EMAIL, null));
    }

    public Optional<EndlessReminder> endlessStep() {
        return Optional.ofNullable(endless);
    }

    /** This policy if it keeps every rule; otherwise {@link InvalidReminderPolicy} naming each broken field. */
    public ReminderPolicy validated() {
        List<InvalidReminderPolicy.Violation> broken = new ArrayList<>();
        if (steps.size() > MAX_STEPS) {
            broken.add(new InvalidReminderPolicy.Violation("steps", ReminderPolicyRule.TOO_MANY_STEPS,
                    "At most " + MAX_STEPS + " steps"));
        }
        Map<Integer, Integer> firstAt = new HashMap<>();
        for (int i = 0; i < steps.size(); i++) {
            ReminderStep step = steps.get(i);
            String path = "steps[" + i + "]";
            if (step.offsetDays() < MIN_OFFSET || step.offsetDays() > MAX_OFFSET) {
                broken.add(new InvalidReminderPolicy.Violation(path + ".offsetDays", ReminderPolicyRule.OFFSET_OUT_OF_RANGE,
                        "Between " + MIN_OFFSET + " and " + MAX_OFFSET + " days from the due date"));
            }
            Integer earlier = firstAt.putIfAbsent(step.offsetDays(), i);
            if (earlier != null) {
                broken.add(new InvalidReminderPolicy.Violation(path + ".offsetDays", ReminderPolicyRule.STEPS_OVERLAP,
                        "Falls on the same day as step " + (earlier + 1) + " (steps[" + earlier + "])"));
            }
            checkOwnTexts(path, step.medium(), step.template(), step.translations(), broken);
        }
        if (endless != null) {
            if (steps.isEmpty()) {
                broken.add(new InvalidReminderPolicy.Violation("endless", ReminderPolicyRule.ENDLESS_WITHOUT_STEPS,
                        "An endless reminder repeats the last step: add a step first"));
            }
            if (endless.everyDays() < 1 || endless.everyDays() > MAX_EVERY_DAYS) {
                broken.add(new InvalidReminderPolicy.Violation("endless.everyDays", ReminderPolicyRule.OFFSET_OUT_OF_RANGE,
                        "Between 1 and " + MAX_EVERY_DAYS + " days"));
            }
            if (endless.limit() < 1 || endless.limit() > MAX_REPEATS) {
                broken.add(new InvalidReminderPolicy.Violation("endless.limit", ReminderPolicyRule.ENDLESS_LIMIT_OUT_OF_RANGE,
                        "Between 1 and " + MAX_REPEATS + " repetitions"));
            }
            checkOwnTexts("endless", endless.medium(), endless.template(), endless.translations(), broken);
        }
        if (!broken.isEmpty()) {
            throw new InvalidReminderPolicy(broken);
        }
        return this;
    }

    /** The main own text under {@code path.template}, each translation under {@code path.translations.de}. */
    private static void checkOwnTexts(String path, ReminderMedium medium, ReminderTemplate template,
                                      Map<String, ReminderTemplate> translations,
                                      List<InvalidReminderPolicy.Violation> broken) {
        if (template == null && !translations.isEmpty()) {
            broken.add(new InvalidReminderPolicy.Violation(path + ".template", ReminderPolicyRule.TRANSLATION_WITHOUT_TEXT,
                    "Write the own text first: clients in a language without a translation receive it"));
        }
        checkTemplate(path + ".template", medium, template, broken);
        translations.forEach((language, translation) -> {
            String at = path + ".translations." + language;
            if (!StandardReminderTexts.LANGUAGES.contains(language)) {
                broken.add(new InvalidReminderPolicy.Violation(at, ReminderPolicyRule.LANGUAGE_NOT_SUPPORTED,
                        "Own texts are written in " + String.join(", ", new TreeSet<>(StandardReminderTexts.LANGUAGES))
                                + ", not " + language));
            } else {
                checkTemplate(at, medium, translation, broken);
            }
        });
    }

    /** One text, its rules broken named under {@code path} ({@code .subject}, {@code .body}, or the whole text). */
    private static void checkTemplate(String path, ReminderMedium medium, ReminderTemplate template,
                                      List<InvalidReminderPolicy.Violation> broken) {
        if (template == null) {
            return;
        }
        if (template.subject().isBlank() || template.subject().length() > ReminderTemplate.SUBJECT_LENGTH) {
            broken.add(new InvalidReminderPolicy.Violation(path + ".subject", ReminderPolicyRule.TEMPLATE_LENGTH,
                    "A subject of 1 to " + ReminderTemplate.SUBJECT_LENGTH + " characters"));
        }
        if (template.body().isBlank() || template.body().length() > ReminderTemplate.BODY_LENGTH) {
            broken.add(new InvalidReminderPolicy.Violation(path + ".body", ReminderPolicyRule.TEMPLATE_LENGTH,
                    "A body of 1 to " + ReminderTemplate.BODY_LENGTH + " characters"));
        }
        List<String> unknown = template.unknownFields();
        if (!unknown.isEmpty()) {
            broken.add(new InvalidReminderPolicy.Violation(path, ReminderPolicyRule.UNKNOWN_MERGE_FIELD,
                    "Unknown merge field {{" + unknown.get(0) + "}}; known: " + knownFields()));
        }
        if (medium.written() && !template.mentions(MergeField.PAY_LINK)) {
            broken.add(new InvalidReminderPolicy.Violation(path + ".body", ReminderPolicyRule.PAY_LINK_MISSING,
                    "The body must contain " + MergeField.PAY_LINK.placeholder() + " so the client can pay"));
        }
    }

    private static String knownFields() {
        return String.join(", ", java.util.Arrays.stream(MergeField.values()).map(MergeField::placeholder).toList());
    }

    /**
     * Every reminder this policy can send, earliest first: the steps, then the endless repetitions after the last
     * one. Each has a key naming its day relative to the due date, the same whatever else the policy holds, so a step
     * sent under an earlier version of the policy is still known as sent.
     */
    public List<ReminderOccurrence> occurrences() {
        List<ReminderStep> sorted = steps.stream().sorted(Comparator.comparingInt(ReminderStep::offsetDays)).toList();
        Map<Integer, ReminderOccurrence> byOffset = new LinkedHashMap<>();
        for (ReminderStep step : sorted) {
            byOffset.put(step.offsetDays(), new ReminderOccurrence(step.offsetDays(), step.tone(), step.medium(),
                    step.template(), step.translations(), 0));
        }
        if (endless != null && !sorted.isEmpty()) {
            int last = sorted.get(sorted.size() - 1).offsetDays();
            for (int repeat = 1; repeat <= endless.limit(); repeat++) {
                int offset = last + repeat * endless.everyDays();
                byOffset.putIfAbsent(offset, new ReminderOccurrence(offset, endless.tone(), endless.medium(),
                        endless.template(), endless.translations(), repeat));
            }
        }
        return List.copyOf(byOffset.values());
    }
}
