package com.becflow.invoicing.statements;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The days a statement covers, {@code from} to {@code to} inclusive, on the tenant's calendar: the balance is opened at
 * the start of {@code from} and closed at the end of {@code to}. At most {@value #MAX_YEARS} years, so one document
 * stays readable.
 */
public record StatementPeriod(LocalDate from, LocalDate to) {

    public static final int MAX_YEARS = 5;
    /** Left out, a statement covers the twelve months ending today. */
    public static final int DEFAULT_MONTHS = 12;

    public StatementPeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Map<String, String> errors = problems(from, to);
        if (!errors.isEmpty()) {
            throw new InvalidStatementPeriod(errors);
        }
    }

    /**
     * The period as asked for by name ({@code from}, {@code to}, ISO-8601 days, either left out or blank): {@code to}
     * defaults to {@code today}, {@code from} to twelve months before {@code to}.
     *
     * @throws InvalidStatementPeriod naming each parameter at fault
     */
    public static StatementPeriod parse(String from, String to, LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate last = day(to, "to", errors);
        LocalDate first = day(from, "from", errors);
        if (!errors.isEmpty()) {
            throw new InvalidStatementPeriod(errors);
        }
        last = last == null ? today : last;
        return new StatementPeriod(first == null ? startFor(last) : first, last);
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    private static LocalDate startFor(LocalDate to) {
        return to.minusMonths(DEFAULT_MONTHS).plusDays(1);
    }

    private static Map<String, String> problems(LocalDate from, LocalDate to) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (to.isBefore(from)) {
            errors.put("to", "Not before from (" + from + ")");
        } else if (from.isBefore(to.minusYears(MAX_YEARS))) {
            errors.put("to", "At most " + MAX_YEARS + " years after from (" + from + ")");
        }
        return errors;
    }

    private static LocalDate day(String value, String name, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.put(name, "A day as YYYY-MM-DD");
            return null;
        }
    }
}
