package com.becflow.invoicing.plans;

import java.time.LocalDate;

/** How far apart a plan's installments fall; with {@link #CUSTOM_DATES} each installment names its own day. */
public enum PlanFrequency {
    WEEKLY, BIWEEKLY, MONTHLY, CUSTOM_DATES;

    /**
     * The due date of the installment at {@code index} (0 for the first). Months are counted from the first date, not
     * from the one before: a plan starting on 31 January falls due on 28 February, then on 31 March.
     */
    public LocalDate dueDate(LocalDate first, int index) {
        return switch (this) {
            case WEEKLY -> first.plusWeeks(index);
            case BIWEEKLY -> first.plusWeeks(2L * index);
            case MONTHLY -> first.plusMonths(index);
            case CUSTOM_DATES -> throw new IllegalStateException("Custom dates are given one by one");
        };
    }

    public boolean custom() {
        return this == CUSTOM_DATES;
    }
}
