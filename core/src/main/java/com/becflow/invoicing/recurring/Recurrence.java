package com.becflow.invoicing.recurring;

import java.time.LocalDate;

/** How far apart a recurring invoice's days fall; with {@link #CUSTOM_DATES} the freelancer names each day. */
public enum Recurrence {
    WEEKLY("weekly"), BIWEEKLY("every two weeks"), MONTHLY("monthly"), QUARTERLY("quarterly"), YEARLY("yearly"),
    CUSTOM_DATES("on chosen dates");

    private final String label;

    Recurrence(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * The day at {@code index} (0 for the start). Months count from the start, not from the day before: a series
     * starting on 31 January issues on 28 February, then on 31 March.
     */
    public LocalDate day(LocalDate start, int index) {
        return switch (this) {
            case WEEKLY -> start.plusWeeks(index);
            case BIWEEKLY -> start.plusWeeks(2L * index);
            case MONTHLY -> start.plusMonths(index);
            case QUARTERLY -> start.plusMonths(3L * index);
            case YEARLY -> start.plusYears(index);
            case CUSTOM_DATES -> throw new IllegalStateException("Custom dates are given one by one");
        };
    }
}
