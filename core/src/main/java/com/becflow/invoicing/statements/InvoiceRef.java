package com.becflow.invoicing.statements;

import com.becflow.invoicing.InvoiceId;
import java.time.LocalDate;

/**
 * The invoice (or deposit invoice) whose balance a movement changes, as an open item names it.
 *
 * @param dueDate the day it is due now (under a payment plan, its next installment's)
 */
public record InvoiceRef(InvoiceId id, String number, LocalDate issueDate, LocalDate dueDate) {
}
