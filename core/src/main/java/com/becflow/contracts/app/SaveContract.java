package com.becflow.contracts.app;

import com.becflow.contracts.ContractTerms;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A contract's editable fields as typed; unset values fall back to the template's or the client's. */
public record SaveContract(String title, String projectName, LocalDate startDate, LocalDate endDate,
                           BigDecimal fee, String currency, String body, ContractTerms terms,
                           Boolean countersignRequired, Integer validityDays) {
}
