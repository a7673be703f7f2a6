package com.becflow.api.reminders;

import com.becflow.reminders.BusinessHours;
import com.becflow.reminders.ReminderPolicy;
import com.becflow.reminders.ReminderSettings;
import com.becflow.shared.error.DomainException;
import com.becflow.shared.error.ErrorCode;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The workspace's reminder policy and the hours, on each client's own clock, that reminders go out in. */
public class ReminderSettingsJson {

    /** The workspace's own policy; left out: the standard one (shown in effectivePolicy). */
    public ReminderPolicyJson policy;
    /** The policy reminders follow: the own one, or the standard one; ignored when sent. */
    public ReminderPolicyJson effectivePolicy;
    @Schema(required = true, pattern = "^[0-2][0-9]:[0-5][0-9]$", description = "When reminders may start, the "
            + "client's local time, e.g. 09:00")
    public String opens;
    @Schema(required = true, pattern = "^[0-2][0-9]:[0-5][0-9]$", description = "When they stop, e.g. 17:00; at "
            + "least an hour after opens")
    public String closes;

    static ReminderSettingsJson from(ReminderSettings settings) {
        ReminderSettingsJson json = new ReminderSettingsJson();
        json.policy = ReminderPolicyJson.from(settings.policy());
        json.effectivePolicy = ReminderPolicyJson.from(settings.effectivePolicy());
        json.opens = settings.hours().opens().toString();
        json.closes = settings.hours().closes().toString();
        return json;
    }

    ReminderSettings toSettings() {
        ReminderPolicy own = policy == null ? null : policy.toPolicy();
        return new ReminderSettings(own, new BusinessHours(time("opens", opens), time("closes", closes)));
    }

    private static LocalTime time(String field, String value) {
        try {
            return LocalTime.parse(value == null ? "" : value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidHour(field);
        }
    }

    /** An hour that is no time of day. */
    static class InvalidHour extends DomainException {
        InvalidHour(String field) {
            super(ErrorCode.badRequest("reminder-policy.business-hours-invalid"), field + " is no time of day",
                    Map.of(field, "A time of day such as 09:00"));
        }
    }
}
