package com.becflow.invoicing.app;

import com.becflow.invoicing.InvoiceLine;
import java.util.List;

/** What is taken off an issued invoice, and why (printed on the credit note). */
public record IssueCreditNote(List<InvoiceLine> lines, String reason) {
}
