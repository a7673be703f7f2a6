package com.becflow.contracts;

import com.becflow.contracts.ContractTerms.CancellationTier;
import com.becflow.shared.money.Money;
import com.becflow.shared.money.MoneyText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * The sentences a client reads for each structured clause. Amounts are written with their currency code
 * so that nobody confuses dollars; a share of the fee also shows the amount when the fee is known.
 */
public final class ClauseText {

    /** One numbered clause of the rendered contract. */
    public record Clause(String key, String title, String text) {
    }

    private ClauseText() {
    }

    /**
     * @param fee the contract's fee, or null for a template, where only its currency-free parameters exist
     * @param currency in which fixed amounts are meant; null for a template
     */
    public static List<Clause> render(ContractTerms terms, Money fee, Currency currency) {
        List<Clause> clauses = new ArrayList<>();
        if (terms.scope() != null) {
            var scope = terms.scope();
            StringBuilder s = new StringBuilder("The fee covers: ").append(scope.deliverables().strip());
            if (!scope.deliverables().strip().endsWith(".")) {
                s.append('.');
            }
            if (scope.revisionRounds() != null) {
                s.append(scope.revisionRounds() == 0 ? " No rounds of revisions are included."
                        : " It includes " + count(scope.revisionRounds(), "round") + " of revisions.");
            }
            if (scope.changeRequestHourlyRate() != null) {
                s.append(" Changes beyond this scope are agreed in writing before work on them starts and are billed at ")
                        .append(amount(scope.changeRequestHourlyRate(), currency)).append(" per hour.");
            } else {
                s.append(" Changes beyond this scope are agreed in writing, with their price, before work on them starts.");
            }
            clauses.add(new Clause("scope", "Scope and changes", s.toString()));
        }
        if (terms.deposit() != null) {
            var deposit = terms.deposit();
            String what = deposit.percent() != null
                    ? percent(deposit.percent()) + " of the fee" + (fee == null ? "" : " (" + money(share(fee, deposit.percent())) + ")")
                    : amount(deposit.amount(), currency);
            clauses.add(new Clause("deposit", "Deposit", "A deposit of " + what
                    + " is due on signing this contract and is deducted from the final invoice. Work starts once the deposit is paid."));
        }
        int netDays = terms.payment().netDays();
        String due = netDays == 0 ? "Invoices are due on receipt."
                : "Invoices are due " + count(netDays, "day") + " after their date.";
        clauses.add(new Clause("payment", "Payment terms", due));
        if (terms.earlyPaymentDiscount() != null) {
            var discount = terms.earlyPaymentDiscount();
            clauses.add(new Clause("early-payment-discount", "Early payment discount", "An invoice paid in full within "
                    + count(discount.withinDays(), "day") + " of its date is reduced by " + percent(discount.percent()) + "."));
        }
        if (terms.lateFee() != null) {
            clauses.add(new Clause("late-fee", "Late payment", lateFee(terms.lateFee(), currency)));
        }
        if (terms.cancellation() != null) {
            clauses.add(new Clause("cancellation", "Cancellation", cancellation(terms.cancellation().ordered(), fee)));
        }
        if (terms.ipTransfer() != null) {
            String transfer = terms.ipTransfer().moment() == ContractTerms.IpTransferMoment.ON_SIGNING
                    ? "passes to the client as it is created, from the signing of this contract."
                    : "passes to the client once the fee has been paid in full. Until then the client may use the work "
                    + "only to review it.";
            clauses.add(new Clause("ip-transfer", "Intellectual property", "Ownership of the final deliverables, and all "
                    + "rights in them, " + transfer + " The freelancer may show the finished work in their portfolio."));
        }
        return clauses;
    }

    private static String lateFee(ContractTerms.LateFee fee, Currency currency) {
        List<String> parts = new ArrayList<>();
        if (fee.flatAmount() != null && fee.flatAmount().signum() > 0) {
            parts.add(amount(fee.flatAmount(), currency));
        }
        if (fee.percentPerPeriod() != null && fee.percentPerPeriod().signum() > 0) {
            parts.add(percent(fee.percentPerPeriod()) + " of the unpaid amount");
        }
        StringBuilder s = new StringBuilder("An invoice still unpaid ");
        s.append(fee.graceDays() == 0 ? "after its due date" : count(fee.graceDays(), "day") + " after its due date");
        s.append(" is charged a late fee of ").append(String.join(" plus ", parts));
        s.append(", and again every ").append(fee.periodDays() == 1 ? "day" : count(fee.periodDays(), "day"))
                .append(" it stays unpaid");
        if (fee.capPercent() != null) {
            s.append(". Late fees on one invoice never exceed ").append(percent(fee.capPercent())).append(" of its total");
        }
        return s.append('.').toString();
    }

    private static String cancellation(List<CancellationTier> tiers, Money fee) {
        StringBuilder s = new StringBuilder("If the client cancels, part of the fee is kept for the time reserved:");
        for (CancellationTier tier : tiers) {
            String when = tier.daysBeforeStart() == 0 ? "on or after the start date"
                    : count(tier.daysBeforeStart(), "day") + " or more before the start date";
            s.append(' ');
            if (tier.percentKept().signum() == 0) {
                s.append("cancelled ").append(when).append(", nothing is kept;");
            } else {
                s.append("cancelled ").append(when).append(", ").append(percent(tier.percentKept())).append(" of the fee")
                        .append(fee == null ? "" : " (" + money(share(fee, tier.percentKept())) + ")").append(" is kept;");
            }
        }
        CancellationTier last = tiers.get(tiers.size() - 1);
        if (last.daysBeforeStart() > 0) {
            s.append(" cancelled later than that, the full fee is kept.");
        } else {
            s.setCharAt(s.length() - 1, '.');
        }
        s.append(" Amounts already paid count towards what is kept.");
        return s.toString();
    }

    /** The amount of a share of the fee, rounded to the currency's minor unit. */
    public static Money share(Money fee, BigDecimal percent) {
        return fee.times(percent).times(new BigDecimal("0.01")).rounded();
    }

    public static String money(Money money) {
        return MoneyText.of(money);
    }

    static String amount(BigDecimal amount, Currency currency) {
        return currency == null ? MoneyText.number(amount, 2) + " (in the contract's currency)"
                : MoneyText.of(new Money(amount, currency));
    }

    static String percent(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString() + "%";
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
