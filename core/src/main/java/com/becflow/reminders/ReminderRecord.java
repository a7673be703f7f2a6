package com.becflow.reminders;

import com.becflow.invoicing.InvoiceId;
import java.time.Instant;
import java.util.UUID;

/** One step done for an invoice, as kept: at most one per invoice and step. */
public record ReminderRecord(InvoiceId invoice, String step, ReminderOutcome outcome, ReminderMedium medium,
                             ReminderTone tone, UUID mailId, String subject, Instant recordedAt, Instant doneAt) {
}
