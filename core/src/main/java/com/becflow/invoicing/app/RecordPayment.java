package com.becflow.invoicing.app;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Money the freelancer received outside Becflow: cash, a bank transfer, a cheque. */
public record RecordPayment(BigDecimal amount, String method, LocalDate receivedOn, String reference) {
}
