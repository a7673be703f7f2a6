package com.becflow.workspace.invoicing;

import com.becflow.invoicing.app.IssueCreditNote;
import com.becflow.workspace.invoicing.InvoiceDraft.LineDraft;
import java.util.ArrayList;
import java.util.List;

/** The credit note form's working copy: the lines taken off an issued invoice, and the reason printed with them. */
public class CreditNoteDraft {

    private List<LineDraft> lines = new ArrayList<>(List.of(new LineDraft()));
    private String reason = "";

    public IssueCreditNote toCommand() {
        return new IssueCreditNote(InvoiceDraft.lineList(lines), reason);
    }

    /** Set from the lines editor, which binds each line itself. */
    public List<LineDraft> getLines() { return lines; }
    public void setLines(List<LineDraft> v) { lines = v == null ? new ArrayList<>() : new ArrayList<>(v); }
    public String getReason() { return reason; }
    public void setReason(String v) { reason = v; }
}
