package com.becflow.invoicing.plans.app;

import com.becflow.clients.app.ClientService;
import com.becflow.invoicing.Invoice;
import com.becflow.invoicing.InvoiceId;
import com.becflow.invoicing.InvoiceNotFound;
import com.becflow.invoicing.Invoices;
import com.becflow.invoicing.plans.PaymentPlanNotFound;
import com.becflow.invoicing.plans.PaymentPlans;
import com.becflow.invoicing.plans.PlanStatement;
import com.becflow.shared.tenant.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/** An invoice's plan with its installments as the invoice's ledger settles them today, on the client's calendar. */
@ApplicationScoped
@Transactional
public class PlanStatements {

    private final Invoices invoices;
    private final PaymentPlans plans;
    private final ClientService clients;
    private final Clock clock;

    @Inject
    public PlanStatements(Invoices invoices, PaymentPlans plans, ClientService clients, Clock clock) {
        this.invoices = invoices;
        this.plans = plans;
        this.clients = clients;
        this.clock = clock;
    }

    protected PlanStatements() {
        this(null, null, null, null);
    }

    public PlanStatement of(InvoiceId id, TenantContext ctx) {
        Invoice invoice = invoices.find(ctx.tenant(), id).orElseThrow(() -> new InvoiceNotFound(id));
        return of(invoice, ctx).orElseThrow(() -> new PaymentPlanNotFound(id));
    }

    /** The statement of the invoice's plan, if it has one that is not cancelled. */
    public Optional<PlanStatement> of(Invoice invoice, TenantContext ctx) {
        LocalDate clientToday = LocalDate.now(clock.withZone(clients.get(invoice.clientId(), ctx).zone()));
        return plans.live(ctx.tenant(), invoice.id()).map(plan -> PlanStatement.of(plan, invoice.ledger(), clientToday));
    }
}
