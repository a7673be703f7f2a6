package com.becflow.api.recurring;

import com.becflow.invoicing.recurring.app.LogHours;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Hours worked under a retainer on a day. */
public class LogHoursJson {

    @Schema(required = true, description = "From the retainer's first day to today")
    public LocalDate workedOn;
    @Schema(required = true, description = "Above 0, at most 1000, up to 2 decimals")
    public BigDecimal hours;
    @Schema(maxLength = 500)
    public String description;

    LogHours toCommand() {
        return new LogHours(workedOn, hours, description);
    }
}
