package com.becflow.reminders.app;

import com.becflow.reminders.ReminderMedium;
import com.becflow.reminders.ReminderTone;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The reminder an invoice gets next: its step, tone, how it reaches the client, and from when (the opening of the
 * client's business hours on its day, or later if held). {@code pausedThrough} and {@code promisedFor} say what holds it.
 */
public record NextReminder(String step, ReminderTone tone, ReminderMedium medium, Instant at, LocalDate pausedThrough,
                           LocalDate promisedFor) {
}
