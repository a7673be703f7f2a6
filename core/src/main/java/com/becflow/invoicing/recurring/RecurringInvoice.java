package com.becflow.invoicing.recurring;

import com.becflow.clients.ClientId;
import com.becflow.contracts.ContractId;
import com.becflow.invoicing.InvoiceContent;
import com.becflow.invoicing.InvoiceStateConflict;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An invoice the freelancer wants issued again and again: its client, contract and content as a draft would hold them,
 * and its {@link RecurrenceSchedule}. {@code nextIndex} is the schedule's next day to issue; {@code issuedCount} how
 * many invoices it made, which a count limits. A change applies to the invoices still to come, never to issued ones.
 */
public final class RecurringInvoice {

    /** When a day's invoice is issued, in the workspace's time zone: the start of a working morning. */
    public static final LocalTime ISSUE_TIME = LocalTime.of(8, 0);

    private final RecurringInvoiceId id;
    private final ClientId clientId;
    private ContractId contractId;
    private InvoiceContent content;
    private RecurrenceSchedule schedule;
    private RecurringStatus status;
    private int nextIndex;
    private int issuedCount;
    private LocalDate lastIssuedOn;
    private String problem;
    private Retainer retainer;
    private BigDecimal carriedHours;
    private final Instant createdAt;
    private Instant updatedAt;

    public RecurringInvoice(RecurringInvoiceId id, ClientId clientId, ContractId contractId, InvoiceContent content,
                            RecurrenceSchedule schedule, RecurringStatus status, int nextIndex, int issuedCount,
                            LocalDate lastIssuedOn, String problem, Retainer retainer, BigDecimal carriedHours,
                            Instant createdAt, Instant updatedAt) {
        this.id = id;
        this.clientId = clientId;
        this.contractId = contractId;
        this.content = content;
        this.schedule = schedule;
        this.status = status;
        this.nextIndex = nextIndex;
        this.issuedCount = issuedCount;
        this.lastIssuedOn = lastIssuedOn;
        this.problem = problem;
        this.retainer = retainer;
        this.carriedHours = carriedHours == null ? BigDecimal.ZERO : carriedHours;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
    }

    public static RecurringInvoice start(ClientId client, ContractId contract, InvoiceContent content,
                                         RecurrenceSchedule schedule, Retainer retainer, Instant now) {
        return new RecurringInvoice(RecurringInvoiceId.newId(), client, contract, content, schedule, RecurringStatus.ACTIVE,
                0, 0, null, null, retainer, BigDecimal.ZERO, now, now);
    }

    /** The moment a day's invoice is issued where the workspace is. */
    public static Instant issueMoment(LocalDate day, ZoneId zone) {
        return day.atTime(ISSUE_TIME).atZone(zone).toInstant();
    }

    /** The day of the next invoice, while the series is active and has one to come. */
    public Optional<LocalDate> nextDay() {
        if (status != RecurringStatus.ACTIVE) {
            return Optional.empty();
        }
        return upcoming(1).stream().findFirst();
    }

    /** The next {@code max} days an invoice will be issued, as far as the schedule and the count go. */
    public List<LocalDate> upcoming(int max) {
        List<LocalDate> days = new ArrayList<>();
        if (status != RecurringStatus.ACTIVE) {
            return days;
        }
        int left = schedule.count() == null ? max : Math.min(max, schedule.count() - issuedCount);
        for (int i = 0; i < left; i++) {
            Optional<LocalDate> day = schedule.day(nextIndex + i);
            if (day.isEmpty()) {
                break;
            }
            days.add(day.get());
        }
        return days;
    }

    /** Whether the next day's invoice is due by {@code now} where the workspace is. */
    public boolean dueBy(Instant now, ZoneId zone) {
        return nextIssueDay().map(day -> !issueMoment(day, zone).isAfter(now)).orElse(false);
    }

