package com.becflow.cockpit;

/**
 * How late an open invoice is, in whole days after its due date on its client's calendar. {@link #CURRENT} is not
 * late at all (due today or later).
 */
public enum AgeBucket {
    CURRENT("Current", Long.MIN_VALUE, 0), DAYS_1_30("1-30 days", 1, 30), DAYS_31_60("31-60 days", 31, 60),
    DAYS_61_90("61-90 days", 61, 90), OVER_90("90+ days", 91, Long.MAX_VALUE);

    private final String label;
    private final long fromDaysLate;
    private final long toDaysLate;

    AgeBucket(String label, long fromDaysLate, long toDaysLate) {
        this.label = label;
        this.fromDaysLate = fromDaysLate;
        this.toDaysLate = toDaysLate;
    }

    public static AgeBucket of(long daysLate) {
        for (AgeBucket bucket : values()) {
            if (daysLate >= bucket.fromDaysLate && daysLate <= bucket.toDaysLate) {
                return bucket;
            }
        }
        throw new IllegalStateException("Every day count has a bucket");
    }

    public boolean overdue() {
        return this != CURRENT;
    }

    public String label() {
        return label;
    }
}
