package com.becflow.assistant.reading;

import com.becflow.assistant.Reason;
import com.becflow.assistant.TemplateChoice;
import com.becflow.contracts.ContractTerms;
import com.becflow.contracts.ContractTerms.CancellationPolicy;
import com.becflow.contracts.ContractTerms.CancellationTier;
import com.becflow.contracts.ContractTerms.Deposit;
import com.becflow.contracts.ContractTerms.EarlyPaymentDiscount;
import com.becflow.contracts.ContractTerms.IpTransfer;
import com.becflow.contracts.ContractTerms.LateFee;
import com.becflow.contracts.ContractTerms.PaymentTerms;
import com.becflow.contracts.ContractTerms.Scope;
import com.becflow.contracts.TemplateContent;
import com.becflow.contracts.app.SaveContract;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * Fills a contract draft from the facts of a brief on top of the chosen template: what the brief says wins and
 * is explained with its words; every other clause stays the template's and says so. It checks no rule: the use
 * case does, and repairs what breaks one.
 */
public final class ContractDrafter {

    /** The draft's fields and the reason for each one filled. */
    public record Draft(SaveContract contract, List<Reason> reasons) {
    }

    private ContractDrafter() {
    }

    public static Draft draft(BriefFacts facts, TemplateChoice template, String defaultCurrency) {
        List<Reason> reasons = new ArrayList<>();
        TemplateContent content = template.content();
        ContractTerms terms = content.terms();

        String currency = defaultCurrency;
        if (facts.currency() != null) {
            currency = facts.currency().value();
            reasons.add(Reason.fromBrief("currency", currency + " because you wrote '" + facts.currency().words() + "'"));
        } else {
            reasons.add(Reason.templateDefault("currency", defaultCurrency + ": the client's currency (the brief names none)"));
        }
        String projectName = null;
        if (facts.projectName() != null) {
            projectName = facts.projectName().value();
            reasons.add(Reason.fromBrief("projectName", "the project as your brief begins: '" + facts.projectName().words() + "'"));
        }
        BigDecimal fee = null;
        if (facts.fee() != null) {
            fee = facts.fee().value();
            reasons.add(Reason.fromBrief("fee", fee.toPlainString() + " because you wrote '" + facts.fee().words() + "'"));
        } else if (facts.hours() != null && facts.hourlyRate() != null) {
            fee = facts.hours().value().multiply(facts.hourlyRate().value());
            reasons.add(Reason.fromBrief("fee", fee.toPlainString() + ": '" + facts.hours().words() + "' at '"
                    + facts.hourlyRate().words() + "'"));
        }
        if (fee != null) {
            fee = roundedTo(fee, currency);
        }
        LocalDate start = facts.startDate() == null ? null : facts.startDate().value();
        if (start != null) {
            reasons.add(Reason.fromBrief("startDate", start + " because you wrote '" + facts.startDate().words() + "'"));
        }
        LocalDate end = null;
        if (facts.endDate() != null) {
            end = facts.endDate().value();
            reasons.add(Reason.fromBrief("endDate", end + " because you wrote '" + facts.endDate().words() + "'"));
        } else if (start != null && facts.duration() != null) {
            end = start.plus(facts.duration().value());
            reasons.add(Reason.fromBrief("endDate", end + ": the start plus '" + facts.duration().words() + "'"));
        }

        terms = payment(facts, terms, reasons);
        terms = deposit(facts, terms, reasons);
        terms = scope(facts, content, projectName, terms, reasons);
        terms = lateFee(facts, terms, reasons);
        terms = discount(facts, terms, reasons);
        if (facts.ipTransfer() != null) {
            terms = terms.withIpTransfer(new IpTransfer(facts.ipTransfer().value()));
            reasons.add(Reason.fromBrief("terms.ipTransfer.moment", words(facts.ipTransfer().value()) + " because you wrote '"
                    + facts.ipTransfer().words() + "'"));
        } else if (terms.ipTransfer() != null) {
            reasons.add(Reason.templateDefault("terms.ipTransfer.moment", words(terms.ipTransfer().moment())
                    + ": the template's default"));
        }
        if (facts.cancellation() != null) {
            terms = terms.withCancellation(new CancellationPolicy(facts.cancellation().value()));
            reasons.add(Reason.fromBrief("terms.cancellation.tiers", tiers(facts.cancellation().value())
                    + " because you wrote '" + facts.cancellation().words() + "'"));
        } else if (terms.cancellation() != null) {
            reasons.add(Reason.templateDefault("terms.cancellation.tiers", "the template's cancellation tiers ("
                    + tiers(terms.cancellation().ordered()) + ")"));
        }
        SaveContract contract = new SaveContract(null, projectName, start, end, fee, currency, content.body(), terms,
                content.countersignRequired(), null);
        return new Draft(contract, reasons);
    }

