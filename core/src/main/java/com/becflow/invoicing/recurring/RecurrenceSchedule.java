package com.becflow.invoicing.recurring;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The days a recurring invoice is issued on: from {@code start} every {@code recurrence}, until {@code end} (inclusive)
 * if given; or the named {@code dates}. How many invoices in all ({@code count}) is counted by the series, since paused
 * days are skipped and do not count.
 */
public record RecurrenceSchedule(Recurrence recurrence, LocalDate start, LocalDate end, Integer count,
                                 List<LocalDate> dates) {

    public static final int MAX_COUNT = 1000;
    public static final int MAX_DATES = 100;
    /** How far ahead the first day may lie. */
    public static final int MAX_YEARS_AHEAD = 5;

    public RecurrenceSchedule {
        dates = dates == null ? List.of() : List.copyOf(dates);
    }

    /**
     * A schedule from what was typed, or empty with the faults in {@code errors}. No day may lie before
     * {@code earliest}: today for a new series, or the day after the last issued one for a changed series.
     */
    public static Optional<RecurrenceSchedule> parse(String frequency, LocalDate start, LocalDate end, Integer count,
                                                     List<LocalDate> dates, LocalDate earliest,
                                                     Map<String, String> errors) {
        int before = errors.size();
        Recurrence recurrence = null;
        if (frequency == null || frequency.isBlank()) {
            errors.put("frequency", "Choose how often: " + List.of(Recurrence.values()));
        } else {
            try {
                recurrence = Recurrence.valueOf(frequency.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.put("frequency", "One of " + List.of(Recurrence.values()));
            }
        }
        List<LocalDate> named = dates == null ? List.of() : dates;
        LocalDate latestStart = earliest.plusYears(MAX_YEARS_AHEAD);
        if (recurrence == Recurrence.CUSTOM_DATES) {
            if (named.isEmpty()) {
                errors.put("dates", "Name at least one date");
            } else if (named.stream().anyMatch(java.util.Objects::isNull)) {
                errors.put("dates", "A date is missing");
            } else if (named.size() > MAX_DATES) {
                errors.put("dates", "At most " + MAX_DATES + " dates");
            } else if (new TreeSet<>(named).size() != named.size()) {
                errors.put("dates", "A date is named twice");
            } else if (named.stream().anyMatch(d -> d.isBefore(earliest))) {
                errors.put("dates", "A date lies in the past; the earliest is " + earliest);
            } else if (named.stream().anyMatch(d -> d.isAfter(latestStart.plusYears(MAX_YEARS_AHEAD)))) {
                errors.put("dates", "Dates reach at most " + 2 * MAX_YEARS_AHEAD + " years ahead");
            }
            if (start != null) {
                errors.put("startOn", "Chosen dates start with the first of them; leave the start out");
            }
            if (end != null) {
                errors.put("endOn", "Chosen dates end with the last of them; leave the end out");
            }
            if (count != null) {
                errors.put("count", "Chosen dates are as many as named; leave the count out");
            }
        } else if (recurrence != null) {
            if (!named.isEmpty()) {
                errors.put("dates", "Dates are named only with " + Recurrence.CUSTOM_DATES);
            }
            if (start == null) {
                errors.put("startOn", "Choose the day of the first invoice");
            } else if (start.isBefore(earliest)) {
                errors.put("startOn", "The first invoice can't be issued in the past; the earliest is " + earliest);
            } else if (start.isAfter(latestStart)) {
                errors.put("startOn", "At most " + MAX_YEARS_AHEAD + " years ahead");
            }
            if (end != null && start != null && end.isBefore(start)) {
                errors.put("endOn", "The end comes before the first invoice");
            }
            if (count != null && (count < 1 || count > MAX_COUNT)) {
                errors.put("count", "From 1 to " + MAX_COUNT + " invoices");
            }
        }
        if (errors.size() > before) {
            return Optional.empty();
        }
        return Optional.of(recurrence == Recurrence.CUSTOM_DATES
                ? new RecurrenceSchedule(recurrence, null, null, null, new ArrayList<>(new TreeSet<>(named)))
                : new RecurrenceSchedule(recurrence, start, end, count, List.of()));
    }

    /** The day at {@code index} (0 for the first), or empty past the end or the last named date. */
    public Optional<LocalDate> day(int index) {
        if (recurrence == Recurrence.CUSTOM_DATES) {
            return index < dates.size() ? Optional.of(dates.get(index)) : Optional.empty();
        }
        LocalDate day = recurrence.day(start, index);
        return end != null && day.isAfter(end) ? Optional.empty() : Optional.of(day);
    }

    /**
     * The day the period opened by the day at {@code index - 1} ends: the day at {@code index} had the schedule gone on.
     * Chosen dates name no day after their last, so the last period lasts as long as the one before it, or a month when
     * it is the only one.
     */
    public LocalDate periodEnd(int index) {
        if (recurrence != Recurrence.CUSTOM_DATES) {
            return recurrence.day(start, index);
        }
        if (index < dates.size()) {
            return dates.get(index);
        }
        LocalDate last = dates.get(dates.size() - 1);
        return dates.size() == 1 ? last.plusMonths(1)
                : last.plusDays(ChronoUnit.DAYS.between(dates.get(dates.size() - 2), last));
    }

    /** The index of the first day on or after {@code day}, or empty if none comes. */
    public Optional<Integer> firstIndexFrom(LocalDate day) {
        for (int index = 0; ; index++) {
            Optional<LocalDate> candidate = day(index);
            if (candidate.isEmpty()) {
                return Optional.empty();
            }
            if (!candidate.get().isBefore(day)) {
                return Optional.of(index);
            }
        }
    }

    public LocalDate firstDay() {
        return recurrence == Recurrence.CUSTOM_DATES ? dates.get(0) : start;
    }

    /** "monthly from 31 Jan 2027, 12 invoices", as the workspace lists it. */
    public String describe() {
        if (recurrence == Recurrence.CUSTOM_DATES) {
            return dates.size() == 1 ? "once, on " + dates.get(0) : "on " + dates.size() + " chosen dates from " + dates.get(0);
        }
        return recurrence.label() + " from " + start + (end != null ? " until " + end : "")
                + (count != null ? ", " + count + (count == 1 ? " invoice" : " invoices") : "");
    }
}
