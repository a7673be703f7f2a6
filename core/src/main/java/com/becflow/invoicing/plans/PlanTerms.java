package com.becflow.invoicing.plans;

import com.becflow.shared.money.Money;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * A plan's terms as proposed or accepted: its installments in order, how far apart they fall, and whether they are
 * charged automatically. Whether they fit an invoice and its limits is {@link PlanRules}' to say.
 */
public record PlanTerms(Currency currency, PlanFrequency frequency, boolean autopay,
                        List<ScheduledInstallment> installments) {

    public PlanTerms {
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(frequency, "frequency");
        installments = List.copyOf(installments);
    }

    /** The installments' amounts added up, unrounded. */
    public Money sum() {
        Money sum = Money.zero(currency);
        for (ScheduledInstallment installment : installments) {
            sum = sum.plus(installment.amount());
        }
        return sum;
    }

    public int count() {
        return installments.size();
    }
}
