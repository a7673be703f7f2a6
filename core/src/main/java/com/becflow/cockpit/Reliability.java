package com.becflow.cockpit;

/**
 * How a client has paid so far, in one word for the freelancer. Read from the client's own history only: invoices they
 * paid (on time or not, on their own calendar) and invoices they leave unpaid past due.
 */
public enum Reliability {
    NO_HISTORY("No history yet"), PAYS_ON_TIME("Pays on time"), MOSTLY_ON_TIME("Mostly pays on time"),
    OFTEN_LATE("Often pays late"), LONG_OVERDUE("Has invoices long overdue");

    /** Late beyond this many days, an unpaid invoice outweighs any good history. */
    public static final int LONG_OVERDUE_DAYS = 30;

    private final String label;

    Reliability(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * @param paid            invoices paid in full
     * @param paidOnTime      of those, paid by their due date on the client's calendar
     * @param overdue         invoices open past their due date now
     * @param mostDaysOverdue the longest any of those is late, in days (0 if none)
     */
    public static Reliability of(long paid, long paidOnTime, long overdue, long mostDaysOverdue) {
        if (mostDaysOverdue > LONG_OVERDUE_DAYS) {
            return LONG_OVERDUE;
        }
        long judged = paid + overdue;
        if (judged == 0) {
            return NO_HISTORY;
        }
        // An invoice still late counts as paid late: the client has not paid it on time either way.
        double onTime = (double) paidOnTime / judged;
        if (onTime >= 0.9) {
            return PAYS_ON_TIME;
        }
        return onTime >= 0.6 ? MOSTLY_ON_TIME : OFTEN_LATE;
    }
}
