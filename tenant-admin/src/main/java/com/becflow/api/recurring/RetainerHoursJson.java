package com.becflow.api.recurring;

import com.becflow.invoicing.recurring.RetainerHours;
import com.becflow.invoicing.recurring.app.RetainerTimesheet;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A retainer's hours: where the current period stands, and every entry with the invoice that billed it. */
public record RetainerHoursJson(
        @Schema(required = true, description = "Hours logged that no invoice has counted yet") BigDecimal unbilled,
        @Schema(required = true, description = "What the current period may use before hours are extra") BigDecimal allowance,
        @Schema(required = true, description = "Unused hours carried in from the period before (rollover)") BigDecimal carried,
        @Schema(required = true) List<Entry> entries) {

    /** One day's hours; {@code billedBy} is the invoice that counted them. */
    public record Entry(@Schema(required = true) UUID id, @Schema(required = true) LocalDate workedOn,
                        @Schema(required = true) BigDecimal hours, String description,
                        @Schema(required = true) Instant loggedAt, UUID billedBy) {

        static Entry from(RetainerHours.Entry e) {
            return new Entry(e.id(), e.workedOn(), e.hours(), e.description(), e.loggedAt(),
                    e.billedBy().map(id -> id.value()).orElse(null));
        }
    }

    static RetainerHoursJson from(RetainerTimesheet.Standing standing) {
        return new RetainerHoursJson(standing.unbilled(), standing.allowance(), standing.carried(),
                standing.entries().stream().map(Entry::from).toList());
    }
}
