package com.becflow.api.reminders;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A day on the client's calendar: a pause's last day, or the day the client promised to pay by. */
public class ReminderHoldJson {

    @Schema(required = true, description = "From today to a year ahead, the client's calendar")
    public LocalDate day;
}
