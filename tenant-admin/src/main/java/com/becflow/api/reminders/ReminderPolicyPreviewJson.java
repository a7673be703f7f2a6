package com.becflow.api.reminders;

import com.becflow.reminders.ReminderPolicy;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A step of a policy not saved yet, to read as a client would; the policy is judged as saving it would. */
public class ReminderPolicyPreviewJson {

    /** The policy being edited; left out: the standard one. */
    public ReminderPolicyJson policy;
    @NotBlank(message = "Name the step, such as D-3, D+0 or D+7")
    @Schema(required = true, description = "The step by its day from the due date, such as D-3, D+0, D+7")
    public String step;
    @Pattern(regexp = "en|de|fr|es", message = "One of en, de, fr, es")
    @Schema(enumeration = {"en", "de", "fr", "es"}, description = "The client's language; en when left out")
    public String language;

    ReminderPolicy toPolicy() {
        return policy == null ? ReminderPolicy.standard() : policy.toPolicy();
    }

    Locale toLanguage() {
        return Locale.forLanguageTag(language == null ? "en" : language);
    }
}
