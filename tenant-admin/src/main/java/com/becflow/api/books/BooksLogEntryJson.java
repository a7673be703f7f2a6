package com.becflow.api.books;

import com.becflow.accounting.BooksLogEntry;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One line of the sync log. */
public class BooksLogEntryJson {

    @Schema(required = true)
    public Instant at;
    @Schema(description = "CONTACT, INVOICE, PAYMENT, CREDIT_NOTE or REFUND; absent for the connection's own events")
    public String object;
    @Schema(description = "The Becflow id of the client, invoice or payment")
    public UUID id;
    @Schema(required = true, description = "CREATED, UPDATED, RECEIVED, REVERSED (a payment taken from the books and deleted there), REFUSED, WAITING, CONNECTED, REVOKED, PAUSED (the vendor asked us to wait) or FINISHED (a pass's summary)")
    public String outcome;
    @Schema(required = true, description = "What happened and why, in words", example = "created invoice INV-0042")
    public String detail;

    static BooksLogEntryJson from(BooksLogEntry entry) {
        BooksLogEntryJson json = new BooksLogEntryJson();
        json.at = entry.at();
        json.object = entry.object() == null ? null : entry.object().name();
        json.id = entry.localId();
        json.outcome = entry.outcome().name();
        json.detail = entry.detail();
        return json;
    }
}