    private static ContractTerms payment(BriefFacts facts, ContractTerms terms, List<Reason> reasons) {
        if (facts.netDays() != null) {
            reasons.add(Reason.fromBrief("terms.payment.netDays", (facts.netDays().value() == 0 ? "due on receipt"
                    : facts.netDays().value() + " days") + " because you wrote '" + facts.netDays().words() + "'"));
            return new ContractTerms(new PaymentTerms(facts.netDays().value()), terms.deposit(), terms.cancellation(),
                    terms.lateFee(), terms.earlyPaymentDiscount(), terms.ipTransfer(), terms.scope());
        }
        reasons.add(Reason.templateDefault("terms.payment.netDays", terms.payment().netDays() + " days: the template's default"));
        return terms;
    }

    private static ContractTerms deposit(BriefFacts facts, ContractTerms terms, List<Reason> reasons) {
        if (facts.depositPercent() != null) {
            reasons.add(Reason.fromBrief("terms.deposit.percent", "deposit " + facts.depositPercent().value().toPlainString()
                    + "% because you wrote '" + facts.depositPercent().words() + "'"));
            return terms.withDeposit(new Deposit(facts.depositPercent().value(), null));
        }
        if (facts.depositAmount() != null) {
            reasons.add(Reason.fromBrief("terms.deposit.amount", "deposit " + facts.depositAmount().value().toPlainString()
                    + " because you wrote '" + facts.depositAmount().words() + "'"));
            return terms.withDeposit(new Deposit(null, facts.depositAmount().value()));
        }
        if (facts.noDeposit() != null) {
            reasons.add(Reason.fromBrief("terms.deposit", "no deposit because you wrote '" + facts.noDeposit().words() + "'"));
            return terms.withDeposit(null);
        }
        if (terms.deposit() != null) {
            reasons.add(Reason.templateDefault(terms.deposit().percent() != null ? "terms.deposit.percent" : "terms.deposit.amount",
                    "deposit " + (terms.deposit().percent() != null ? terms.deposit().percent().toPlainString() + "%"
                            : terms.deposit().amount().toPlainString()) + ": the template's default"));
        }
        return terms;
    }

    private static ContractTerms scope(BriefFacts facts, TemplateContent content, String projectName,
                                       ContractTerms terms, List<Reason> reasons) {
        Scope base = terms.scope();
        String deliverables = base == null ? null : base.deliverables();
        Integer rounds = base == null ? null : base.revisionRounds();
        BigDecimal rate = base == null ? null : base.changeRequestHourlyRate();
        if (projectName != null) {
            deliverables = projectName + (deliverables == null ? "" : ": " + deliverables);
            reasons.add(Reason.fromBrief("terms.scope.deliverables", "your project '" + projectName
                    + "' with what the template '" + content.name() + "' covers"));
        } else if (deliverables != null) {
            reasons.add(Reason.templateDefault("terms.scope.deliverables", "what the template '" + content.name() + "' covers"));
        }
        if (facts.revisionRounds() != null) {
            rounds = facts.revisionRounds().value();
            reasons.add(Reason.fromBrief("terms.scope.revisionRounds", rounds + " rounds because you wrote '"
                    + facts.revisionRounds().words() + "'"));
        } else if (rounds != null) {
            reasons.add(Reason.templateDefault("terms.scope.revisionRounds", rounds + " rounds: the template's default"));
        }
        if (facts.hourlyRate() != null) {
            rate = facts.hourlyRate().value();
            reasons.add(Reason.fromBrief("terms.scope.changeRequestHourlyRate", rate.toPlainString()
                    + " an hour because you wrote '" + facts.hourlyRate().words() + "'"));
        } else if (rate != null) {
            reasons.add(Reason.templateDefault("terms.scope.changeRequestHourlyRate", rate.toPlainString()
                    + " an hour: the template's default"));
        }
        if (deliverables == null) {
            return terms;
        }
        if (deliverables.length() > ContractTerms.MAX_SCOPE_LENGTH) {
            deliverables = deliverables.substring(0, ContractTerms.MAX_SCOPE_LENGTH);
        }
        return terms.withScope(new Scope(deliverables, rounds, rate));
    }

