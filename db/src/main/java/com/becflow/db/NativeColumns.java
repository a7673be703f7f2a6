package com.becflow.db;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A native query's column values as the domain holds them: the PostgreSQL driver and EclipseLink hand back a uuid as a
 * UUID or its text, a date as {@link Date} or {@link LocalDate}, a timestamptz as {@link Timestamp},
 * {@link OffsetDateTime} or {@link Instant}. A null column stays null.
 */
public final class NativeColumns {

    private NativeColumns() {
    }

    public static UUID uuid(Object value) {
        return value == null ? null : value instanceof UUID u ? u : UUID.fromString(value.toString());
    }

    public static LocalDate date(Object value) {
        return value == null ? null : value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
    }

    public static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        return (Instant) value;
    }
}
