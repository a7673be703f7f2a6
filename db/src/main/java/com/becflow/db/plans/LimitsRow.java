package com.becflow.db.plans;

import com.becflow.invoicing.plans.AutopayRule;
import com.becflow.invoicing.plans.MinimumDeposit;
import com.becflow.invoicing.plans.PlanFrequency;
import com.becflow.invoicing.plans.PlanLimits;
import com.becflow.invoicing.plans.PlanLimitsOverride;
import com.becflow.shared.money.Money;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Currency;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** One row of payment_plan_limits, its columns as they are read and written; null columns inherit (see V14). */
record LimitsRow(Boolean offered, String depositKind, BigDecimal depositValue, String depositCurrency,
                 Integer maxInstallments, BigDecimal minInstallment, String minInstallmentCurrency, Integer finalWithinDays,
                 LocalDate latestFinalDate, String frequencies, String autopay) {

    static final String COLUMNS = "offered, deposit_kind, deposit_value, deposit_currency, max_installments,"
            + " min_installment, min_installment_currency, final_within_days, latest_final_date, frequencies, autopay";
    /** Parameters 4 to 14, in the order of {@link #COLUMNS}. */
    static final String PARAMETERS = "CAST(?4 AS boolean), CAST(?5 AS varchar), CAST(?6 AS numeric), CAST(?7 AS char(3)),"
            + " CAST(?8 AS integer), CAST(?9 AS numeric), CAST(?10 AS char(3)), CAST(?11 AS integer), CAST(?12 AS date),"
            + " CAST(?13 AS varchar), CAST(?14 AS varchar)";
    static final String UPDATES = Arrays.stream(COLUMNS.split(",")).map(String::strip)
            .map(c -> c + " = EXCLUDED." + c).collect(Collectors.joining(", "));

    static LimitsRow of(PlanLimits l) {
        MinimumDeposit d = l.minimumDeposit();
        Money m = l.minimumInstallment();
        return new LimitsRow(l.offered(), d == null ? null : d.kind().name(), d == null ? null : d.value(),
                d == null || d.currency() == null ? null : d.currency().getCurrencyCode(), l.maxInstallments(),
                m == null ? null : m.amount(), m == null ? null : m.currency().getCurrencyCode(), l.finalWithinDays(),
                l.latestFinalDate(), names(l.frequencies()),
                l.autopay().name());
    }

    static LimitsRow of(PlanLimitsOverride o) {
        MinimumDeposit d = o.minimumDeposit();
        Money m = o.minimumInstallment();
        return new LimitsRow(o.offered(), d == null ? null : d.kind().name(), d == null ? null : d.value(),
                d == null || d.currency() == null ? null : d.currency().getCurrencyCode(), o.maxInstallments(),
                m == null ? null : m.amount(), m == null ? null : m.currency().getCurrencyCode(), o.finalWithinDays(),
                o.latestFinalDate(), o.frequencies() == null ? null : names(o.frequencies()),
                o.autopay() == null ? null : o.autopay().name());
    }

    private static String names(Set<PlanFrequency> frequencies) {
        return frequencies.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    static LimitsRow read(Object[] r) {
        return new LimitsRow((Boolean) r[0], (String) r[1], (BigDecimal) r[2], trim(r[3]), number(r[4]),
                (BigDecimal) r[5], trim(r[6]), number(r[7]), JpaPaymentPlans.date(r[8]), (String) r[9], (String) r[10]);
    }

    Query bind(Query query) {
        return query.setParameter(4, offered).setParameter(5, depositKind).setParameter(6, depositValue)
                .setParameter(7, depositCurrency).setParameter(8, maxInstallments).setParameter(9, minInstallment)
                .setParameter(10, minInstallmentCurrency).setParameter(11, finalWithinDays)
                .setParameter(12, latestFinalDate == null ? null : Date.valueOf(latestFinalDate))
                .setParameter(13, frequencies).setParameter(14, autopay);
    }

    PlanLimits workspace() {
        return new PlanLimits(offered, deposit(), maxInstallments, minimumInstallment(), finalWithinDays, latestFinalDate,
                frequencySet(), AutopayRule.valueOf(autopay));
    }

    PlanLimitsOverride override() {
        return new PlanLimitsOverride(offered, deposit(), maxInstallments, minimumInstallment(), finalWithinDays,
                latestFinalDate, frequencies == null ? null : frequencySet(), autopay == null ? null : AutopayRule.valueOf(autopay));
    }

    private MinimumDeposit deposit() {
        return depositKind == null ? null : new MinimumDeposit(MinimumDeposit.Kind.valueOf(depositKind), depositValue,
                depositCurrency == null ? null : Currency.getInstance(depositCurrency));
    }

    private Money minimumInstallment() {
        return minInstallment == null ? null : new Money(minInstallment, Currency.getInstance(minInstallmentCurrency));
    }

    private Set<PlanFrequency> frequencySet() {
        Set<PlanFrequency> set = EnumSet.noneOf(PlanFrequency.class);
        for (String name : frequencies.split(",")) {
            if (!name.isBlank()) {
                set.add(PlanFrequency.valueOf(name.strip()));
            }
        }
        return set;
    }

    private static String trim(Object value) {
        return value == null ? null : ((String) value).strip();
    }

    private static Integer number(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }
}
