package com.becflow.invoicing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * When an invoice becomes overdue: at the client's midnight that ends its due date, in the client's own zone,
 * whatever the freelancer's or the server's zone. The same rule as {@link Invoice#statusOn} (overdue once the
 * client's today is after the due date), stated as an instant for whatever must act at that moment.
 */
public final class Overdue {

    private Overdue() {
    }

    /**
     * The first instant at which an invoice due on {@code dueDate} is overdue for a client in {@code clientZone}: the
     * start of the next day there (the first valid time of that day where a clock change skips its midnight).
     */
    public static Instant from(LocalDate dueDate, ZoneId clientZone) {
        return dueDate.plusDays(1).atStartOfDay(clientZone).toInstant();
    }
}
