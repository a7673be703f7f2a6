package com.becflow.invoicing.plans;

import com.becflow.invoicing.InvoiceLedger;
import com.becflow.shared.money.Money;
import java.time.LocalDate;
import java.util.List;

/**
 * A plan with its installments as the invoice's ledger settles them on a day of the client's calendar.
 *
 * <p>The plan covers the invoice's total; late fees are owed on top of it and are settled after the installments. So
 * of the ledger's balance, what is left of the total ({@code balance − late fees}, between zero and the total) is
 * left of the installments, and the rest ({@link #outsidePlan}: unpaid late fees, or, negative, money received beyond
 * what is owed) is not the plan's. Always: the installments' remaining amounts + outsidePlan = the ledger's balance,
 * and their paid amounts = {@link #settled}.
 */
public record PlanStatement(PaymentPlan plan, List<Installment> installments, Money settled, Money outsidePlan,
                            Money balance) {

    public static PlanStatement of(PaymentPlan plan, InvoiceLedger ledger, LocalDate clientToday) {
        Money settled = settled(ledger.total(), ledger.lateFees(), ledger.balance());
        Money remaining = ledger.total().minus(settled);
        return new PlanStatement(plan, InstallmentAllocation.allocate(plan.terms().installments(), settled, clientToday),
                settled, ledger.balance().minus(remaining), ledger.balance());
    }

    /** How much of {@code total} a ledger with this balance and these late fees has settled: see the class's comment. */
    public static Money settled(Money total, Money lateFees, Money balance) {
        Money leftOfTotal = balance.minus(lateFees);
        Money remaining = leftOfTotal.isNegative() ? Money.zero(total.currency())
                : leftOfTotal.isMoreThan(total) ? total : leftOfTotal;
        return total.minus(remaining);
    }

    /**
     * This statement as the client and the freelancer are shown it while a bank debit for installment {@code number} is
     * on its way: that installment, unless the ledger already settles it, is {@link InstallmentStatus#ON_ITS_WAY}.
     */
    public PlanStatement withDebitOnItsWay(int number) {
        List<Installment> shown = installments.stream()
                .map(i -> i.number() == number && i.status() != InstallmentStatus.PAID
                        ? new Installment(i.number(), i.dueDate(), i.amount(), i.paid(), i.remaining(),
                        InstallmentStatus.ON_ITS_WAY)
                        : i)
                .toList();
        return new PlanStatement(plan, shown, settled, outsidePlan, balance);
    }

    /** What is left to pay of the installments. */
    public Money remaining() {
        Money sum = Money.zero(balance.currency());
        for (Installment i : installments) {
            sum = sum.plus(i.remaining());
        }
        return sum;
    }

    /** The plan and the ledger agree: see the class's comment. */
    public boolean addsUp() {
        Money paid = Money.zero(balance.currency());
        for (Installment i : installments) {
            paid = paid.plus(i.paid());
        }
        return remaining().plus(outsidePlan).isSameAs(balance) && paid.isSameAs(settled);
    }
}
