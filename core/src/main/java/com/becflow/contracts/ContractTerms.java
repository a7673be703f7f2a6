package com.becflow.contracts;

import com.becflow.shared.money.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The structured clauses of a template or contract. Payment terms are always there; every other clause is
 * optional (null when absent). Parameters are data that billing acts on; {@link ClauseText} turns them into
 * the sentences the client reads. Amounts without a currency are in the contract's currency.
 */
public record ContractTerms(PaymentTerms payment, Deposit deposit, CancellationPolicy cancellation, LateFee lateFee,
                            EarlyPaymentDiscount earlyPaymentDiscount, IpTransfer ipTransfer, Scope scope) {

    public static final int MAX_NET_DAYS = 365;
    public static final BigDecimal MAX_LATE_FEE_PERCENT = new BigDecimal("10");
    public static final BigDecimal MAX_DISCOUNT_PERCENT = new BigDecimal("25");
    public static final BigDecimal MAX_AMOUNT = new BigDecimal("100000000");
    public static final int MAX_CANCELLATION_TIERS = 10;
    public static final int MAX_SCOPE_LENGTH = 4000;

    /** Invoices are due this many days after their date; 0 means on receipt. */
    public record PaymentTerms(Integer netDays) {
    }

    /** Due on signing: either a share of the fee or a fixed amount, never both. */
    public record Deposit(BigDecimal percent, BigDecimal amount) {
    }

    /** Cancelled {@code daysBeforeStart} days or more before the start date: this share of the fee is kept. */
    public record CancellationTier(Integer daysBeforeStart, BigDecimal percentKept) {
    }

    public record CancellationPolicy(List<CancellationTier> tiers) {

        /** Tiers from the earliest cancellation (most days before the start) to the latest. */
        public List<CancellationTier> ordered() {
            List<CancellationTier> sorted = new ArrayList<>(tiers == null ? List.of() : tiers);
            sorted.sort(Comparator.comparing(CancellationTier::daysBeforeStart, Comparator.nullsLast(Comparator.reverseOrder())));
            return sorted;
        }
    }

    /**
     * Charged once an invoice is {@code graceDays} past due, then every {@code periodDays}: a flat amount
     * and/or a share of the unpaid amount, never more in total than {@code capPercent} of the invoice.
     */
    public record LateFee(BigDecimal flatAmount, BigDecimal percentPerPeriod, Integer periodDays, Integer graceDays,
                          BigDecimal capPercent) {
    }

    public record EarlyPaymentDiscount(BigDecimal percent, Integer withinDays) {
    }

    public enum IpTransferMoment { ON_SIGNING, ON_FULL_PAYMENT }

    public record IpTransfer(IpTransferMoment moment) {
    }

    /** What the fee covers, how many revision rounds, and the hourly rate for changes beyond it. */
    public record Scope(String deliverables, Integer revisionRounds, BigDecimal changeRequestHourlyRate) {
    }

    public static ContractTerms netDays(int days) {
        return new ContractTerms(new PaymentTerms(days), null, null, null, null, null, null);
    }

    public ContractTerms withDeposit(Deposit d) {
        return new ContractTerms(payment, d, cancellation, lateFee, earlyPaymentDiscount, ipTransfer, scope);
    }

    public ContractTerms withCancellation(CancellationPolicy c) {
        return new ContractTerms(payment, deposit, c, lateFee, earlyPaymentDiscount, ipTransfer, scope);
    }

    public ContractTerms withLateFee(LateFee l) {
        return new ContractTerms(payment, deposit, cancellation, l, earlyPaymentDiscount, ipTransfer, scope);
    }

    public ContractTerms withEarlyPaymentDiscount(EarlyPaymentDiscount e) {
        return new ContractTerms(payment, deposit, cancellation, lateFee, e, ipTransfer, scope);
    }

    public ContractTerms withIpTransfer(IpTransfer i) {
        return new ContractTerms(payment, deposit, cancellation, lateFee, earlyPaymentDiscount, i, scope);
    }

    public ContractTerms withScope(Scope s) {
        return new ContractTerms(payment, deposit, cancellation, lateFee, earlyPaymentDiscount, ipTransfer, s);
    }

    /**
     * Every parameter that is missing, negative or absurd, keyed by its path ({@code terms.deposit.percent}).
     * A fee, when known, also bounds a fixed deposit.
     */
    public Map<String, String> problems(BigDecimal fee) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (payment == null || payment.netDays() == null) {
            errors.put("terms.payment.netDays", "Say within how many days invoices are due (0 for on receipt)");
        } else {
            days(errors, "terms.payment.netDays", payment.netDays(), 0, MAX_NET_DAYS);
        }
        if (deposit != null) {
            if ((deposit.percent() == null) == (deposit.amount() == null)) {
                errors.put("terms.deposit", "Give the deposit either as a percentage or as an amount");
            } else if (deposit.percent() != null) {
                percent(errors, "terms.deposit.percent", deposit.percent(), false, new BigDecimal("100"));
            } else if (positiveAmount(errors, "terms.deposit.amount", deposit.amount())
                    && fee != null && deposit.amount().compareTo(fee) > 0) {
                errors.put("terms.deposit.amount", "The deposit cannot be more than the fee");
            }
        }
        if (cancellation != null) {
            List<CancellationTier> tiers = cancellation.tiers();
            if (tiers == null || tiers.isEmpty()) {
                errors.put("terms.cancellation.tiers", "Add at least one tier, or leave the cancellation clause out");
            } else if (tiers.size() > MAX_CANCELLATION_TIERS) {
                errors.put("terms.cancellation.tiers", "At most " + MAX_CANCELLATION_TIERS + " tiers");
            } else {
                Set<Integer> seen = new HashSet<>();
                for (int i = 0; i < tiers.size(); i++) {
                    CancellationTier tier = tiers.get(i);
                    String path = "terms.cancellation.tiers[" + i + "]";
                    if (tier == null) {
                        errors.put(path, "Empty tier");
                        continue;
                    }
                    if (days(errors, path + ".daysBeforeStart", tier.daysBeforeStart(), 0, 3650)
                            && !seen.add(tier.daysBeforeStart())) {
                        errors.put(path + ".daysBeforeStart", "Two tiers start " + tier.daysBeforeStart() + " days before");
                    }
                    percent(errors, path + ".percentKept", tier.percentKept(), true, new BigDecimal("100"));
                }
                if (!errors.keySet().stream().anyMatch(k -> k.startsWith("terms.cancellation"))) {
                    List<CancellationTier> ordered = cancellation.ordered();
                    for (int i = 1; i < ordered.size(); i++) {
                        if (ordered.get(i).percentKept().compareTo(ordered.get(i - 1).percentKept()) < 0) {
                            errors.put("terms.cancellation.tiers",
                                    "A later cancellation cannot keep less of the fee than an earlier one");
                            break;
                        }
                    }
                }
            }
        }
        if (lateFee != null) {
            boolean flat = lateFee.flatAmount() != null && lateFee.flatAmount().signum() != 0;
            boolean share = lateFee.percentPerPeriod() != null && lateFee.percentPerPeriod().signum() != 0;
            if (lateFee.flatAmount() != null) {
                amount(errors, "terms.lateFee.flatAmount", lateFee.flatAmount());
            }
            if (lateFee.percentPerPeriod() != null) {
                percent(errors, "terms.lateFee.percentPerPeriod", lateFee.percentPerPeriod(), true, MAX_LATE_FEE_PERCENT);
            }
            if (!flat && !share && !errors.containsKey("terms.lateFee.flatAmount")
                    && !errors.containsKey("terms.lateFee.percentPerPeriod")) {
                errors.put("terms.lateFee", "Give a flat amount, a percentage per period, or both");
            }
            days(errors, "terms.lateFee.periodDays", lateFee.periodDays(), 1, 365);
            days(errors, "terms.lateFee.graceDays", lateFee.graceDays(), 0, 365);
            if (lateFee.capPercent() != null) {
                percent(errors, "terms.lateFee.capPercent", lateFee.capPercent(), false, new BigDecimal("100"));
            }
        }
        if (earlyPaymentDiscount != null) {
            percent(errors, "terms.earlyPaymentDiscount.percent", earlyPaymentDiscount.percent(), false, MAX_DISCOUNT_PERCENT);
            if (days(errors, "terms.earlyPaymentDiscount.withinDays", earlyPaymentDiscount.withinDays(), 1, MAX_NET_DAYS)
                    && payment != null && payment.netDays() != null
                    && earlyPaymentDiscount.withinDays() >= payment.netDays()) {
                errors.put("terms.earlyPaymentDiscount.withinDays", payment.netDays() == 0
                        ? "Invoices are due on receipt, so there is no time to pay early"
                        : "The discount window must end before invoices are due (" + payment.netDays() + " days)");
            }
        }
        if (ipTransfer != null && ipTransfer.moment() == null) {
            errors.put("terms.ipTransfer.moment", "Say when ownership passes: ON_SIGNING or ON_FULL_PAYMENT");
        }
        if (scope != null) {
            if (scope.deliverables() == null || scope.deliverables().isBlank()) {
                errors.put("terms.scope.deliverables", "Describe what the fee covers");
            } else if (scope.deliverables().length() > MAX_SCOPE_LENGTH) {
                errors.put("terms.scope.deliverables", "At most " + MAX_SCOPE_LENGTH + " characters");
            }
            if (scope.revisionRounds() != null) {
                days(errors, "terms.scope.revisionRounds", scope.revisionRounds(), 0, 100);
            }
            if (scope.changeRequestHourlyRate() != null) {
                positiveAmount(errors, "terms.scope.changeRequestHourlyRate", scope.changeRequestHourlyRate());
            }
        }
        return errors;
    }

    /** Amounts in the terms that have more decimals than the contract's currency, e.g. JPY 500.5. */
    public Map<String, String> problemsIn(java.util.Currency currency) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (deposit != null && deposit.amount() != null) {
            Money.finerThanMinorUnit(deposit.amount(), currency).ifPresent(m -> errors.put("terms.deposit.amount", m));
        }
        if (lateFee != null && lateFee.flatAmount() != null) {
            Money.finerThanMinorUnit(lateFee.flatAmount(), currency).ifPresent(m -> errors.put("terms.lateFee.flatAmount", m));
        }
        if (scope != null && scope.changeRequestHourlyRate() != null) {
            Money.finerThanMinorUnit(scope.changeRequestHourlyRate(), currency)
                    .ifPresent(m -> errors.put("terms.scope.changeRequestHourlyRate", m));
        }
        return errors;
    }

    private static boolean days(Map<String, String> errors, String path, Integer value, int min, int max) {
        if (value == null) {
            errors.put(path, "Required");
            return false;
        }
        if (value < min || value > max) {
            errors.put(path, "Use a whole number from " + min + " to " + max);
            return false;
        }
        return true;
    }

    private static void percent(Map<String, String> errors, String path, BigDecimal value, boolean zeroAllowed,
                                BigDecimal max) {
        if (value == null) {
            errors.put(path, "Required");
        } else if (value.signum() < 0 || (!zeroAllowed && value.signum() == 0) || value.compareTo(max) > 0) {
            errors.put(path, "Use a percentage " + (zeroAllowed ? "from 0" : "above 0") + " up to " + max.toPlainString());
        } else if (value.stripTrailingZeros().scale() > 2) {
            errors.put(path, "At most two decimals");
        }
    }

    private static boolean amount(Map<String, String> errors, String path, BigDecimal value) {
        if (value.signum() < 0) {
            errors.put(path, "Cannot be negative");
            return false;
        }
        if (value.compareTo(MAX_AMOUNT) > 0) {
            errors.put(path, "Too large");
            return false;
        }
        if (value.stripTrailingZeros().scale() > 4) {
            errors.put(path, "At most four decimals");
            return false;
        }
        return true;
    }

    private static boolean positiveAmount(Map<String, String> errors, String path, BigDecimal value) {
        if (value == null) {
            errors.put(path, "Required");
            return false;
        }
        if (value.signum() == 0) {
            errors.put(path, "Must be more than zero");
            return false;
        }
        return amount(errors, path, value);
    }
}
