package com.becflow.invoicing.plans.app;

import com.becflow.invoicing.Invoice;
import com.becflow.invoicing.plans.InvalidPlanLimits;
import com.becflow.invoicing.plans.PaymentPlans;
import com.becflow.invoicing.plans.PlanLimits;
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
    private final Clock clock;

    @Inject
    public PlanLimitSettings(PaymentPlans plans, Clock clock) {
        this.plans = plans;
        this.clock = clock;
    }

    protected PlanLimitSettings() {
        this(null, null);
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

    /** The workspace's limits, overridden by the invoice's client's, overridden by the invoice's own. */
    public PlanLimits binding(Invoice invoice, TenantContext ctx) {
        return plans.workspaceLimits(ctx.tenant())
                .overriddenBy(plans.clientLimits(ctx.tenant(), invoice.clientId()))
                .overriddenBy(plans.invoiceLimits(ctx.tenant(), invoice.id()));
    }
}
