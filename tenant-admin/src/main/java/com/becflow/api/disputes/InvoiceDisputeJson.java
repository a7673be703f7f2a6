package com.becflow.api.disputes;

import com.becflow.api.MoneyJson;
import com.becflow.invoicing.InvoiceId;
import com.becflow.invoicing.disputes.DisputeStatus;
import com.becflow.invoicing.disputes.InvoiceDispute;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A client's dispute of part of an invoice, and the freelancer's answer once given. */
public record InvoiceDisputeJson(@Schema(implementation = UUID.class, required = true) String id,
                                 @Schema(description = "The disputed line, counted from 1; left out: an amount of the"
                                         + " invoice as a whole") Integer line,
                                 @Schema(required = true) MoneyJson amount,
                                 @Schema(required = true) String reason,
                                 @Schema(required = true) Instant raisedAt,
                                 @Schema(implementation = DisputeStatus.class, required = true) String status,
                                 String answer, Instant answeredAt,
                                 @Schema(implementation = UUID.class) String creditNoteId) {

    static InvoiceDisputeJson from(InvoiceDispute d) {
        return new InvoiceDisputeJson(d.id().toString(), d.line().orElse(null), MoneyJson.from(d.amount()), d.reason(),
                d.raisedAt(), d.status().name(), d.answer().orElse(null), d.answeredAt().orElse(null),
                d.creditNoteId().map(InvoiceId::toString).orElse(null));
    }
}
