package com.becflow.reminders;

import java.time.LocalDate;

/**
 * What the freelancer decided for one invoice's reminders: paused through a day (they resume by themselves the day
 * after), a promise to pay by a day (none until it has passed), or none at all. Days are the client's calendar.
 */
public record ReminderHold(LocalDate pausedThrough, LocalDate promisedFor, boolean off) {

    public static final ReminderHold NONE = new ReminderHold(null, null, false);

    /** The first day reminders may go out again, or null when nothing holds them. */
    public LocalDate resumesOn() {
        LocalDate last = pausedThrough;
        if (promisedFor != null && (last == null || promisedFor.isAfter(last))) {
            last = promisedFor;
        }
        return last == null ? null : last.plusDays(1);
    }
}
