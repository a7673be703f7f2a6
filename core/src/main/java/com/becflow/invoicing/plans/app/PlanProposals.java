package com.becflow.invoicing.plans.app;

import com.becflow.clients.app.ClientService;
import com.becflow.invoicing.Invoice;
import com.becflow.invoicing.InvoiceEventType;
import com.becflow.invoicing.InvoiceId;
import com.becflow.invoicing.InvoiceNotFound;
import com.becflow.invoicing.InvoiceStateConflict;
import com.becflow.invoicing.Invoices;
import com.becflow.invoicing.app.InvoiceHistory;
import com.becflow.invoicing.app.Ledger;
import com.becflow.invoicing.app.LockedInvoice;
import com.becflow.invoicing.plans.AutopayStatus;
import com.becflow.invoicing.plans.Autopays;
import com.becflow.invoicing.plans.PaymentPlan;
import com.becflow.invoicing.plans.PaymentPlanNotFound;
import com.becflow.invoicing.plans.PaymentPlans;
import com.becflow.invoicing.plans.PlanAcceptanceRefused;
import com.becflow.invoicing.plans.PlanLimits;
import com.becflow.invoicing.plans.PlanRules;
import com.becflow.invoicing.plans.PlanStatement;
import com.becflow.invoicing.plans.PlanStatus;
import com.becflow.invoicing.plans.PlanTerms;
import com.becflow.invoicing.plans.ScheduledInstallment;
import com.becflow.shared.money.MoneyText;
import com.becflow.shared.tenant.Actor;
import com.becflow.shared.tenant.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.stream.Collectors;

/**
 * The freelancer proposes a plan on an issued invoice, or cancels it. Both take the invoice locked ({@link Ledger#lock}),
 * so a plan never appears or goes halfway through a payment; the plan's terms are checked against the limits that bind
 * the invoice before anything is stored, and its history names what happened. Before proposing, the freelancer sees the
 * plan previewed with every rule it breaks, checked as the portal checks the client's.
 */
@ApplicationScoped
@Transactional
public class PlanProposals {

    private final Ledger ledger;
    private final Invoices invoices;
    private final PaymentPlans plans;
    private final PlanLimitSettings limits;
    private final ClientService clients;
    private final InvoiceHistory history;
    private final PlanMails mails;
    private final Clock clock;

    /** Autopay stays on through a new plan; its client is told what changed. */
    @Inject
    Autopays autopays;

    @Inject
    AutopayNotices autopayNotices;

    @Inject
    public PlanProposals(Ledger ledger, Invoices invoices, PaymentPlans plans, PlanLimitSettings limits,
                         ClientService clients, InvoiceHistory history, PlanMails mails, Clock clock) {
        this.ledger = ledger;
        this.invoices = invoices;
        this.plans = plans;
        this.limits = limits;
        this.clients = clients;
        this.history = history;
        this.mails = mails;
        this.clock = clock;
    }

    protected PlanProposals() {
        this(null, null, null, null, null, null, null, null);
    }

    /** What the freelancer may propose a plan in on the invoice: the limits that bind it, on the client's calendar. */
    public PlanPortal.Offer offer(InvoiceId id, TenantContext ctx) {
        return offer(find(id, ctx), ctx);
    }

    PlanPortal.Offer offer(Invoice invoice, TenantContext ctx) {
        PlanLimits binding = limits.binding(invoice, ctx);
        return new PlanPortal.Offer(invoice.total(), binding, clientToday(invoice, ctx),
                binding.latestFinalDate(invoice.issueDate()));
    }

    /** The plan {@code command} describes on the invoice, with every rule it breaks; nothing is stored. */
    public PlanPortal.Preview preview(InvoiceId id, ProposePlan command, TenantContext ctx) {
        return preview(find(id, ctx), command, ctx, false);
    }

    PlanPortal.Preview preview(Invoice invoice, ProposePlan command, TenantContext ctx, boolean builtByClient) {
        return PlanPortal.Preview.of(invoice.id(), command, setting(invoice, ctx, builtByClient));
    }

    /** The freelancer proposes a plan; the client is mailed its installments and a link to accept it. */
    public PlanStatement propose(InvoiceId id, ProposePlan command, TenantContext ctx) {
        ctx.requireWritable();
        LockedInvoice locked = ledger.lock(id, ctx);
        PaymentPlan plan = PaymentPlan.proposed(id, termsFor(locked, command, false), Actor.freelancer(ctx), clock.instant());
        return store(locked, plan);
    }

