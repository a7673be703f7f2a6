package com.becflow.api.reminders;

import com.becflow.reminders.EndlessReminder;
import com.becflow.reminders.InvalidReminderPolicy;
import com.becflow.reminders.ReminderMedium;
import com.becflow.reminders.ReminderPolicy;
import com.becflow.reminders.ReminderPolicyRule;
import com.becflow.reminders.ReminderStep;
import com.becflow.reminders.ReminderTemplate;
import com.becflow.reminders.ReminderTone;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Reminder steps by day from the due date, and the endless step after the last one. A step without a template uses the
 * built-in text for its tone in the client's language; with one, a client reading a language of its translations gets
 * that translation, any other client the template as written.
 */
public class ReminderPolicyJson {

    private static final String TRANSLATIONS = "The template in other languages, by language code (en, de, fr, es);"
            + " each checked as the template is. Only with a template; a client in a language left out gets the"
            + " template as written";

    @Schema(required = true, description = "At most 10, no two on the same day")
    public List<Step> steps;
    /** Repeats after the last step until paid, up to its limit; left out: none. */
    public Endless endless;

    /** One step. */
    public static class Step {
        @Schema(required = true, minimum = "-60", maximum = "365",
                description = "Days from the due date: negative before it, 0 on it")
        public Integer offsetDays;
        @Schema(required = true, enumeration = {"FRIENDLY", "FIRM", "FORMAL"})
        public String tone;
        @Schema(enumeration = {"EMAIL", "SMS", "PHONE_CALL"}, description = "EMAIL when left out")
        public String medium;
        public Template template;
        @Schema(description = TRANSLATIONS)
        public Map<String, Template> translations;
    }

    /** The endless step. */
    public static class Endless {
        @Schema(required = true, minimum = "1", maximum = "90")
        public Integer everyDays;
        @Schema(required = true, minimum = "1", maximum = "12", description = "How many times at most")
        public Integer limit;
        @Schema(required = true, enumeration = {"FRIENDLY", "FIRM", "FORMAL"})
        public String tone;
        @Schema(enumeration = {"EMAIL", "SMS", "PHONE_CALL"}, description = "EMAIL when left out")
        public String medium;
        public Template template;
        @Schema(description = TRANSLATIONS)
        public Map<String, Template> translations;
    }

    /** A template's own text with merge fields such as {@code {{clientName}}}; the body needs {@code {{payLink}}}. */
    public static class Template {
        @Schema(required = true, maxLength = 200)
        public String subject;
        @Schema(required = true, maxLength = 4000)
        public String body;
    }

    static ReminderPolicyJson from(ReminderPolicy policy) {
        if (policy == null) {
            return null;
        }
        ReminderPolicyJson json = new ReminderPolicyJson();
        json.steps = policy.steps().stream().map(s -> {
            Step step = new Step();
            step.offsetDays = s.offsetDays();
            step.tone = s.tone().name();
            step.medium = s.medium().name();
            step.template = template(s.template());
            step.translations = translations(s.translations());
            return step;
        }).toList();
        EndlessReminder e = policy.endless();
        if (e != null) {
            json.endless = new Endless();
            json.endless.everyDays = e.everyDays();
            json.endless.limit = e.limit();
            json.endless.tone = e.tone().name();
            json.endless.medium = e.medium().name();
            json.endless.template = template(e.template());
            json.endless.translations = translations(e.translations());
        }
        return json;
    }

