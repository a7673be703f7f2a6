package com.becflow.invoicing.recurring.app;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Hours worked for a retainer's client on a day, as the freelancer logs them. */
public record LogHours(LocalDate workedOn, BigDecimal hours, String description) {
}
