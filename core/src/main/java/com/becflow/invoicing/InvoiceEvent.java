package com.becflow.invoicing;

import com.becflow.shared.tenant.Actor;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * One entry of an invoice's history: what happened ({@link InvoiceEventType}), who did it ({@link Actor}), a
 * sentence for people, and, where an event must be recorded once per outside fact, that fact's {@code reference}
 * (e.g. a dispute and the state it reached). Decisions read the type and the reference, never the sentence.
 */
@Entity
@Table(name = "invoice_event")
public class InvoiceEvent {

    static final int DETAIL_LENGTH = 2000;

    @Id
    private UUID id;

    @Column(name = "invoice_id", nullable = false)
    private UUID invoiceId;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private InvoiceEventType type;

    @Enumerated(EnumType.STRING)
    @Column(name = "actor_kind", nullable = false, length = 10)
    private Actor.Kind actorKind;

    @Column(nullable = false, length = 300)
    private String actor;

    @Column(nullable = false, length = DETAIL_LENGTH)
    private String detail;

    @Column(length = 255)
    private String reference;

    protected InvoiceEvent() {
    }

    public InvoiceEvent(InvoiceId invoice, InvoiceEventType type, Actor actor, String detail, String reference, Instant now) {
        this.id = UUID.randomUUID();
        this.invoiceId = invoice.value();
        this.type = type;
        this.actorKind = actor.kind();
        this.actor = actor.who().length() > 300 ? actor.who().substring(0, 299) + "…" : actor.who();
        this.detail = detail.length() > DETAIL_LENGTH ? detail.substring(0, DETAIL_LENGTH - 1) + "…" : detail;
        this.reference = reference;
        this.occurredAt = now;
    }

    public InvoiceId invoiceId() { return new InvoiceId(invoiceId); }
    public Instant occurredAt() { return occurredAt; }
    public InvoiceEventType type() { return type; }
    public Actor actor() { return new Actor(actorKind, actor); }
    public String detail() { return detail; }
    public Optional<String> reference() { return Optional.ofNullable(reference); }
}
