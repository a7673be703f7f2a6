package com.becflow.assistant;

import com.becflow.invoicing.InvoiceLine;
import java.util.List;

/** Invoice lines as proposed from a brief, with the currency read (or assumed) and each line's reason. */
public record InvoiceProposal(String currency, List<InvoiceLine> lines, List<Reason> reasons,
                              DraftProvenance provenance) {
}
