package com.becflow.api.reminders;

import com.becflow.reminders.ReminderMedium;
import com.becflow.reminders.ReminderOutcome;
import com.becflow.reminders.ReminderRecord;
import com.becflow.reminders.ReminderTone;
import com.becflow.reminders.app.NextReminder;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An invoice's reminders: the next one (null when none is left or its client gets none) and those done. */
public record InvoiceRemindersJson(Next next, @Schema(required = true) List<Done> done) {

    /** The next reminder and from when it may go out. */
    public record Next(@Schema(required = true, description = "The day from the due date, e.g. D+7") String step,
                       @Schema(required = true, implementation = ReminderTone.class) String tone,
                       @Schema(required = true, implementation = ReminderMedium.class) String medium,
                       @Schema(required = true, description = "The opening of the client's business hours on its day,"
                               + " or later while held") Instant at,
                       @Schema(description = "Paused through this day (the client's calendar)") LocalDate pausedThrough,
                       @Schema(description = "The client promised to pay by this day") LocalDate promisedFor) {

        static Next from(NextReminder n) {
            return new Next(n.step(), n.tone().name(), n.medium().name(), n.at(), n.pausedThrough(), n.promisedFor());
        }
    }

    /** A step done: sent, made a call task for the freelancer, or skipped. */
    public record Done(@Schema(required = true) String step,
                       @Schema(required = true, implementation = ReminderOutcome.class) String outcome,
                       @Schema(implementation = ReminderMedium.class) String medium,
                       @Schema(implementation = ReminderTone.class) String tone,
                       String subject,
                       @Schema(required = true) Instant recordedAt) {

        static Done from(ReminderRecord r) {
            return new Done(r.step(), r.outcome().name(), r.medium() == null ? null : r.medium().name(),
                    r.tone() == null ? null : r.tone().name(), r.subject(), r.recordedAt());
        }
    }
}