    /**
     * After a retainer's last fee, the day its last period ends ({@link RecurrenceSchedule#periodEnd}): an invoice then
     * bills that period's extra hours alone.
     */
    public Optional<LocalDate> closingDay() {
        if (status != RecurringStatus.ACTIVE || retainer == null || issuedCount == 0 || !upcoming(1).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(schedule.periodEnd(nextIndex));
    }

    /** The next day the round issues something: a fee's day, or a retainer's closing day. */
    public Optional<LocalDate> nextIssueDay() {
        return nextDay().or(this::closingDay);
    }

    /** The retainer's last period was closed (billed, or found without extra hours): the series ends. */
    public void closed(Instant now) {
        status = RecurringStatus.ENDED;
        updatedAt = now;
    }

    /** The next day's invoice was issued: the series moves to the day after, or ends with its last. */
    public void issued(LocalDate day, Instant now) {
        issued(day, null, now);
    }

    /** As {@link #issued(LocalDate, Instant)}, for a retainer whose invoice closed {@code period}'s hours. */
    public void issued(LocalDate day, RetainerPeriod period, Instant now) {
        if (period != null) {
            carriedHours = period.carriedNext();
        }
        nextIndex++;
        issuedCount++;
        lastIssuedOn = day;
        if (upcoming(1).isEmpty() && closingDay().isEmpty()) {
            status = RecurringStatus.ENDED;
        }
        updatedAt = now;
    }

    public void pause(Instant now) {
        requireNotEnded("pause");
        status = RecurringStatus.PAUSED;
        updatedAt = now;
    }

    /** Paused by the round, because issuing failed for a reason only the freelancer can mend. */
    public void pauseFor(String reason, Instant now) {
        status = RecurringStatus.PAUSED;
        problem = reason;
        updatedAt = now;
    }

    /** Active again from {@code today}: the days that passed while paused are skipped, not caught up. */
    public void resume(LocalDate today, Instant now) {
        requireNotEnded("resume");
        Optional<Integer> from = schedule.firstIndexFrom(today);
        if (from.isEmpty()) {
            throw new InvoiceStateConflict("recurring-invoice.resume.nothing-left", "No day of the schedule is left to"
                    + " issue; change the schedule to go on");
        }
        nextIndex = Math.max(nextIndex, from.get());
        status = RecurringStatus.ACTIVE;
        problem = null;
        updatedAt = now;
    }

    /**
     * Ended by the freelancer: no further fee. A retainer whose period is under way still closes it on the day the next
     * would have begun, billing that period's extra hours, and ends then, as after its last fee; its count is capped at
     * the fees issued so far, so no other day comes.
     */
    public void end(Instant now) {
        updatedAt = now;
        if (retainer != null && issuedCount > 0 && status != RecurringStatus.ENDED) {
            schedule = new RecurrenceSchedule(schedule.recurrence(), schedule.start(), schedule.end(), issuedCount,
                    schedule.dates());
            status = RecurringStatus.ACTIVE;
            problem = null;
            if (closingDay().isPresent()) {
                return;
            }
        }
        status = RecurringStatus.ENDED;
    }

    /**
     * New content and schedule for the invoices to come. A new schedule starts at its first day after the last issued
     * one and not before {@code today}; it must leave at least one day to issue.
     */
    public void change(ContractId contract, InvoiceContent newContent, RecurrenceSchedule newSchedule,
                       Retainer newRetainer, LocalDate today, Instant now, Map<String, String> errors) {
        requireNotEnded("change");
        int index = nextIndex;
        if (!newSchedule.equals(schedule)) {
            LocalDate from = lastIssuedOn == null || lastIssuedOn.isBefore(today) ? today : lastIssuedOn.plusDays(1);
            Optional<Integer> first = newSchedule.firstIndexFrom(from);
            if (first.isEmpty()) {
                errors.put(newSchedule.recurrence() == Recurrence.CUSTOM_DATES ? "dates" : "endOn",
                        "No day of this schedule is left to issue after " + from.minusDays(1));
                return;
            }
            index = first.get();
        }
        if (newSchedule.count() != null && newSchedule.count() <= issuedCount) {
            errors.put("count", issuedCount + (issuedCount == 1 ? " invoice was" : " invoices were")
                    + " issued already; choose more to go on, or end the series");
            return;
        }
        contractId = contract;
        content = newContent;
        retainer = newRetainer;
        if (retainer == null) {
            carriedHours = BigDecimal.ZERO;
        }
        schedule = newSchedule;
        nextIndex = index;
        updatedAt = now;
    }

    private void requireNotEnded(String step) {
        if (status == RecurringStatus.ENDED) {
            throw new InvoiceStateConflict("recurring-invoice." + step + ".ended", "The recurring invoice has ended;"
                    + " start a new one");
        }
    }

    public RecurringInvoiceId id() { return id; }
    public ClientId clientId() { return clientId; }
    public Optional<ContractId> contractId() { return Optional.ofNullable(contractId); }
    public InvoiceContent content() { return content; }
    public RecurrenceSchedule schedule() { return schedule; }
    public RecurringStatus status() { return status; }
    public int nextIndex() { return nextIndex; }
    public int issuedCount() { return issuedCount; }
    public Optional<LocalDate> lastIssuedOn() { return Optional.ofNullable(lastIssuedOn); }
    public Optional<String> problem() { return Optional.ofNullable(problem); }
    public Optional<Retainer> retainer() { return Optional.ofNullable(retainer); }
    /** With a retainer's rollover, the unused hours the current period adds to its allowance. */
    public BigDecimal carriedHours() { return carriedHours; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
}
