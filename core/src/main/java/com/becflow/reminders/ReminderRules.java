package com.becflow.reminders;

import com.becflow.clients.ReminderChannel;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Whose policy applies to an invoice and how its reminders reach the client: a client's own reminders win over the
 * tenant's, a client who wants none gets none, and a client's preferred channel wins over a step's medium (a client
 * who prefers a call gets a call task, never a mail).
 */
public final class ReminderRules {

    private ReminderRules() {
    }

    /**
     * The invoice's next reminder, or none when its client gets none, or while autopay charges its installments: the
     * saved card pays each on its day and the client is told if it cannot, so a reminder would only ask for money already
     * on its way. Once autopay stops, the steps held meanwhile come as after a pause. Nor while the client disputes all
     * the invoice still owes; a part disputed only lowers the amount reminded. {@code own} is the client's, or null.
     */
    public static Optional<ReminderSchedule.Planned> next(ReminderSettings settings, ClientReminders own,
                                                          RemindableInvoice invoice, Instant now) {
        if (invoice.autopayCharges() || invoice.whollyDisputed()) {
            return Optional.empty();
        }
        return schedule(settings, own, invoice.channel()).flatMap(s -> s.next(invoice.dueDate(), invoice.issuedOn(),
                invoice.zone(), invoice.done(), invoice.hold(), now));
    }

    /** Like {@link #next}, whatever holds the invoice, autopay included: what the freelancer's "send now" sends. */
    public static Optional<ReminderSchedule.Planned> nextIgnoringHolds(ReminderSettings settings, ClientReminders own,
                                                                       RemindableInvoice invoice, Instant now) {
        return schedule(settings, own, invoice.channel()).flatMap(s -> s.next(invoice.dueDate(), invoice.issuedOn(),
                invoice.zone(), invoice.done(), ReminderHold.NONE, now));
    }

    private static Optional<ReminderSchedule> schedule(ReminderSettings settings, ClientReminders own,
                                                       ReminderChannel channel) {
        if (channel == ReminderChannel.NONE || (own != null && own.off())) {
            return Optional.empty();
        }
        ReminderPolicy policy = own != null ? own.policy() : settings.effectivePolicy();
        return Optional.of(new ReminderSchedule(policy, settings.hours()));
    }

    /** How a step reaches a client, given the channel they prefer. */
    public static ReminderMedium medium(ReminderMedium step, ReminderChannel preferred) {
        return switch (preferred) {
            case PHONE_CALL -> ReminderMedium.PHONE_CALL;
            case SMS -> step == ReminderMedium.PHONE_CALL ? step : ReminderMedium.SMS;
            case EMAIL, NONE -> step;
        };
    }

    /**
     * A moment no reminder of an invoice can come before, under any policy: the day after its issue day and
     * {@value ReminderPolicy#MIN_OFFSET} days before its due date, both at the start of the day furthest ahead of UTC.
     * The agenda notes it when the invoice is issued; the round then reads the real moment.
     */
    public static Instant earliestPossible(LocalDate dueDate, LocalDate issuedOn) {
        LocalDate day = dueDate.plusDays(ReminderPolicy.MIN_OFFSET);
        if (!day.isAfter(issuedOn)) {
            day = issuedOn.plusDays(1);
        }
        return day.atStartOfDay(ZoneOffset.MAX).toInstant();
    }

    /** The client's today, for reading holds and days overdue. */
    public static LocalDate today(Instant now, ZoneId zone) {
        return LocalDate.ofInstant(now, zone);
    }
}
