package com.becflow.portal.api;

import com.becflow.invoicing.plans.AutopayRule;
import com.becflow.invoicing.plans.MinimumDeposit;
import com.becflow.invoicing.plans.PlanAcceptance;
import com.becflow.invoicing.plans.PlanLimits;
import com.becflow.invoicing.plans.PlanStatement;
import com.becflow.invoicing.plans.PlanViolation;
import com.becflow.invoicing.plans.app.PlanDetails;
import com.becflow.invoicing.plans.app.PlanPortal;
import com.becflow.shared.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An invoice's payment plan as the client's link shows it; amounts are decimal strings in the invoice's currency. Of
 * the balance, {@code remaining} is the installments' and {@code outsidePlan} the rest (late fees, or, negative, money
 * received beyond what is owed). {@code termsSha256} is what accepting these terms names; {@code acceptance} the
 * evidence kept once they are accepted.
 */
public record PortalPlanJson(String status, String frequency, boolean autopay, String currency, String remaining,
                             String outsidePlan, String balance, String termsSha256, AcceptanceJson acceptance,
                             List<InstallmentJson> installments) {

    public record InstallmentJson(int number, LocalDate dueDate, String amount, String paid, String remaining,
                                  String status) {
    }

    /** The evidence of the client's acceptance, as the agreement PDF states it. */
    public record AcceptanceJson(Instant acceptedAt, String acceptedBy, String ipAddress, String userAgent,
                                 String consent, String terms, String termsSha256, String agreementSha256,
                                 boolean contractAddendum) {

        static AcceptanceJson from(PlanAcceptance a) {
            return new AcceptanceJson(a.acceptedAt(), a.acceptedBy().who(), a.ipAddress(), a.userAgent(), a.consent(),
                    a.terms().canonical(), a.terms().sha256(), a.agreementSha256(), a.contract().isPresent());
        }
    }

    static PortalPlanJson from(PlanDetails d) {
        PlanStatement s = d.statement();
        return new PortalPlanJson(s.plan().status().name(), s.plan().terms().frequency().name(), s.plan().terms().autopay(),
                s.balance().currency().getCurrencyCode(), amount(s.remaining()), amount(s.outsidePlan()), amount(s.balance()),
                d.terms().sha256(), d.acceptance().map(AcceptanceJson::from).orElse(null),
                s.installments().stream().map(i -> new InstallmentJson(i.number(), i.dueDate(), amount(i.amount()),
                        amount(i.paid()), amount(i.remaining()), i.status().name())).toList());
    }

    /** What the client may build: the limits that bind this invoice. */
    public record LimitsJson(boolean offered, String minimumDepositPercent, String minimumDepositAmount,
                             int maxInstallments, String minimumInstallment, List<String> frequencies,
                             boolean autopayRequired) {

        static LimitsJson from(PlanLimits l) {
            var deposit = l.minimumDeposit();
            return new LimitsJson(l.offered(),
                    deposit != null && deposit.kind() == MinimumDeposit.Kind.PERCENT
                            ? deposit.value().stripTrailingZeros().toPlainString() : null,
                    deposit != null && deposit.currency() != null ? amount(new Money(deposit.value(), deposit.currency())) : null,
                    l.maxInstallments(), l.minimumInstallment() == null ? null : amount(l.minimumInstallment()),
                    l.frequencies().stream().sorted().map(Enum::name).toList(), l.autopay() == AutopayRule.REQUIRED);
        }
    }

    /**
     * A plan's installments as they would be, the SHA-256 of those terms (what building the plan names), and every rule
     * they break ({@code code}, {@code field}, {@code message}).
     */
    public record PreviewJson(List<InstallmentJson> installments, String sum, String termsSha256,
                              List<PlanViolation> violations) {

        static PreviewJson from(PlanPortal.Preview p) {
            return new PreviewJson(p.terms().installments().stream().map(i -> new InstallmentJson(i.number(), i.dueDate(),
                    amount(i.amount()), null, null, null)).toList(), amount(p.terms().sum()), p.agreed().sha256(),
                    p.violations());
        }
    }

    private static String amount(Money m) {
        return m.rounded().amount().toPlainString();
    }
}
