package com.becflow.invoicing.plans.app;

import com.becflow.contracts.SignatureContext;
import com.becflow.invoicing.Invoice;
import com.becflow.invoicing.InvoiceEventType;
import com.becflow.invoicing.app.InvoiceHistory;
import com.becflow.invoicing.app.Ledger;
import com.becflow.invoicing.app.LockedInvoice;
import com.becflow.invoicing.plans.AgreedTerms;
import com.becflow.invoicing.plans.PaymentPlan;
import com.becflow.invoicing.plans.PaymentPlanNotFound;
import com.becflow.invoicing.plans.PaymentPlans;
import com.becflow.invoicing.plans.PlanAcceptanceRefused;
import com.becflow.invoicing.plans.PlanStatement;
import com.becflow.invoicing.plans.PlanStatus;
import com.becflow.invoicing.plans.PlanTerms;
import com.becflow.shared.tenant.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * A client accepts a plan: the one the freelancer proposed, or one they build inside the limits. Either way they name
 * the terms they were shown by their SHA-256 ({@link AgreedTerms}), and a plan whose terms are not those is refused, as
 * is a plan accepted before; every check comes before anything is written, and the plan's status, its history and the
 * acceptance's evidence ({@link PlanAgreements}) are written in one transaction, all or nothing.
 */
@ApplicationScoped
@Transactional
public class PlanAcceptances {

    private final PaymentPlans plans;
    private final PlanProposals proposals;
    private final PlanAgreements agreements;
    private final InvoiceHistory history;
    private final Ledger ledger;
    private final Clock clock;

    @Inject
    public PlanAcceptances(PaymentPlans plans, PlanProposals proposals, PlanAgreements agreements, InvoiceHistory history,
                           Ledger ledger, Clock clock) {
        this.plans = plans;
        this.ledger = ledger;
        this.proposals = proposals;
        this.agreements = agreements;
        this.history = history;
        this.clock = clock;
    }

    protected PlanAcceptances() {
        this(null, null, null, null, null, null);
    }

    /** The client accepts the plan the freelancer proposed, as it was shown to them. */
    PlanStatement acceptProposed(LockedInvoice locked, AcceptPlan acceptance, Actor client, SignatureContext where) {
        String shown = acceptance.checked();
        Invoice invoice = locked.invoice();
        PlanProposals.requireOpen(invoice);
        PaymentPlan plan = plans.live(locked.ctx().tenant(), invoice.id()).orElseThrow(PaymentPlanNotFound::onThisInvoice);
        if (plan.status() == PlanStatus.ACCEPTED) {
            throw PlanAcceptanceRefused.alreadyAccepted();
        }
        requireShown(AgreedTerms.of(invoice.id(), plan.terms()), shown);
        Instant now = moment();
        plan.accept(now);
        plans.saveStatus(locked.ctx().tenant(), plan);
        history.record(locked.ctx(), invoice.id(), InvoiceEventType.PLAN_ACCEPTED, client, "Payment plan of "
                + plan.terms().count() + " installments accepted as proposed");
        agreements.record(locked.ctx(), invoice, plan, client, where, now);
        ledger.followPlan(locked);
        return PlanStatement.of(plan, invoice.ledger(), proposals.clientToday(invoice, locked.ctx()));
    }

    /** The client builds a plan inside the limits and accepts it as it was previewed to them. */
    PlanStatement build(LockedInvoice locked, ProposePlan command, AcceptPlan acceptance, Actor client,
                        SignatureContext where) {
        Invoice invoice = locked.invoice();
        PlanTerms terms = proposals.termsFor(locked, command, true);
        String shown = acceptance.checked();
        requireShown(AgreedTerms.of(invoice.id(), terms), shown);
        Instant now = moment();
        PaymentPlan plan = PaymentPlan.builtByClient(invoice.id(), terms, client, now);
        PlanStatement statement = proposals.store(locked, plan);
        agreements.record(locked.ctx(), invoice, plan, client, where, now);
        ledger.followPlan(locked);
        return statement;
    }

    /**
     * The database keeps microseconds and rounds what is finer: the plan and its acceptance are stamped with one
     * instant, cut to what is kept, so they read back alike.
     */
    private Instant moment() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static void requireShown(AgreedTerms terms, String shownSha256) {
        if (!terms.matches(shownSha256)) {
            throw PlanAcceptanceRefused.termsChanged();
        }
    }
}
