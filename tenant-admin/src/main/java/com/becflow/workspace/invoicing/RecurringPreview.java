package com.becflow.workspace.invoicing;

import com.becflow.invoicing.InvoiceStateConflict;
import com.becflow.invoicing.recurring.Recurrence;
import com.becflow.invoicing.recurring.RecurrenceSchedule;
import com.becflow.invoicing.recurring.RecurringInvoice;
import com.becflow.invoicing.recurring.RecurringStatus;
import com.becflow.invoicing.recurring.app.SaveRecurringInvoice;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The next days a schedule as typed would issue on, read by the core's own rules and nothing else: the schedule by
 * {@link RecurrenceSchedule#parse}, the count and a change's restart by a throwaway copy of the series. Nothing is
 * stored; the service still decides on save.
 *
 * @param days   the next days, at most as many as asked for; empty when the schedule breaks a rule
 * @param errors the rules broken, keyed by field as the service keys them
 */
record RecurringPreview(List<LocalDate> days, Map<String, String> errors) {

    /**
     * @param stored the series being changed, or null for a new one
     * @param today  the workspace's today, before which no new day may lie
     */
    static RecurringPreview of(RecurringInvoiceDraft typed, RecurringInvoice stored, LocalDate today, int max) {
        Map<String, String> errors = new LinkedHashMap<>();
        SaveRecurringInvoice command = typed.toCommand();
        Optional<RecurrenceSchedule> schedule = RecurrenceSchedule.parse(command.frequency(), command.startOn(),
                command.endOn(), command.count(), command.dates(), earliest(stored, today), errors);
        if (schedule.isEmpty()) {
            return new RecurringPreview(List.of(), errors);
        }
        RecurringInvoice series = stored == null
                ? RecurringInvoice.start(null, null, null, schedule.get(), null, Instant.EPOCH)
                : changedCopy(stored, schedule.get(), today, errors);
        return new RecurringPreview(errors.isEmpty() ? series.upcoming(max) : List.of(), errors);
    }

    /** A changed series may keep its start in the past (days before today are never issued), as the service allows. */
    static LocalDate earliest(RecurringInvoice stored, LocalDate today) {
        if (stored == null) {
            return today;
        }
        LocalDate first = stored.schedule().firstDay();
        return first.isBefore(today) ? first : today;
    }

    /** A paused series is previewed as it would run once resumed: the days that passed meanwhile are skipped. */
    private static RecurringInvoice changedCopy(RecurringInvoice stored, RecurrenceSchedule schedule, LocalDate today,
                                                Map<String, String> errors) {
        RecurringInvoice copy = new RecurringInvoice(stored.id(), stored.clientId(), stored.contractId().orElse(null),
                stored.content(), stored.schedule(), RecurringStatus.ACTIVE, stored.nextIndex(), stored.issuedCount(),
                stored.lastIssuedOn().orElse(null), null, stored.retainer().orElse(null), stored.carriedHours(),
                stored.createdAt(), stored.updatedAt());
        copy.change(stored.contractId().orElse(null), stored.content(), schedule, stored.retainer().orElse(null), today,
                Instant.EPOCH, errors);
        if (errors.isEmpty() && stored.status() == RecurringStatus.PAUSED) {
            try {
                copy.resume(today, Instant.EPOCH);
            } catch (InvoiceStateConflict e) {
                errors.put(schedule.recurrence() == Recurrence.CUSTOM_DATES ? "dates" : "endOn", e.getMessage());
            }
        }
        return copy;
    }
}
