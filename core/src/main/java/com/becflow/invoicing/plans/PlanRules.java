package com.becflow.invoicing.plans;

import com.becflow.shared.money.Money;
import com.becflow.shared.money.MoneyText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Whether a plan fits an invoice and the limits that bind it, and if not, every rule it breaks, each with its own code.
 * Days are the client's: "in the past" means before {@code clientToday}.
 */
public final class PlanRules {

    private PlanRules() {
    }

    /** What a plan is checked against: the invoice's total and issue date, the limits, and who built it. */
    public record Setting(Money total, LocalDate issueDate, LocalDate clientToday, PlanLimits limits, boolean builtByClient) {
    }

    /** Refuses a plan that breaks any rule, naming them all. */
    public static void require(PlanTerms terms, Setting setting) {
        List<PlanViolation> violations = check(terms, setting);
        if (!violations.isEmpty()) {
            throw new PlanOutsideLimits(violations);
        }
    }

    public static List<PlanViolation> check(PlanTerms terms, Setting setting) {
        List<PlanViolation> found = new ArrayList<>();
        PlanLimits limits = setting.limits();
        if (setting.builtByClient() && !limits.offered()) {
            found.add(new PlanViolation("plan.not-offered", "plan", "Payment plans are not offered for this invoice"));
        }
        if (!terms.currency().equals(setting.total().currency())) {
            found.add(new PlanViolation("plan.currency.other-than-invoice", "currency", "The invoice is in "
                    + setting.total().currency().getCurrencyCode() + ", not " + terms.currency().getCurrencyCode()));
            return found;
        }
        if (!limits.allows(terms.frequency())) {
            found.add(new PlanViolation("plan.frequency.not-allowed", "frequency", "Allowed: " + limits.frequencies()));
        }
        checkCount(terms, limits, found);
        checkInstallments(terms, setting, found);
        checkDates(terms, setting, found);
        if (!terms.sum().isSameAs(setting.total())) {
            found.add(new PlanViolation("plan.amounts.do-not-sum", "installments", "The installments add up to "
                    + terms.sum() + ", not the invoice's total of " + setting.total().rounded()));
        }
        Money minimumDeposit = limits.minimumDepositOn(setting.total());
        if (!terms.installments().isEmpty() && minimumDeposit.isMoreThan(terms.installments().get(0).amount())) {
            found.add(new PlanViolation("plan.deposit.below-minimum", "installments[0].amount",
                    "The first installment must be at least " + MoneyText.of(minimumDeposit)));
        }
        if (limits.autopay() == AutopayRule.REQUIRED && !terms.autopay()) {
            found.add(new PlanViolation("plan.autopay.required", "autopay",
                    "This plan's installments must be charged automatically"));
        }
        return found;
    }

    private static void checkCount(PlanTerms terms, PlanLimits limits, List<PlanViolation> found) {
        if (terms.count() < 2) {
            found.add(new PlanViolation("plan.count.below-two", "installments", "A plan has at least 2 installments"));
        } else if (terms.count() > limits.maxInstallments()) {
            found.add(new PlanViolation("plan.count.above-maximum", "installments",
                    "At most " + limits.maxInstallments() + " installments, not " + terms.count()));
        }
    }

    private static void checkInstallments(PlanTerms terms, Setting setting, List<PlanViolation> found) {
        Optional<Money> minimum = setting.limits().minimumInstallmentIn(terms.currency());
        for (int i = 0; i < terms.count(); i++) {
            ScheduledInstallment installment = terms.installments().get(i);
            String field = "installments[" + i + "].amount";
            Optional<String> finer = installment.amount().finerThanMinorUnit();
            if (finer.isPresent()) {
                found.add(new PlanViolation("plan.amount.finer-than-currency", field, finer.get()));
            } else if (!installment.amount().isPositive()) {
                found.add(new PlanViolation("plan.installment.not-positive", field, "An installment must be above zero"));
            } else if (minimum.isPresent() && minimum.get().isMoreThan(installment.amount())) {
                found.add(new PlanViolation("plan.installment.below-minimum", field,
                        "Each installment must be at least " + MoneyText.of(minimum.get())));
            }
            if (installment.dueDate().isBefore(setting.clientToday())) {
                found.add(new PlanViolation("plan.date.in-the-past", "installments[" + i + "].dueDate",
                        installment.dueDate() + " has passed"));
            }
        }
    }

    private static void checkDates(PlanTerms terms, Setting setting, List<PlanViolation> found) {
        List<ScheduledInstallment> installments = terms.installments();
        for (int i = 1; i < installments.size(); i++) {
            if (!installments.get(i).dueDate().isAfter(installments.get(i - 1).dueDate())) {
                found.add(new PlanViolation("plan.dates.out-of-order", "installments[" + i + "].dueDate",
                        "Each installment falls due after the one before"));
            } else if (!terms.frequency().custom()
                    && !installments.get(i).dueDate().equals(terms.frequency().dueDate(installments.get(0).dueDate(), i))) {
                found.add(new PlanViolation("plan.dates.off-frequency", "installments[" + i + "].dueDate",
                        "Not " + terms.frequency().name().toLowerCase() + " from the first date; use custom dates"));
            }
        }
        if (installments.isEmpty() || setting.issueDate() == null) {
            return;
        }
        int last = installments.size() - 1;
        LocalDate latest = setting.limits().latestFinalDate(setting.issueDate());
        if (installments.get(last).dueDate().isAfter(latest)) {
            found.add(new PlanViolation("plan.final-date.too-late", "installments[" + last + "].dueDate",
                    "The last installment must fall due by " + latest));
        }
    }
}
