package com.becflow.api.invoicing;

import com.becflow.api.MoneyJson;
import com.becflow.invoicing.Payment;
import com.becflow.invoicing.PaymentKind;
import com.becflow.invoicing.PaymentMethod;
import com.becflow.shared.tenant.Actor;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record PaymentJson(@Schema(implementation = UUID.class, required = true) String id,
                          @Schema(implementation = UUID.class, required = true) String invoiceId,
                          @Schema(implementation = PaymentKind.class, required = true) String kind,
                          @Schema(implementation = PaymentMethod.class, required = true) String method,
                          @Schema(required = true) MoneyJson amount, LocalDate receivedOn, String reference,
                          @Schema(implementation = UUID.class) String refundedPaymentId,
                          @Schema(implementation = UUID.class) String creditNoteId,
                          @Schema(implementation = Actor.Kind.class, required = true) String recordedByKind,
                          @Schema(description = "Who within that kind: a user id, the provider, the rule that acted")
                          String recordedBy, @Schema(required = true) Instant recordedAt) {

    static PaymentJson from(Payment p) {
        return new PaymentJson(p.id().toString(), p.invoiceId().toString(), p.kind().name(), p.method().name(),
                MoneyJson.from(p.amount()), p.receivedOn(), p.reference(),
                p.refundedPaymentId().map(Object::toString).orElse(null), p.creditNoteId().map(Object::toString).orElse(null),
                p.actor().kind().name(), p.actor().who(), p.recordedAt());
    }
}
