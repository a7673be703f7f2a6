package com.becflow.api.invoicing;

import com.becflow.invoicing.InvoiceEvent;
import com.becflow.invoicing.InvoiceEventType;
import com.becflow.shared.tenant.Actor;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One entry of an invoice's history.
 *
 * @param type      what happened (ISSUED, SENT, VIEWED, PAYMENT, REFUND, DISPUTE, …)
 * @param actorKind FREELANCER, CLIENT, PROVIDER or SYSTEM
 * @param actor     who within that kind: a user id, the address a link went to, the provider, the rule that acted
 */
public record InvoiceEventJson(@Schema(required = true) Instant occurredAt,
                               @Schema(implementation = InvoiceEventType.class, required = true) String type,
                               @Schema(implementation = Actor.Kind.class, required = true) String actorKind,
                               String actor, String detail) {

    static InvoiceEventJson from(InvoiceEvent e) {
        return new InvoiceEventJson(e.occurredAt(), e.type().name(), e.actor().kind().name(), e.actor().who(), e.detail());
    }
}
