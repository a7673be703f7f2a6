package com.becflow.invoicing.plans;

import com.becflow.shared.money.Money;
import java.time.LocalDate;
import java.util.Set;

/**
 * The limits a client or an invoice has in place of the workspace's: each field set replaces the one above it (the
 * workspace's, then the client's), each field left null keeps it. {@link #NONE} changes nothing.
 */
public record PlanLimitsOverride(Boolean offered, MinimumDeposit minimumDeposit, Integer maxInstallments,
                                 Money minimumInstallment, Integer finalWithinDays, LocalDate latestFinalDate,
                                 Set<PlanFrequency> frequencies, AutopayRule autopay) {

    public static final PlanLimitsOverride NONE = new PlanLimitsOverride(null, null, null, null, null, null, null, null);

    public PlanLimitsOverride {
        frequencies = frequencies == null ? null : Set.copyOf(frequencies);
    }

    /** Field name to what is wrong with a field this override sets; empty when it can be kept. */
    public java.util.Map<String, String> problems() {
        return PlanLimits.DEFAULT.overriddenBy(this).problems();
    }
}
