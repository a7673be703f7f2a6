package com.becflow.invoicing.plans;

import com.becflow.invoicing.InvoiceId;
import com.becflow.invoicing.InvoiceStateConflict;
import com.becflow.shared.tenant.Actor;
import java.time.Instant;
import java.util.Objects;

/**
 * A payment plan on one issued invoice: the terms someone proposed, and what became of them. An invoice has at most
 * one plan that is not cancelled. The plan holds no money: what its installments have been paid is read from the
 * invoice's ledger ({@link PlanStatement}); its installments always sum to the invoice's total ({@link PlanRules}
 * refuses any others).
 */
public final class PaymentPlan {

    private final PlanId id;
    private final InvoiceId invoiceId;
    private final PlanTerms terms;
    private final Actor proposedBy;
    private final Instant proposedAt;
    private PlanStatus status;
    private Instant acceptedAt;
    private Instant cancelledAt;

    private PaymentPlan(PlanId id, InvoiceId invoiceId, PlanTerms terms, Actor proposedBy, Instant proposedAt,
                        PlanStatus status, Instant acceptedAt, Instant cancelledAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.invoiceId = Objects.requireNonNull(invoiceId, "invoiceId");
        this.terms = Objects.requireNonNull(terms, "terms");
        this.proposedBy = Objects.requireNonNull(proposedBy, "proposedBy");
        this.proposedAt = Objects.requireNonNull(proposedAt, "proposedAt");
        this.status = Objects.requireNonNull(status, "status");
        this.acceptedAt = acceptedAt;
        this.cancelledAt = cancelledAt;
    }

    /** A plan the freelancer proposes; the client accepts it, or the freelancer cancels it. */
    public static PaymentPlan proposed(InvoiceId invoice, PlanTerms terms, Actor by, Instant now) {
        return new PaymentPlan(PlanId.newId(), invoice, terms, by, now, PlanStatus.PROPOSED, null, null);
    }

    /** A plan the client built inside the limits in the portal: accepted as it is made. */
    public static PaymentPlan builtByClient(InvoiceId invoice, PlanTerms terms, Actor client, Instant now) {
        return new PaymentPlan(PlanId.newId(), invoice, terms, client, now, PlanStatus.ACCEPTED, now, null);
    }

    /** A plan as it was stored. */
    public static PaymentPlan restored(PlanId id, InvoiceId invoice, PlanTerms terms, Actor proposedBy, Instant proposedAt,
                                       PlanStatus status, Instant acceptedAt, Instant cancelledAt) {
        return new PaymentPlan(id, invoice, terms, proposedBy, proposedAt, status, acceptedAt, cancelledAt);
    }

    public void accept(Instant now) {
        if (status == PlanStatus.ACCEPTED) {
            throw PlanAcceptanceRefused.alreadyAccepted();
        }
        if (status != PlanStatus.PROPOSED) {
            throw new InvoiceStateConflict("plan.accept.not-proposed", "Only a proposed plan can be accepted; this one is "
                    + status.name().toLowerCase());
        }
        status = PlanStatus.ACCEPTED;
        acceptedAt = now;
    }

    public void cancel(Instant now) {
        if (status == PlanStatus.CANCELLED) {
            throw new InvoiceStateConflict("plan.cancel.already-cancelled", "The plan is already cancelled");
        }
        status = PlanStatus.CANCELLED;
        cancelledAt = now;
    }

    public PlanId id() { return id; }
    public InvoiceId invoiceId() { return invoiceId; }
    public PlanTerms terms() { return terms; }
    public Actor proposedBy() { return proposedBy; }
    public Instant proposedAt() { return proposedAt; }
    public PlanStatus status() { return status; }
    public Instant acceptedAt() { return acceptedAt; }
    public Instant cancelledAt() { return cancelledAt; }
}
