package com.becflow.portal.home;

import com.becflow.clients.ClientId;
import com.becflow.invoicing.Invoice;
import com.becflow.invoicing.InvoiceId;
import com.becflow.invoicing.InvoiceStatus;
import com.becflow.invoicing.Invoices;
import com.becflow.invoicing.plans.Autopay;
import com.becflow.invoicing.plans.AutopayStatus;
import com.becflow.invoicing.plans.PaymentPlans;
import com.becflow.invoicing.plans.PlanStatement;
import com.becflow.invoicing.plans.app.PlanDetails;
import com.becflow.invoicing.plans.app.PlanStatements;
import com.becflow.shared.tenant.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The payment plans on a client's home: every plan not cancelled on one of their issued invoices (a voided invoice's
 * plan asks nothing of them), read as the invoice's own page reads it ({@link PlanStatements}), so an installment a
 * bank debit is on its way for shows so here too.
 */
@ApplicationScoped
@Transactional
public class ClientPlans {

    private final PaymentPlans plans;
    private final PlanStatements statements;
    private final Invoices invoices;

    @Inject
    public ClientPlans(PaymentPlans plans, PlanStatements statements, Invoices invoices) {
        this.plans = plans;
        this.statements = statements;
        this.invoices = invoices;
    }

    protected ClientPlans() {
        this(null, null, null);
    }

    /**
     * The client's plans, those with something left to pay first, by their next due date, then the paid-off ones.
     *
     * @param read the client's invoices already read, by id: a plan on one of those is not read again
     */
    public List<PlanEntry> of(TenantContext ctx, ClientId client, Map<InvoiceId, Invoice> read) {
        return plans.invoicesWithLivePlans(ctx.tenant(), client).stream()
                .map(id -> Optional.ofNullable(read.get(id)).or(() -> invoices.find(ctx.tenant(), id)))
                .flatMap(Optional::stream)
                .filter(invoice -> invoice.clientId().equals(client))
                .filter(invoice -> invoice.status() != InvoiceStatus.DRAFT && invoice.status() != InvoiceStatus.VOID)
                .flatMap(invoice -> statements.details(invoice, ctx).map(d -> entry(invoice, d)).stream())
                .sorted(Comparator.comparing((PlanEntry p) -> p.nextDue().orElse(LocalDate.MAX))
                        .thenComparing(PlanEntry::invoiceNumber))
                .toList();
    }

    private static PlanEntry entry(Invoice invoice, PlanDetails details) {
        PlanStatement s = details.statement();
        Optional<Autopay> autopay = details.autopay();
        return new PlanEntry(invoice.id(), invoice.number().orElse(""), s.plan().status(), s.settled().rounded(),
                s.plan().terms().sum().rounded(), s.installments(),
                autopay.map(Autopay::status).orElse(AutopayStatus.OFF),
                autopay.filter(a -> a.status() == AutopayStatus.ON).map(a -> a.method().label()).orElse(null));
    }
}
