package com.becflow.invoicing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One entry of an invoice's history as the freelancer reads it: issued, sent, viewed, paid, refunded, disputed. */
@Entity
@Table(name = "invoice_event")
public class InvoiceEvent {

    @Id
    private UUID id;

    @Column(name = "invoice_id", nullable = false)
    private UUID invoiceId;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 30)
    private String type;

    @Column(nullable = false, length = 300)
    private String actor;

    @Column(nullable = false, length = 2000)
    private String detail;

    protected InvoiceEvent() {
    }

    public InvoiceEvent(InvoiceId invoice, String type, String actor, String detail, Instant now) {
        this.id = UUID.randomUUID();
        this.invoiceId = invoice.value();
        this.type = type;
        this.actor = actor;
        this.detail = detail.length() > 2000 ? detail.substring(0, 1999) + "…" : detail;
        this.occurredAt = now;
    }

    public InvoiceId invoiceId() { return new InvoiceId(invoiceId); }
    public Instant occurredAt() { return occurredAt; }
    public String type() { return type; }
    public String actor() { return actor; }
    public String detail() { return detail; }
}
