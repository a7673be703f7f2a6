package com.becflow.invoicing.plans.app;

import com.becflow.clients.ClientId;
import com.becflow.clients.app.ClientService;
import com.becflow.invoicing.Invoice;
import com.becflow.invoicing.InvoiceId;
import com.becflow.invoicing.InvoiceNotFound;
import com.becflow.invoicing.Invoices;
import com.becflow.invoicing.plans.InvalidPlanLimits;
import com.becflow.invoicing.plans.PaymentPlans;
import com.becflow.invoicing.plans.PlanLimits;
import com.becflow.invoicing.plans.PlanLimitsOverride;
import com.becflow.shared.tenant.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;

/** The limits plans are built in: the workspace's, and as they bind one invoice once its client's and its own apply. */
@ApplicationScoped
@Transactional
public class PlanLimitSettings {

    private final PaymentPlans plans;
    private final Invoices invoices;
    private final ClientService clients;
    private final Clock clock;

    @Inject
    public PlanLimitSettings(PaymentPlans plans, Invoices invoices, ClientService clients, Clock clock) {
        this.plans = plans;
        this.invoices = invoices;
        this.clients = clients;
        this.clock = clock;
    }

    protected PlanLimitSettings() {
        this(null, null, null, null);
    }

    public PlanLimits workspace(TenantContext ctx) {
        return plans.workspaceLimits(ctx.tenant());
    }

    /** Replaces the workspace's limits; plans already proposed keep the terms they have. */
    public PlanLimits changeWorkspace(PlanLimits limits, TenantContext ctx) {
        ctx.requireWritable();
        Map<String, String> problems = limits.problems();
        if (!problems.isEmpty()) {
            throw new InvalidPlanLimits(problems);
        }
        plans.saveWorkspaceLimits(ctx.tenant(), limits, clock.instant());
        return limits;
    }

    public PlanLimitsOverride client(ClientId client, TenantContext ctx) {
        clients.get(client, ctx);
        return plans.clientLimits(ctx.tenant(), client);
    }

    /** Replaces what the client's own limits set in place of the workspace's. */
    public PlanLimitsOverride changeClient(ClientId client, PlanLimitsOverride limits, TenantContext ctx) {
        ctx.requireWritable();
        clients.get(client, ctx);
        requireKept(limits);
        plans.saveClientLimits(ctx.tenant(), client, limits, clock.instant());
        return limits;
    }

    public PlanLimitsOverride invoice(InvoiceId invoice, TenantContext ctx) {
        requireInvoice(invoice, ctx);
        return plans.invoiceLimits(ctx.tenant(), invoice);
    }

    /** Replaces what the invoice's own limits set in place of its client's; plans already proposed keep their terms. */
    public PlanLimitsOverride changeInvoice(InvoiceId invoice, PlanLimitsOverride limits, TenantContext ctx) {
        ctx.requireWritable();
        requireInvoice(invoice, ctx);
        requireKept(limits);
        plans.saveInvoiceLimits(ctx.tenant(), invoice, limits, clock.instant());
        return limits;
    }

    private void requireInvoice(InvoiceId invoice, TenantContext ctx) {
        if (invoices.find(ctx.tenant(), invoice).isEmpty()) {
            throw new InvoiceNotFound(invoice);
        }
    }

    private static void requireKept(PlanLimitsOverride limits) {
        Map<String, String> problems = limits.problems();
        if (!problems.isEmpty()) {
            throw new InvalidPlanLimits(problems);
        }
    }

    /** The workspace's limits, overridden by the invoice's client's, overridden by the invoice's own. */
    public PlanLimits binding(Invoice invoice, TenantContext ctx) {
        return plans.workspaceLimits(ctx.tenant())
                .overriddenBy(plans.clientLimits(ctx.tenant(), invoice.clientId()))
                .overriddenBy(plans.invoiceLimits(ctx.tenant(), invoice.id()));
    }
}