    private static ContractTerms lateFee(BriefFacts facts, ContractTerms terms, List<Reason> reasons) {
        LateFee base = terms.lateFee();
        if (facts.lateFeePercent() == null && facts.lateFeeFlat() == null) {
            if (base != null) {
                reasons.add(Reason.templateDefault("terms.lateFee", "the template's late fee"));
            }
            return terms;
        }
        Integer period = facts.lateFeePeriodDays() != null ? facts.lateFeePeriodDays().value()
                : base != null ? base.periodDays() : 30;
        Integer grace = base != null ? base.graceDays() : 0;
        BigDecimal cap = base != null ? base.capPercent() : null;
        BigDecimal percent = facts.lateFeePercent() == null ? null : facts.lateFeePercent().value();
        BigDecimal flat = facts.lateFeeFlat() == null ? null : facts.lateFeeFlat().value();
        Found<?> said = facts.lateFeePercent() != null ? facts.lateFeePercent() : facts.lateFeeFlat();
        reasons.add(Reason.fromBrief(percent != null ? "terms.lateFee.percentPerPeriod" : "terms.lateFee.flatAmount",
                "late fee because you wrote '" + said.words() + "'"));
        return terms.withLateFee(new LateFee(flat, percent, period, grace, cap));
    }

    private static ContractTerms discount(BriefFacts facts, ContractTerms terms, List<Reason> reasons) {
        if (facts.discountPercent() == null) {
            return terms;
        }
        Integer within = facts.discountWithinDays() != null ? facts.discountWithinDays().value()
                : Math.max(1, Math.min(10, terms.payment().netDays() - 1));
        reasons.add(Reason.fromBrief("terms.earlyPaymentDiscount.percent", facts.discountPercent().value().toPlainString()
                + "% within " + within + " days because you wrote '" + facts.discountPercent().words() + "'"));
        return terms.withEarlyPaymentDiscount(new EarlyPaymentDiscount(facts.discountPercent().value(), within));
    }

    /** "nothing kept from 30 days before the start, 50% later": the tiers as the freelancer would say them. */
    static String tiers(List<CancellationTier> tiers) {
        List<String> parts = new ArrayList<>();
        for (CancellationTier tier : tiers) {
            String kept = tier.percentKept().signum() == 0 ? "nothing kept" : tier.percentKept().stripTrailingZeros()
                    .toPlainString() + "% kept";
            parts.add(kept + (tier.daysBeforeStart() == 0 ? (parts.isEmpty() ? "" : " later")
                    : " from " + tier.daysBeforeStart() + " days before the start"));
        }
        return String.join(", ", parts);
    }

    private static BigDecimal roundedTo(BigDecimal amount, String currency) {
        try {
            int digits = Currency.getInstance(currency).getDefaultFractionDigits();
            return digits < 0 || amount.scale() <= digits ? amount : amount.setScale(digits, RoundingMode.HALF_EVEN);
        } catch (IllegalArgumentException e) {
            return amount;
        }
    }

    private static String words(ContractTerms.IpTransferMoment moment) {
        return moment == ContractTerms.IpTransferMoment.ON_FULL_PAYMENT
                ? "rights pass once paid in full" : "rights pass on signing";
    }
}
