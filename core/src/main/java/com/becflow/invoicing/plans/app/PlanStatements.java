package com.becflow.invoicing.plans.app;

import com.becflow.clients.app.ClientService;
import com.becflow.invoicing.Invoice;
import com.becflow.invoicing.InvoiceId;
import com.becflow.invoicing.InvoiceNotFound;
import com.becflow.invoicing.Invoices;
import com.becflow.invoicing.plans.AgreedTerms;
import com.becflow.invoicing.plans.AutopayCharge;
import com.becflow.invoicing.plans.Autopays;
import com.becflow.invoicing.plans.PaymentPlanNotFound;
import com.becflow.invoicing.plans.PaymentPlans;
import com.becflow.invoicing.plans.PlanAcceptance;
import com.becflow.invoicing.plans.PlanStatement;
import com.becflow.shared.tenant.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/**
 * An invoice's plan with its installments as the invoice's ledger settles them today, on the client's calendar, and
 * the evidence of its acceptance.
 */
@ApplicationScoped
@Transactional
public class PlanStatements {

    private final Invoices invoices;
    private final PaymentPlans plans;
    private final ClientService clients;
    private final Autopays autopays;
    private final Clock clock;

    @Inject
    public PlanStatements(Invoices invoices, PaymentPlans plans, ClientService clients, Autopays autopays, Clock clock) {
        this.invoices = invoices;
        this.plans = plans;
        this.clients = clients;
        this.autopays = autopays;
        this.clock = clock;
    }

    protected PlanStatements() {
        this(null, null, null, null, null);
    }

    public PlanStatement of(InvoiceId id, TenantContext ctx) {
        return details(id, ctx).statement();
    }

    /** The statement of the invoice's plan, if it has one that is not cancelled. */
    public Optional<PlanStatement> of(Invoice invoice, TenantContext ctx) {
        LocalDate clientToday = clients.get(invoice.clientId(), ctx).today(clock);
        return plans.live(ctx.tenant(), invoice.id()).map(plan -> PlanStatement.of(plan, invoice.ledger(), clientToday));
    }

    public PlanDetails details(InvoiceId id, TenantContext ctx) {
        return details(find(id, ctx), ctx).orElseThrow(() -> new PaymentPlanNotFound(id));
    }

    /** The invoice's plan that is not cancelled with its terms' hash and its acceptance, if it has one. */
    public Optional<PlanDetails> details(Invoice invoice, TenantContext ctx) {
        return of(invoice, ctx).map(s -> {
            Optional<AutopayCharge> debit = autopays.debitOnItsWay(ctx.tenant(), invoice.id());
            PlanStatement shown = debit.filter(d -> d.plan().equals(s.plan().id()))
                    .map(d -> s.withDebitOnItsWay(d.installment())).orElse(s);
            return new PlanDetails(shown, AgreedTerms.of(invoice.id(), s.plan().terms()),
                    plans.acceptance(ctx.tenant(), s.plan().id()), autopays.of(ctx.tenant(), invoice.id()), debit);
        });
    }

    /** The agreement PDF of the invoice's accepted plan. */
    public PlanAgreementFile agreement(InvoiceId id, TenantContext ctx) {
        return agreement(find(id, ctx), ctx);
    }

    public PlanAgreementFile agreement(Invoice invoice, TenantContext ctx) {
        PlanDetails details = details(invoice, ctx).orElseThrow(PaymentPlanNotFound::onThisInvoice);
        PlanAcceptance acceptance = details.acceptance().orElseThrow(PaymentPlanNotFound::noAgreement);
        byte[] pdf = plans.agreementPdf(ctx.tenant(), acceptance.plan()).orElseThrow(PaymentPlanNotFound::noAgreement);
        return new PlanAgreementFile(pdf, acceptance.agreementSha256(), "payment-plan-agreement-"
                + invoice.number().orElse(invoice.id().toString()) + ".pdf");
    }

    private Invoice find(InvoiceId id, TenantContext ctx) {
        return invoices.find(ctx.tenant(), id).orElseThrow(() -> new InvoiceNotFound(id));
    }
}
