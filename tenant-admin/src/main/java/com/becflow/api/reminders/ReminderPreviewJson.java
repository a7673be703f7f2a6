package com.becflow.api.reminders;

import com.becflow.reminders.ReminderMedium;
import com.becflow.reminders.app.ReminderPolicies;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A step as the client would receive it today; the sent one carries a personal pay link made when it is sent. */
public record ReminderPreviewJson(@Schema(required = true) String step, @Schema(required = true) String to,
                                  @Schema(required = true, implementation = ReminderMedium.class) String medium,
                                  @Schema(required = true) String subject, @Schema(required = true) String body) {

    static ReminderPreviewJson from(ReminderPolicies.Preview p) {
        return new ReminderPreviewJson(p.step(), p.to(), p.medium().name(), p.text().subject(), p.text().body());
    }
}
