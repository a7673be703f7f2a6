package com.becflow.invoicing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OverdueTest {

    private static final LocalDate DUE = LocalDate.of(2026, 3, 24);

    @Test
    void anInvoiceIsOverdueFromTheClientsMidnightNotTheFreelancersNorTheServers() {
        Instant moment = Overdue.from(DUE, ZoneId.of("America/New_York"));

        // 25 March 00:00 in New York (EDT, UTC-4): 04:00 UTC, 05:00 in Berlin.
        assertThat(moment).isEqualTo(Instant.parse("2026-03-25T04:00:00Z"));
    }

    @Test
    void whereAClockChangeSkipsMidnightTheDayStartsAtItsFirstValidMinute() {
        // Cuba springs forward at midnight: 8 March 2026 starts at 01:00.
        Instant moment = Overdue.from(LocalDate.of(2026, 3, 7), ZoneId.of("America/Havana"));

        assertThat(moment).isEqualTo(Instant.parse("2026-03-08T05:00:00Z"));
    }

    @Test
    void theMomentAgreesWithTheStatusRuleInEveryZoneAroundEveryMidnight() {
        // statusOn: overdue once the client's today is after the due date. Checked minute by minute around the
        // moment, in every zone the JDK knows, across a spring and an autumn clock change.
        List<String> disagreements = new ArrayList<>();
        for (LocalDate due : new LocalDate[] {LocalDate.of(2026, 3, 7), LocalDate.of(2026, 3, 28),
                LocalDate.of(2026, 10, 24), LocalDate.of(2026, 11, 1)}) {
            for (String id : ZoneId.getAvailableZoneIds()) {
                ZoneId zone = ZoneId.of(id);
                Instant moment = Overdue.from(due, zone);
                for (long minutes = -90; minutes <= 90; minutes += 1) {
                    Instant t = moment.plus(Duration.ofMinutes(minutes));
                    boolean overdueByStatusRule = LocalDate.ofInstant(t, zone).isAfter(due);
                    if (!t.isBefore(moment) != overdueByStatusRule) {
                        disagreements.add(id + " at " + t + " for due " + due);
                    }
                }
            }
        }
        assertThat(disagreements).isEmpty();
    }
}
