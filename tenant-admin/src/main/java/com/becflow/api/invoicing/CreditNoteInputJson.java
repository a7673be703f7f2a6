package com.becflow.api.invoicing;

import com.becflow.invoicing.app.IssueCreditNote;
import java.util.List;

public class CreditNoteInputJson {

    public List<InvoiceLineJson> lines;
    public String reason;

    public IssueCreditNote toCommand() {
        return new IssueCreditNote(lines == null ? List.of() : lines.stream().map(l -> l == null ? null : l.toLine()).toList(),
                reason);
    }
}
