package com.becflow.db.reminders;

import com.becflow.reminders.EndlessReminder;
import com.becflow.reminders.ReminderMedium;
import com.becflow.reminders.ReminderPolicy;
import com.becflow.reminders.ReminderStep;
import com.becflow.reminders.ReminderTemplate;
import com.becflow.reminders.ReminderTone;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A reminder policy as kept in a tenant's schema: JSON with named fields, so a stored policy outlives a reordering. */
final class ReminderPolicyJson {

    private ReminderPolicyJson() {
    }

    static String write(ReminderPolicy policy) {
        if (policy == null) {
            return null;
        }
        var steps = Json.createArrayBuilder();
        for (ReminderStep step : policy.steps()) {
            steps.add(part(Json.createObjectBuilder().add("offsetDays", step.offsetDays()), step.tone(), step.medium(),
                    step.template(), step.translations()));
        }
        JsonObjectBuilder json = Json.createObjectBuilder().add("steps", steps);
        EndlessReminder endless = policy.endless();
        if (endless != null) {
            json.add("endless", part(Json.createObjectBuilder().add("everyDays", endless.everyDays())
                    .add("limit", endless.limit()), endless.tone(), endless.medium(), endless.template(),
                    endless.translations()));
        }
        return json.build().toString();
    }

    static ReminderPolicy read(String text) {
        if (text == null) {
            return null;
        }
        JsonObject json = Json.createReader(new StringReader(text)).readObject();
        List<ReminderStep> steps = json.getJsonArray("steps").getValuesAs(JsonObject.class).stream()
                .map(s -> new ReminderStep(s.getInt("offsetDays"), ReminderTone.valueOf(s.getString("tone")),
                        ReminderMedium.valueOf(s.getString("medium")), template(s), translations(s))).toList();
        EndlessReminder endless = null;
        if (json.containsKey("endless") && json.get("endless").getValueType() == JsonValue.ValueType.OBJECT) {
            JsonObject e = json.getJsonObject("endless");
            endless = new EndlessReminder(e.getInt("everyDays"), e.getInt("limit"), ReminderTone.valueOf(e.getString("tone")),
                    ReminderMedium.valueOf(e.getString("medium")), template(e), translations(e));
        }
        return new ReminderPolicy(steps, endless);
    }

    private static JsonObjectBuilder part(JsonObjectBuilder json, ReminderTone tone, ReminderMedium medium,
                                          ReminderTemplate template, Map<String, ReminderTemplate> translations) {
        json.add("tone", tone.name()).add("medium", medium.name());
        if (template != null) {
            json.add("template", text(template));
        }
        if (!translations.isEmpty()) {
            JsonObjectBuilder byLanguage = Json.createObjectBuilder();
            translations.forEach((language, translation) -> byLanguage.add(language, text(translation)));
            json.add("translations", byLanguage);
        }
        return json;
    }

    private static JsonObjectBuilder text(ReminderTemplate template) {
        return Json.createObjectBuilder().add("subject", template.subject()).add("body", template.body());
    }

    private static ReminderTemplate template(JsonObject part) {
        if (!part.containsKey("template") || part.get("template").getValueType() != JsonValue.ValueType.OBJECT) {
            return null;
        }
        return text(part.getJsonObject("template"));
    }

    /** Policies stored before own texts had translations have none. */
    private static Map<String, ReminderTemplate> translations(JsonObject part) {
        if (!part.containsKey("translations") || part.get("translations").getValueType() != JsonValue.ValueType.OBJECT) {
            return Map.of();
        }
        Map<String, ReminderTemplate> translations = new LinkedHashMap<>();
        part.getJsonObject("translations").forEach((language, t) -> translations.put(language, text(t.asJsonObject())));
        return translations;
    }

    private static ReminderTemplate text(JsonObject t) {
        return new ReminderTemplate(t.getString("subject"), t.getString("body"));
    }
}
