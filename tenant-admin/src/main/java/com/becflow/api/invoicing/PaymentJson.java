package com.becflow.api.invoicing;

import com.becflow.api.MoneyJson;
import com.becflow.invoicing.Payment;
import java.time.Instant;
import java.time.LocalDate;

public record PaymentJson(String id, String invoiceId, String kind, String method, MoneyJson amount, LocalDate receivedOn,
                          String reference, String refundedPaymentId, String creditNoteId, String recordedByKind,
                          String recordedBy, Instant recordedAt) {

    static PaymentJson from(Payment p) {
        return new PaymentJson(p.id().toString(), p.invoiceId().toString(), p.kind().name(), p.method().name(),
                MoneyJson.from(p.amount()), p.receivedOn(), p.reference(),
                p.refundedPaymentId().map(Object::toString).orElse(null), p.creditNoteId().map(Object::toString).orElse(null),
                p.actor().kind().name(), p.actor().who(), p.recordedAt());
    }
}