    /** The policy this describes, validated; every missing or unknown value is named by its path. */
    ReminderPolicy toPolicy() {
        List<InvalidReminderPolicy.Violation> broken = new ArrayList<>();
        List<ReminderStep> parsed = new ArrayList<>();
        if (steps == null) {
            broken.add(missing("steps", "A list of steps (it may be empty)"));
        } else {
            for (int i = 0; i < steps.size(); i++) {
                Step s = steps.get(i);
                String path = "steps[" + i + "]";
                if (s == null) {
                    broken.add(missing(path, "A step"));
                    continue;
                }
                if (s.offsetDays == null) {
                    broken.add(missing(path + ".offsetDays", "Days from the due date"));
                }
                ReminderTone tone = parse(ReminderTone.class, s.tone, path + ".tone", broken, null);
                ReminderMedium medium = parse(ReminderMedium.class, s.medium, path + ".medium", broken, ReminderMedium.EMAIL);
                ReminderTemplate template = template(s.template, path + ".template", broken);
                Map<String, ReminderTemplate> translated = translations(s.translations, path, broken);
                if (s.offsetDays != null && tone != null && medium != null) {
                    parsed.add(new ReminderStep(s.offsetDays, tone, medium, template, translated));
                }
            }
        }
        EndlessReminder endlessStep = null;
        if (endless != null) {
            if (endless.everyDays == null) {
                broken.add(missing("endless.everyDays", "Days between repetitions"));
            }
            if (endless.limit == null) {
                broken.add(missing("endless.limit", "Repetitions at most"));
            }
            ReminderTone tone = parse(ReminderTone.class, endless.tone, "endless.tone", broken, null);
            ReminderMedium medium = parse(ReminderMedium.class, endless.medium, "endless.medium", broken,
                    ReminderMedium.EMAIL);
            ReminderTemplate template = template(endless.template, "endless.template", broken);
            Map<String, ReminderTemplate> translated = translations(endless.translations, "endless", broken);
            if (endless.everyDays != null && endless.limit != null && tone != null && medium != null) {
                endlessStep = new EndlessReminder(endless.everyDays, endless.limit, tone, medium, template, translated);
            }
        }
        if (!broken.isEmpty()) {
            throw new InvalidReminderPolicy(broken);
        }
        return new ReminderPolicy(parsed, endlessStep).validated();
    }

    private static Template template(ReminderTemplate t) {
        if (t == null) {
            return null;
        }
        Template json = new Template();
        json.subject = t.subject();
        json.body = t.body();
        return json;
    }

    private static Map<String, Template> translations(Map<String, ReminderTemplate> translations) {
        if (translations.isEmpty()) {
            return null;
        }
        Map<String, Template> json = new LinkedHashMap<>();
        translations.forEach((language, t) -> json.put(language, template(t)));
        return json;
    }

    /** Each translation as read, under {@code path.translations.de}; the domain judges the languages and texts. */
    private static Map<String, ReminderTemplate> translations(Map<String, Template> json, String path,
                                                              List<InvalidReminderPolicy.Violation> broken) {
        Map<String, ReminderTemplate> translations = new LinkedHashMap<>();
        if (json != null) {
            json.forEach((language, t) -> {
                ReminderTemplate template = template(t, path + ".translations." + language, broken);
                if (template != null) {
                    translations.put(language, template);
                } else if (t == null) {
                    broken.add(missing(path + ".translations." + language, "A template with a subject and a body"));
                }
            });
        }
        return translations;
    }

    private static ReminderTemplate template(Template json, String path, List<InvalidReminderPolicy.Violation> broken) {
        if (json == null) {
            return null;
        }
        if (json.subject == null || json.body == null) {
            broken.add(missing(path, "A template needs a subject and a body"));
            return null;
        }
        return new ReminderTemplate(json.subject, json.body);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String path,
                                               List<InvalidReminderPolicy.Violation> broken, E absent) {
        if (value == null || value.isBlank()) {
            if (absent == null) {
                broken.add(missing(path, "One of " + Arrays.toString(type.getEnumConstants())));
            }
            return absent;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            broken.add(missing(path, "One of " + Arrays.toString(type.getEnumConstants())));
            return null;
        }
    }

    private static InvalidReminderPolicy.Violation missing(String path, String message) {
        return new InvalidReminderPolicy.Violation(path, ReminderPolicyRule.FIELD_MISSING_OR_UNKNOWN, message);
    }
}
