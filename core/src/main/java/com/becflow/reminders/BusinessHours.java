package com.becflow.reminders;

import com.becflow.shared.error.DomainException;
import com.becflow.shared.error.ErrorCode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Objects;

/**
 * When reminders may reach a client: from {@code opens} to {@code closes} on the client's own clock (09:00-17:00
 * unless the tenant sets other hours). Read in the client's zone, so a clock change moves the instant, not the hour.
 */
public record BusinessHours(LocalTime opens, LocalTime closes) {

    public static final BusinessHours STANDARD = new BusinessHours(LocalTime.of(9, 0), LocalTime.of(17, 0));

    public BusinessHours {
        Objects.requireNonNull(opens, "opens");
        Objects.requireNonNull(closes, "closes");
        if (!opens.isBefore(closes) || opens.plusHours(1).isAfter(closes)) {
            throw new InvalidBusinessHours();
        }
    }

    /** The moment the hours open on {@code day} where the client lives (later if a clock change skips it). */
    public Instant opening(LocalDate day, ZoneId zone) {
        return ZonedDateTime.of(day, opens, zone).toInstant();
    }

    /** {@code moment} itself when it falls inside the hours where the client lives, else the next opening. */
    public Instant firstOpenAtOrAfter(Instant moment, ZoneId zone) {
        ZonedDateTime local = moment.atZone(zone);
        LocalTime time = local.toLocalTime();
        if (time.isBefore(opens)) {
            return opening(local.toLocalDate(), zone);
        }
        if (!time.isBefore(closes)) {
            return opening(local.toLocalDate().plusDays(1), zone);
        }
        return moment;
    }

    /** Hours that do not open before they close, or leave less than an hour to send in. */
    public static class InvalidBusinessHours extends DomainException {
        public InvalidBusinessHours() {
            super(ErrorCode.badRequest("reminder-policy.business-hours-invalid"), "Business hours must open at least an"
                    + " hour before they close", Map.of("businessHours", "Opens at least an hour before it closes"));
        }
    }
}
