package com.becflow.api.plans;

import com.becflow.api.MoneyJson;
import com.becflow.invoicing.plans.Autopay;
import com.becflow.invoicing.plans.AutopayCharge;
import com.becflow.invoicing.plans.AutopayStatus;
import com.becflow.invoicing.plans.Installment;
import com.becflow.invoicing.plans.InstallmentStatus;
import com.becflow.invoicing.plans.PaymentPlan;
import com.becflow.invoicing.plans.PlanAcceptance;
import com.becflow.invoicing.plans.PlanFrequency;
import com.becflow.invoicing.plans.PlanStatement;
import com.becflow.invoicing.plans.PlanStatus;
import com.becflow.invoicing.plans.app.PlanDetails;
import com.becflow.shared.tenant.Actor;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A plan with its installments as the invoice's ledger settles them today: remaining + outsidePlan = balance, where
 * outsidePlan is unpaid late fees or, negative, money received beyond what is owed.
 */
@Schema(name = "PaymentPlan")
public record PaymentPlanJson(@Schema(implementation = UUID.class, required = true) String id,
                              @Schema(implementation = UUID.class, required = true) String invoiceId,
                              @Schema(implementation = PlanStatus.class, required = true) String status,
                              @Schema(implementation = PlanFrequency.class, required = true) String frequency,
                              boolean autopay,
                              @Schema(implementation = Actor.Kind.class, required = true) String proposedByKind,
                              String proposedBy, @Schema(required = true) Instant proposedAt, Instant acceptedAt,
                              Instant cancelledAt, @Schema(required = true) MoneyJson settled,
                              @Schema(required = true) MoneyJson remaining, @Schema(required = true) MoneyJson outsidePlan,
                              @Schema(required = true) MoneyJson balance,
                              @Schema(required = true, description = "SHA-256 of the plan's terms in their canonical form:"
                                      + " what the client's acceptance names") String termsSha256,
                              AcceptanceJson acceptance,
                              @Schema(required = true) List<InstallmentJson> installments,
                              AutopayJson autopayStanding) {

    /** Where the invoice's autopay stands, once the client has opened the page to save a card. */
    @Schema(name = "Autopay", description = "Where the invoice's autopay stands; absent until the client opens the page "
            + "to save a card. ON charges each installment on its due date; NEEDS_CLIENT and OFF say why in reason")
    public record AutopayJson(@Schema(implementation = AutopayStatus.class, required = true) String status,
                              @Schema(description = "What the client recognises the saved card by, e.g. \"Visa ending 4242\"")
                              String card,
                              @Schema(description = "Why it needs the client or stopped") String reason,
                              @Schema(required = true) Instant updatedAt,
                              DebitJson debitOnItsWay) {

        static AutopayJson from(Autopay a, Optional<AutopayCharge> debitOnItsWay) {
            return new AutopayJson(a.status().name(), a.method() == null ? null : a.method().label(), a.reason(),
                    a.updatedAt(), debitOnItsWay.map(DebitJson::from).orElse(null));
        }
    }

    /** A bank debit on its way. */
    @Schema(name = "AutopayDebit", description = "A bank debit asked of the client's bank for an installment and not yet "
            + "cleared: the invoice is not late while it is on its way, and a checkout is refused meanwhile")
    public record DebitJson(@Schema(required = true) int installment, @Schema(required = true) MoneyJson amount,
                            @Schema(required = true, description = "The client's day the debit was asked")
                            LocalDate askedOn) {

        static DebitJson from(AutopayCharge c) {
            return new DebitJson(c.installment(), MoneyJson.from(c.amount()), c.chargedOn());
        }
    }

    /** The evidence of the client's acceptance, as the agreement PDF states it. */
    @Schema(name = "PaymentPlanAcceptance", description = "The evidence of the client's acceptance, as the agreement PDF "
            + "states it; absent until the client accepts the plan")
    public record AcceptanceJson(@Schema(required = true) Instant acceptedAt,
                                 @Schema(required = true, description = "The address the client's link was sent to")
                                 String acceptedBy,
                                 @Schema(required = true) String ipAddress, @Schema(required = true) String userAgent,
                                 @Schema(required = true, description = "What the client agreed to, word for word")
                                 String consent,
                                 @Schema(required = true, description = "The terms in the canonical form hashed") String terms,
                                 @Schema(required = true) String termsSha256,
                                 @Schema(required = true, description = "SHA-256 of the agreement PDF") String agreementSha256,
                                 @Schema(implementation = UUID.class, description = "The signed contract whose evidence "
                                         + "holds this acceptance as an addendum") String contractId) {

        static AcceptanceJson from(PlanAcceptance a) {
            return new AcceptanceJson(a.acceptedAt(), a.acceptedBy().who(), a.ipAddress(), a.userAgent(), a.consent(),
                    a.terms().canonical(), a.terms().sha256(), a.agreementSha256(),
                    a.contract().map(Object::toString).orElse(null));
        }
    }

    public record InstallmentJson(int number, @Schema(required = true) LocalDate dueDate,
                                  @Schema(required = true) MoneyJson amount, @Schema(required = true) MoneyJson paid,
                                  @Schema(required = true) MoneyJson remaining,
                                  @Schema(implementation = InstallmentStatus.class, required = true) String status) {

        static InstallmentJson from(Installment i) {
            return new InstallmentJson(i.number(), i.dueDate(), MoneyJson.from(i.amount()), MoneyJson.from(i.paid()),
                    MoneyJson.from(i.remaining()), i.status().name());
        }
    }

    static PaymentPlanJson from(PlanDetails d) {
        PlanStatement s = d.statement();
        PaymentPlan p = s.plan();
        return new PaymentPlanJson(p.id().toString(), p.invoiceId().toString(), p.status().name(),
                p.terms().frequency().name(), p.terms().autopay(), p.proposedBy().kind().name(), p.proposedBy().who(),
                p.proposedAt(), p.acceptedAt(), p.cancelledAt(), MoneyJson.from(s.settled()), MoneyJson.from(s.remaining()),
                MoneyJson.from(s.outsidePlan()), MoneyJson.from(s.balance()), d.terms().sha256(),
                d.acceptance().map(AcceptanceJson::from).orElse(null), s.installments().stream().map(InstallmentJson::from).toList(),
                d.autopay().map(a -> AutopayJson.from(a, d.debitOnItsWay())).orElse(null));
    }
}
