package com.becflow.invoicing.plans.app;

import com.becflow.invoicing.plans.PlanBuilder;
import com.becflow.invoicing.plans.PlanFrequency;
import com.becflow.invoicing.plans.PlanLimits;
import com.becflow.invoicing.plans.PlanOutsideLimits;
import com.becflow.invoicing.plans.PlanTerms;
import com.becflow.invoicing.plans.PlanViolation;
import com.becflow.invoicing.plans.ScheduledInstallment;
import com.becflow.shared.money.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads a {@link ProposePlan} into terms for an invoice's total, or refuses its shape with every field at fault. */
final class PlanTermsReader {

    private PlanTermsReader() {
    }

    static PlanTerms read(ProposePlan command, Money total) {
        List<PlanViolation> wrong = new ArrayList<>();
        PlanFrequency frequency = frequency(command.frequency(), wrong);
        if (frequency == null) {
            throw new PlanOutsideLimits(wrong);
        }
        if (frequency.custom()) {
            return custom(command, total, wrong);
        }
        if (command.installments() != null && !command.installments().isEmpty()) {
            wrong.add(new PlanViolation("plan.input.invalid", "installments",
                    "Installments are given one by one with CUSTOM_DATES only; send count and firstDueDate"));
        }
        if (command.count() == null) {
            wrong.add(new PlanViolation("plan.input.invalid", "count", "How many installments?"));
        }
        if (command.firstDueDate() == null) {
            wrong.add(new PlanViolation("plan.input.invalid", "firstDueDate", "When is the first installment due?"));
        } else if (command.firstDueDate().getYear() > PlanLimits.LATEST_YEAR) {
            wrong.add(new PlanViolation("plan.input.invalid", "firstDueDate", "Not after " + PlanLimits.LATEST_YEAR));
        }
        if (!wrong.isEmpty()) {
            throw new PlanOutsideLimits(wrong);
        }
        Money deposit = command.deposit() == null ? Money.zero(total.currency()) : new Money(command.deposit(), total.currency());
        return PlanBuilder.propose(total, deposit, command.count(), frequency, command.firstDueDate(), command.autopay());
    }

    private static PlanTerms custom(ProposePlan command, Money total, List<PlanViolation> wrong) {
        if (command.installments() == null || command.installments().isEmpty()) {
            wrong.add(new PlanViolation("plan.input.invalid", "installments", "Give each installment's date and amount"));
        } else if (command.installments().size() > PlanLimits.MOST_INSTALLMENTS) {
            wrong.add(new PlanViolation("plan.count.above-maximum", "installments",
                    "At most " + PlanLimits.MOST_INSTALLMENTS + " installments"));
        } else {
            for (int i = 0; i < command.installments().size(); i++) {
                ProposePlan.Item item = command.installments().get(i);
                if (item == null || item.dueDate() == null) {
                    wrong.add(new PlanViolation("plan.input.invalid", "installments[" + i + "].dueDate", "When is it due?"));
                } else if (item.dueDate().getYear() > PlanLimits.LATEST_YEAR) {
                    wrong.add(new PlanViolation("plan.input.invalid", "installments[" + i + "].dueDate",
                            "Not after " + PlanLimits.LATEST_YEAR));
                }
                if (item == null || item.amount() == null) {
                    wrong.add(new PlanViolation("plan.input.invalid", "installments[" + i + "].amount", "How much?"));
                }
            }
        }
        if (!wrong.isEmpty()) {
            throw new PlanOutsideLimits(wrong);
        }
        List<ScheduledInstallment> installments = new ArrayList<>();
        for (int i = 0; i < command.installments().size(); i++) {
            ProposePlan.Item item = command.installments().get(i);
            installments.add(new ScheduledInstallment(i + 1, item.dueDate(), new Money(item.amount(), total.currency())));
        }
        return new PlanTerms(total.currency(), PlanFrequency.CUSTOM_DATES, command.autopay(), installments);
    }

    private static PlanFrequency frequency(String typed, List<PlanViolation> wrong) {
        try {
            if (typed != null) {
                return PlanFrequency.valueOf(typed.strip().toUpperCase(Locale.ROOT));
            }
        } catch (IllegalArgumentException e) {
            // named below, like a missing one
        }
        wrong.add(new PlanViolation("plan.input.invalid", "frequency", "One of WEEKLY, BIWEEKLY, MONTHLY, CUSTOM_DATES"));
        return null;
    }
}
