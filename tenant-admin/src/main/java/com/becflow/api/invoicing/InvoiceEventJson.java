package com.becflow.api.invoicing;

import com.becflow.invoicing.InvoiceEvent;
import java.time.Instant;

public record InvoiceEventJson(Instant occurredAt, String type, String actor, String detail) {

    static InvoiceEventJson from(InvoiceEvent e) {
        return new InvoiceEventJson(e.occurredAt(), e.type(), e.actor(), e.detail());
    }
}
