package com.becflow.contracts.checks;

import com.becflow.contracts.ContractTerms;
import com.becflow.contracts.ContractTerms.CancellationTier;
import com.becflow.contracts.ContractTerms.Deposit;
import com.becflow.contracts.ContractTerms.LateFee;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/** The rule checks of this package, run over one contract's terms. Pure: the same terms give the same warnings. */
public final class ContractChecks {

    /** Keeping the whole fee when the client cancels this many days or more before the start reads as a penalty. */
    public static final int WHOLE_FEE_KEPT_TOO_EARLY_DAYS = 30;

    private static final BigDecimal DAYS_A_YEAR = new BigDecimal("365");
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private ContractChecks() {
    }

    /**
     * @param fee      the contract's fee, or null when not set yet
     * @param currency the contract's currency (ISO 4217)
     * @param client   where the client is established
     */
    public static List<ClauseWarning> of(ContractTerms terms, BigDecimal fee, String currency, Jurisdiction client) {
        List<ClauseWarning> warnings = new ArrayList<>();
        if (terms == null || terms.payment() == null || terms.payment().netDays() == null) {
            warnings.add(new ClauseWarning("terms.payment", "contract.check.payment-terms-missing",
                    "The contract does not say when invoices are due, so the client can argue nothing is late.", null));
        }
        if (terms == null) {
            return warnings;
        }
        if (terms.ipTransfer() == null) {
            warnings.add(new ClauseWarning("terms.ipTransfer", "contract.check.ip-clause-missing",
                    "The contract does not say who owns the work or when ownership passes to the client.", null));
        }
        deposit(terms.deposit(), fee, currency, warnings);
        cancellation(terms, warnings);
        LateInterestLaw.forBusinessClientIn(client).ifPresent(rule -> lateFee(terms.lateFee(), rule, fee, currency, warnings));
        return warnings;
    }

    private static void deposit(Deposit deposit, BigDecimal fee, String currency, List<ClauseWarning> warnings) {
        if (deposit == null) {
            return;
        }
        boolean aboveByShare = deposit.percent() != null && deposit.percent().compareTo(HUNDRED) > 0;
        boolean aboveByAmount = deposit.amount() != null && fee != null && deposit.amount().compareTo(fee) > 0;
        if (aboveByShare || aboveByAmount) {
            warnings.add(new ClauseWarning("terms.deposit", "contract.check.deposit-above-fee",
                    "The deposit (" + (aboveByShare ? plain(deposit.percent()) + "%" : currency + " " + plain(deposit.amount()))
                            + ") is more than the whole fee" + (fee == null ? "" : " (" + currency + " " + plain(fee) + ")") + ".",
                    null));
        }
    }

    private static void cancellation(ContractTerms terms, List<ClauseWarning> warnings) {
        if (terms.cancellation() == null || terms.cancellation().tiers() == null) {
            return;
        }
        for (CancellationTier tier : terms.cancellation().ordered()) {
            if (tier == null || tier.daysBeforeStart() == null || tier.percentKept() == null) {
                continue;
            }
            if (tier.percentKept().compareTo(HUNDRED) >= 0 && tier.daysBeforeStart() >= WHOLE_FEE_KEPT_TOO_EARLY_DAYS) {
                warnings.add(new ClauseWarning("terms.cancellation.tiers", "contract.check.cancellation-keeps-whole-fee-early",
                        "Keeping 100% of the fee when the client cancels " + tier.daysBeforeStart()
                                + " days before the start leaves nothing for the work you did not do; a court can treat it"
                                + " as a penalty rather than your real loss and refuse to enforce it.",
                        "Cavendish Square Holding v Makdessi [2015] UKSC 67 (England and Wales); BGB § 343 (Germany);"
                                + " Code civil art. 1231-5 (France); Cal. Civ. Code § 1671(b)"));
                return;
            }
        }
    }

    private static void lateFee(LateFee fee, LateInterestRule rule, BigDecimal contractFee, String currency,
                                List<ClauseWarning> warnings) {
        if (fee == null) {
            return;
        }
        if (fee.percentPerPeriod() != null && fee.percentPerPeriod().signum() > 0 && fee.periodDays() != null
                && fee.periodDays() > 0) {
            BigDecimal annual = fee.percentPerPeriod().multiply(DAYS_A_YEAR)
                    .divide(BigDecimal.valueOf(fee.periodDays()), MathContext.DECIMAL64).setScale(2, RoundingMode.HALF_UP);
            if (annual.compareTo(rule.annualPercent()) > 0) {
                String what = plain(fee.percentPerPeriod()) + "% every " + fee.periodDays() + " days is " + plain(annual)
                        + "% a year";
                warnings.add(rule.kind() == LateInterestRule.Kind.LEGAL_MAXIMUM
                        ? new ClauseWarning("terms.lateFee.percentPerPeriod", "contract.check.late-fee-above-legal-maximum",
                                what + ", above the " + plain(rule.annualPercent()) + "% a year that " + rule.jurisdiction()
                                        + " allows (" + rule.basis() + "); the clause may be void.", rule.source())
                        : new ClauseWarning("terms.lateFee.percentPerPeriod", "contract.check.late-fee-above-statutory-rate",
                                what + ", above the " + plain(rule.annualPercent()) + "% a year that the law of "
                                        + rule.jurisdiction() + " gives a business creditor without any clause ("
                                        + rule.basis() + "). A higher agreed rate is allowed, but a court can set aside"
                                        + " one it finds grossly unfair.", rule.source()));
            }
        }
        BigDecimal compensation = LateInterestLaw.fixedCompensation(rule, contractFee);
        if (fee.flatAmount() != null && compensation != null && rule.compensationCurrency().equals(currency)
                && fee.flatAmount().compareTo(compensation) > 0) {
            warnings.add(new ClauseWarning("terms.lateFee.flatAmount", "contract.check.late-fee-flat-above-compensation",
                    "A flat " + currency + " " + plain(fee.flatAmount()) + " per period is more than the " + currency + " "
                            + plain(compensation) + " per late invoice that the law of " + rule.jurisdiction()
                            + " grants; anything beyond it must be a reasonable cost of recovering the debt.",
                    rule.source()));
        }
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
