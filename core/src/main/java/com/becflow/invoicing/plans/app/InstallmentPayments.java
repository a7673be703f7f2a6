package com.becflow.invoicing.plans.app;

import com.becflow.invoicing.Invoice;
import com.becflow.invoicing.app.PlannedPayments;
import com.becflow.invoicing.plans.Installment;
import com.becflow.invoicing.plans.PlanStatement;
import com.becflow.invoicing.plans.PlanStatus;
import com.becflow.shared.money.Money;
import com.becflow.shared.tenant.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * An accepted plan's next installment as the least the client may pay online: what is unpaid of the first installment
 * the ledger has not settled, never more than the balance. A proposed plan binds nobody yet, so it changes nothing.
 */
@ApplicationScoped
public class InstallmentPayments implements PlannedPayments {

    private final PlanStatements statements;

    @Inject
    public InstallmentPayments(PlanStatements statements) {
        this.statements = statements;
    }

    protected InstallmentPayments() {
        this(null);
    }

    @Override
    public Optional<Money> smallestPayment(Invoice invoice, TenantContext ctx) {
        return statements.of(invoice, ctx).filter(s -> s.plan().status() == PlanStatus.ACCEPTED)
                .flatMap(InstallmentPayments::nextInstallment)
                .map(next -> next.isMoreThan(invoice.balance().rounded()) ? invoice.balance().rounded() : next);
    }

    @Override
    public Optional<LocalDate> dueNow(Invoice invoice, TenantContext ctx) {
        return statements.of(invoice, ctx).filter(s -> s.plan().status() == PlanStatus.ACCEPTED)
                .map(s -> dueNow(s.installments()));
    }

    @Override
    public List<UnpaidInstallment> unpaidInstallments(Invoice invoice, TenantContext ctx) {
        return statements.of(invoice, ctx).filter(s -> s.plan().status() == PlanStatus.ACCEPTED)
                .map(s -> s.installments().stream().filter(i -> i.remaining().isPositive())
                        .map(i -> new UnpaidInstallment(i.dueDate(), i.remaining())).toList())
                .orElse(List.of());
    }

    /** The due date of the first installment not fully paid; the last one's once every installment is. */
    static LocalDate dueNow(List<Installment> installments) {
        return installments.stream().filter(i -> i.remaining().isPositive()).findFirst()
                .orElse(installments.get(installments.size() - 1)).dueDate();
    }

    /** What is unpaid of the first installment the ledger has not settled, if any is left. */
    public static Optional<Money> nextInstallment(PlanStatement statement) {
        return statement.installments().stream().map(Installment::remaining).filter(Money::isPositive).findFirst()
                .map(Money::rounded);
    }
}
