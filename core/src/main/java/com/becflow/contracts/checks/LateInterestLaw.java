package com.becflow.contracts.checks;

import com.becflow.contracts.checks.LateInterestRule.Kind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The late-payment rules Becflow knows, for business clients only (consumer law is stricter and not covered).
 * Rates that follow a central bank are the figure in force on {@link #READ_ON}; update them with it. A jurisdiction
 * missing here gets no late-fee warning, which says nothing about its law.
 */
public final class LateInterestLaw {

    /** When the central-bank rates below were read. */
    public static final LocalDate READ_ON = LocalDate.of(2025, 7, 1);

    private static final Set<String> EU = Set.of("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE",
            "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE");

    static final LateInterestRule EU_DIRECTIVE = new LateInterestRule("the EU", Kind.STATUTORY_RATE,
            new BigDecimal("10.15"), "the ECB's main refinancing rate (2.15% since 11 June 2025) plus 8 points",
            new BigDecimal("40"), "EUR", READ_ON,
            "Directive 2011/7/EU on combating late payment in commercial transactions, art. 2(6), 6(1) and 7");

    static final LateInterestRule GERMANY = new LateInterestRule("Germany", Kind.STATUTORY_RATE,
            new BigDecimal("10.27"), "the Bundesbank's base rate (1.27% from 1 July 2025) plus 9 points",
            new BigDecimal("40"), "EUR", READ_ON, "BGB § 288(2) and (5), § 247");

    static final LateInterestRule FRANCE = new LateInterestRule("France", Kind.STATUTORY_RATE,
            new BigDecimal("12.15"), "the ECB's main refinancing rate (2.15% since 11 June 2025) plus 10 points",
            new BigDecimal("40"), "EUR", READ_ON, "Code de commerce, art. L441-10 II and D441-5");

    static final LateInterestRule UNITED_KINGDOM = new LateInterestRule("the UK", Kind.STATUTORY_RATE,
            new BigDecimal("12.25"), "the Bank of England base rate on 30 June 2025 (4.25%) plus 8 points",
            null, "GBP", READ_ON,
            "Late Payment of Commercial Debts (Interest) Act 1998, s. 4 and 5A; Late Payment of Commercial Debts"
                    + " (Rate of Interest) (No. 3) Order 2002");

    static final LateInterestRule NEW_YORK = new LateInterestRule("New York", Kind.LEGAL_MAXIMUM,
            new BigDecimal("25"), "criminal usury, which also binds corporations", null, null, null,
            "N.Y. Penal Law § 190.40; N.Y. General Obligations Law § 5-521(3)");

    static final LateInterestRule TEXAS = new LateInterestRule("Texas", Kind.LEGAL_MAXIMUM,
            new BigDecimal("18"), "the rate ceiling for a written contract", null, null, null,
            "Tex. Fin. Code § 303.009(a)");

    static final LateInterestRule FLORIDA = new LateInterestRule("Florida", Kind.LEGAL_MAXIMUM,
            new BigDecimal("18"), "simple interest a year on debts up to USD 500,000", null, null, null,
            "Fla. Stat. § 687.02(1) and § 687.03(1)");

    private static final Map<String, LateInterestRule> BY_COUNTRY = Map.of(
            "DE", GERMANY, "FR", FRANCE, "GB", UNITED_KINGDOM, "UK", UNITED_KINGDOM);

    private static final Map<String, LateInterestRule> BY_US_STATE = Map.of(
            "NY", NEW_YORK, "TX", TEXAS, "FL", FLORIDA);

    private LateInterestLaw() {
    }

    public static Optional<LateInterestRule> forBusinessClientIn(Jurisdiction where) {
        if (where == null || where.country() == null) {
            return Optional.empty();
        }
        if ("US".equals(where.country())) {
            return Optional.ofNullable(where.region() == null ? null : BY_US_STATE.get(where.region()));
        }
        LateInterestRule national = BY_COUNTRY.get(where.country());
        if (national != null) {
            return Optional.of(national);
        }
        return EU.contains(where.country()) ? Optional.of(EU_DIRECTIVE) : Optional.empty();
    }

    /**
     * The UK's fixed sum per late invoice grows with the debt (s. 5A): GBP 40 under 1,000, 70 under 10,000, 100
     * from there; elsewhere the rule's own figure.
     */
    static BigDecimal fixedCompensation(LateInterestRule rule, BigDecimal debt) {
        if (rule != UNITED_KINGDOM) {
            return rule.fixedCompensation();
        }
        if (debt == null) {
            return null;
        }
        if (debt.compareTo(new BigDecimal("1000")) < 0) {
            return new BigDecimal("40");
        }
        return debt.compareTo(new BigDecimal("10000")) < 0 ? new BigDecimal("70") : new BigDecimal("100");
    }
}
