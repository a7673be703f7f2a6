package com.becflow.reminders;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which reminder one open invoice gets next, and from when: pure, so the sweep, the send job, the API and the tests
 * read it alike.
 *
 * <p>A reminder falls due at the opening of the client's business hours on its day (due date plus offset, on the
 * client's calendar), and is sent inside those hours. Never sent: a reminder at or before the latest one sent or
 * skipped (reminders only move forward, so none goes twice), one whose day is not after the invoice's issue day (the
 * invoice's own mail just went out), one while a pause or a promise holds. When several have come at once (after a
 * pause, a promise, a server that was down), only the latest goes out: the client gets one reminder, in the tone
 * the invoice has reached, not a burst.
 */
public final class ReminderSchedule {

    /** The next reminder and the moment it may go out (at or before now: it may go out now). */
    public record Planned(ReminderOccurrence occurrence, Instant at) {

        public boolean dueAt(Instant now) {
            return !at.isAfter(now);
        }
    }

    private final ReminderPolicy policy;
    private final BusinessHours hours;

    public ReminderSchedule(ReminderPolicy policy, BusinessHours hours) {
        this.policy = policy;
        this.hours = hours;
    }

    /**
     * @param dueDate  the invoice's due date
     * @param issuedOn the day it was issued, on the client's calendar
     * @param zone     where the client lives
     * @param done     keys of the reminders sent or skipped already
     * @param hold     the freelancer's pause or the client's promise
     * @param now      the moment read at
     */
    public Optional<Planned> next(LocalDate dueDate, LocalDate issuedOn, ZoneId zone, Set<String> done, ReminderHold hold,
                                  Instant now) {
        if (hold.off()) {
            return Optional.empty();
        }
        int after = done.stream().mapToInt(ReminderOccurrence::offsetOf).max().orElse(Integer.MIN_VALUE);
        LocalDate resumesOn = hold.resumesOn();
        List<Planned> open = policy.occurrences().stream()
                .filter(o -> o.offsetDays() > after)
                .filter(o -> dueDate.plusDays(o.offsetDays()).isAfter(issuedOn))
                .map(o -> new Planned(o, earliest(dueDate.plusDays(o.offsetDays()), resumesOn, zone)))
                .toList();
        Optional<Planned> latestCome = open.stream().filter(p -> p.dueAt(now))
                .max(Comparator.comparingInt(p -> p.occurrence().offsetDays()));
        if (latestCome.isPresent()) {
            return Optional.of(new Planned(latestCome.get().occurrence(), hours.firstOpenAtOrAfter(now, zone)));
        }
        // Held reminders all come at the hold's end: the one that goes then is the latest of them.
        return open.stream().min(Comparator.comparing(Planned::at)
                .thenComparing(p -> -p.occurrence().offsetDays()));
    }

    private Instant earliest(LocalDate day, LocalDate resumesOn, ZoneId zone) {
        LocalDate from = resumesOn != null && resumesOn.isAfter(day) ? resumesOn : day;
        return hours.opening(from, zone);
    }
}
