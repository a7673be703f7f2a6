package com.becflow.api.invoicing;

import com.becflow.invoicing.InvoiceEvent;
import java.time.Instant;

/**
 * One entry of an invoice's history.
 *
 * @param type      what happened (ISSUED, SENT, VIEWED, PAYMENT, REFUND, DISPUTE, …)
 * @param actorKind FREELANCER, CLIENT, PROVIDER or SYSTEM
 * @param actor     who within that kind: a user id, the address a link went to, the provider, the rule that acted
 */
public record InvoiceEventJson(Instant occurredAt, String type, String actorKind, String actor, String detail) {

    static InvoiceEventJson from(InvoiceEvent e) {
        return new InvoiceEventJson(e.occurredAt(), e.type().name(), e.actor().kind().name(), e.actor().who(), e.detail());
    }
}
