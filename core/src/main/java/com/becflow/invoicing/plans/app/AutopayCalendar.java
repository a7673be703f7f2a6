package com.becflow.invoicing.plans.app;

import com.becflow.clients.Client;
import com.becflow.clients.app.ClientService;
import com.becflow.invoicing.Invoice;
import com.becflow.invoicing.InvoiceId;
import com.becflow.invoicing.Invoices;
import com.becflow.invoicing.app.PlannedCharges;
import com.becflow.invoicing.plans.Autopay;
import com.becflow.invoicing.plans.AutopayCharge;
import com.becflow.invoicing.plans.AutopayRules;
import com.becflow.invoicing.plans.Autopays;
import com.becflow.invoicing.plans.PaymentPlan;
import com.becflow.invoicing.plans.PaymentPlans;
import com.becflow.invoicing.plans.PlanStatement;
import com.becflow.invoicing.plans.PlanStatus;
import com.becflow.shared.tenant.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * When a tenant's autopays charge, read from their data: which invoices have a charge to make now, and the next moment
 * one falls due (the start of an installment's due date, or of a retry's day, where the client lives). Reads only.
 */
@ApplicationScoped
@Transactional
public class AutopayCalendar implements PlannedCharges {

    private final Autopays autopays;
    private final PaymentPlans plans;
    private final Invoices invoices;
    private final ClientService clients;
    private final Clock clock;

    @Inject
    public AutopayCalendar(Autopays autopays, PaymentPlans plans, Invoices invoices, ClientService clients, Clock clock) {
        this.autopays = autopays;
        this.plans = plans;
        this.invoices = invoices;
        this.clients = clients;
        this.clock = clock;
    }

    protected AutopayCalendar() {
        this(null, null, null, null, null);
    }

    /**
     * An invoice's autopay with what it does next today.
     *
     * @param plan the invoice's accepted plan; null when it has none any more and only a charge asked under an earlier
     *             one waits for its answer
     */
    record Situation(Invoice invoice, Client client, Autopay autopay, PaymentPlan plan, LocalDate clientToday,
                     AutopayRules.Step step) {
    }

    /**
     * What the invoice's autopay does next. While the open invoice has an accepted plan: by {@link AutopayRules} while
     * autopay is on, otherwise only a charge not settled yet is seen to ({@link AutopayRules#settling}). Without one (the
     * plan was cancelled, the invoice paid by other means or voided) that charge is still seen to, and nothing new is
     * charged: the provider may have taken the money, which then goes on the ledger like any late payment.
     */
    Optional<Situation> situation(TenantContext ctx, InvoiceId id) {
        Optional<Autopay> autopay = autopays.of(ctx.tenant(), id).filter(a -> a.method() != null);
        Optional<Invoice> invoice = autopay.flatMap(a -> invoices.find(ctx.tenant(), id));
        Optional<PaymentPlan> plan = invoice.filter(i -> i.status().open()).flatMap(i -> plans.live(ctx.tenant(), id))
                .filter(p -> p.status() == PlanStatus.ACCEPTED);
        if (invoice.isEmpty()) {
            return Optional.empty();
        }
        Client client = clients.get(invoice.get().clientId(), ctx);
        if (plan.isEmpty()) {
            LocalDate clientToday = client.today(clock);
            return AutopayRules.settling(autopays.unsettled(ctx.tenant(), id), clientToday).map(step -> new Situation(
                    invoice.get(), client, autopay.get(), null, clientToday, step));
        }
        LocalDate clientToday = client.today(clock);
        PlanStatement statement = PlanStatement.of(plan.get(), invoice.get().ledger(), clientToday);
        List<AutopayCharge> charges = autopays.charges(ctx.tenant(), plan.get().id());
        AutopayRules.Step step = autopay.get().status().charging()
                ? AutopayRules.withNotice(AutopayRules.next(statement, autopay.get().method().method(), charges,
                clientToday), statement, charges, autopays.noticed(ctx.tenant(), plan.get().id()), clientToday)
                : AutopayRules.settling(charges, clientToday).orElse(new AutopayRules.Wait(Optional.empty()));
        return Optional.of(new Situation(invoice.get(), client, autopay.get(), plan.get(), clientToday, step));
    }

    /** The invoices whose autopay has something to do now: a charge to make or ask again, a notice, or a stop. */
    public List<InvoiceId> due(TenantContext ctx) {
        List<InvoiceId> due = new ArrayList<>();
        for (InvoiceId id : autopays.charging(ctx.tenant())) {
            situation(ctx, id).filter(s -> !(s.step() instanceof AutopayRules.Wait)).ifPresent(s -> due.add(id));
        }
        return due;
    }

    @Override
    public boolean debitOnItsWay(TenantContext ctx, InvoiceId invoice) {
        return autopays.debitOnItsWay(ctx.tenant(), invoice).isPresent();
    }

    @Override
    public Optional<Instant> next(TenantContext ctx) {
        Instant now = clock.instant();
        Optional<Instant> next = Optional.empty();
        for (InvoiceId id : autopays.charging(ctx.tenant())) {
            Optional<Instant> at = situation(ctx, id).flatMap(s -> s.step() instanceof AutopayRules.Wait wait
                    ? wait.until().map(day -> day.atStartOfDay(s.client().zone()).toInstant()) : Optional.of(now));
            if (at.isPresent() && (next.isEmpty() || at.get().isBefore(next.get()))) {
                next = at;
            }
        }
        return next;
    }
}
