package com.becflow.reminders;

import com.becflow.clients.ClientId;
import com.becflow.clients.ReminderChannel;
import com.becflow.invoicing.InvoiceId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

/**
 * An open invoice as the reminder sweep reads it: its due date, when it was issued, its client's zone and preferred
 * channel, what holds its reminders, the steps done already (sent or skipped), whether autopay charges its
 * installments from a saved card (then the card pays on the day, and nobody is asked to), and whether the client
 * disputes all it still owes (then nothing is left to remind of until the freelancer answers).
 */
public record RemindableInvoice(InvoiceId id, ClientId client, LocalDate dueDate, Instant issuedAt, ZoneId zone,
                                ReminderChannel channel, ReminderHold hold, Set<String> done, boolean autopayCharges,
                                boolean whollyDisputed) {

    /** An invoice autopay does not charge and nobody disputes. */
    public RemindableInvoice(InvoiceId id, ClientId client, LocalDate dueDate, Instant issuedAt, ZoneId zone,
                             ReminderChannel channel, ReminderHold hold, Set<String> done) {
        this(id, client, dueDate, issuedAt, zone, channel, hold, done, false, false);
    }

    public LocalDate issuedOn() {
        return LocalDate.ofInstant(issuedAt, zone);
    }
}