    /**
     * The terms {@code command} gives the locked invoice, once they fit the limits that bind it: for a plan the
     * freelancer proposes, or one the client builds, for whom the limits must also offer plans. Stores nothing.
     */
    PlanTerms termsFor(LockedInvoice locked, ProposePlan command, boolean builtByClient) {
        TenantContext ctx = locked.ctx();
        Invoice invoice = locked.invoice();
        requireOpen(invoice);
        plans.live(ctx.tenant(), invoice.id()).ifPresent(live -> {
            if (builtByClient && live.status() == PlanStatus.ACCEPTED) {
                throw PlanAcceptanceRefused.alreadyAccepted();
            }
            throw new InvoiceStateConflict("plan.already-exists", invoice.describe()
                    + " has a payment plan already; cancel it to propose another");
        });
        PlanTerms terms = PlanTermsReader.read(command, invoice.total());
        PlanRules.require(terms, setting(invoice, ctx, builtByClient));
        return terms;
    }

    private PlanRules.Setting setting(Invoice invoice, TenantContext ctx, boolean builtByClient) {
        return new PlanRules.Setting(invoice.total(), invoice.issueDate(), clientToday(invoice, ctx),
                limits.binding(invoice, ctx), builtByClient);
    }

    /** Stores a new plan on the locked invoice and names it in the invoice's history. */
    PlanStatement store(LockedInvoice locked, PaymentPlan plan) {
        TenantContext ctx = locked.ctx();
        Invoice invoice = locked.invoice();
        PlanTerms terms = plan.terms();
        boolean accepted = plan.status() == PlanStatus.ACCEPTED;
        plans.add(ctx.tenant(), plan);
        history.record(ctx, invoice.id(), accepted ? InvoiceEventType.PLAN_ACCEPTED : InvoiceEventType.PLAN_PROPOSED,
                plan.proposedBy(), "Payment plan of " + terms.count() + " installments "
                        + (accepted ? "built and accepted" : "proposed") + ": " + terms.installments().stream()
                        .map(PlanProposals::describe).collect(Collectors.joining(", "))
                        + (terms.autopay() ? "; charged automatically" : ""));
        if (!accepted) {
            // One mail about a proposal: with autopay on, the one saying it stays on for the new installments.
            autopays.of(ctx.tenant(), invoice.id()).filter(a -> a.status() != AutopayStatus.OFF && a.method() != null)
                    .ifPresentOrElse(a -> autopayNotices.planChanged(ctx, invoice, clients.get(invoice.clientId(), ctx), a,
                            terms), () -> mails.proposed(locked, plan));
        }
        return PlanStatement.of(plan, invoice.ledger(), clientToday(invoice, ctx));
    }

    /** Whether the invoice may get a plan: an issued invoice still owed something. */
    public static boolean canHavePlan(Invoice invoice) {
        return invoice.kind().owed() && invoice.status().open() && invoice.balance().isPositive();
    }

    static void requireOpen(Invoice invoice) {
        if (!canHavePlan(invoice)) {
            throw new InvoiceStateConflict("plan.invoice.not-open", "Only an issued invoice with a balance gets a plan; "
                    + invoice.describe() + " is " + invoice.status().label().toLowerCase());
        }
    }

    /** Cancels the invoice's plan; the invoice and its ledger stay as they are, and what was paid stays paid. */
    public PlanStatement cancel(InvoiceId id, TenantContext ctx) {
        ctx.requireWritable();
        LockedInvoice locked = ledger.lock(id, ctx);
        Invoice invoice = locked.invoice();
        PaymentPlan plan = plans.live(ctx.tenant(), id).orElseThrow(() -> new PaymentPlanNotFound(id));
        plan.cancel(clock.instant());
        plans.saveStatus(ctx.tenant(), plan);
        ledger.followPlan(locked);
        history.record(ctx, id, InvoiceEventType.PLAN_CANCELLED, Actor.freelancer(ctx), "Payment plan cancelled; balance "
                + invoice.balance().rounded());
        return PlanStatement.of(plan, invoice.ledger(), clientToday(invoice, ctx));
    }

    LocalDate clientToday(Invoice invoice, TenantContext ctx) {
        return clients.get(invoice.clientId(), ctx).today(clock);
    }

    private Invoice find(InvoiceId id, TenantContext ctx) {
        return invoices.find(ctx.tenant(), id).orElseThrow(() -> new InvoiceNotFound(id));
    }

    private static String describe(ScheduledInstallment installment) {
        return MoneyText.of(installment.amount()) + " on " + installment.dueDate();
    }
}
