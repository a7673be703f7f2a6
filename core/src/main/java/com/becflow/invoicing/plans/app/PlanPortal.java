package com.becflow.invoicing.plans.app;

import com.becflow.contracts.SignatureContext;
import com.becflow.invoicing.InvoiceId;
import com.becflow.invoicing.app.InvoiceLinks;
import com.becflow.invoicing.app.Ledger;
import com.becflow.invoicing.plans.AgreedTerms;
import com.becflow.invoicing.plans.PlanLimits;
import com.becflow.invoicing.plans.PlanRules;
import com.becflow.invoicing.plans.PlanTerms;
import com.becflow.invoicing.plans.PlanViolation;
import com.becflow.shared.money.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A payment plan as the client sees it behind their invoice's link: the limits they may build one in, a preview of a
 * plan with every rule it breaks (nothing stored), building one inside the limits, and accepting the freelancer's; both
 * ways of accepting name the terms shown and keep the acceptance as evidence, with its agreement PDF.
 */
@ApplicationScoped
@Transactional
public class PlanPortal {

    private final InvoiceLinks links;
    private final Ledger ledger;
    private final PlanProposals proposals;
    private final PlanAcceptances acceptances;
    private final PlanStatements statements;
    private final PlanLimitSettings limits;

    @Inject
    public PlanPortal(InvoiceLinks links, Ledger ledger, PlanProposals proposals, PlanAcceptances acceptances,
                      PlanStatements statements, PlanLimitSettings limits) {
        this.links = links;
        this.ledger = ledger;
        this.proposals = proposals;
        this.acceptances = acceptances;
        this.statements = statements;
        this.limits = limits;
    }

    protected PlanPortal() {
        this(null, null, null, null, null, null);
    }

    /**
     * A plan's terms as the builder proposes them, their hash (what accepting them names), and every rule they break;
     * nothing is stored.
     */
    public record Preview(PlanTerms terms, AgreedTerms agreed, List<PlanViolation> violations) {

        /**
         * Reads {@code command} into terms for the invoice and checks them in {@code setting}.
         *
         * @throws com.becflow.invoicing.plans.PlanOutsideLimits when the command is not even the shape of a plan
         */
        public static Preview of(InvoiceId invoice, ProposePlan command, PlanRules.Setting setting) {
            PlanTerms terms = PlanTermsReader.read(command, setting.total());
            return new Preview(terms, AgreedTerms.of(invoice, terms), PlanRules.check(terms, setting));
        }
    }

    /**
     * What the client may build a plan for: the invoice's total, the limits that bind it, and the days they bound it
     * to on the client's calendar (from today to the last day the final installment may fall due).
     */
    public record Offer(Money total, PlanLimits limits, LocalDate clientToday, LocalDate latestFinalDate) {
    }

    public Offer offer(String token) {
        InvoiceLinks.Opened o = links.open(token);
        return proposals.offer(o.invoice(), o.ctx());
    }

    public Optional<PlanDetails> plan(String token) {
        InvoiceLinks.Opened o = links.open(token);
        return statements.details(o.invoice(), o.ctx());
    }

    public PlanLimits limits(String token) {
        InvoiceLinks.Opened o = links.open(token);
        return limits.binding(o.invoice(), o.ctx());
    }

    public Preview preview(String token, ProposePlan command) {
        InvoiceLinks.Opened o = links.open(token);
        return proposals.preview(o.invoice(), command, o.ctx(), true);
    }

    /** The client builds a plan inside the limits and accepts it as previewed: it is accepted as it is made. */
    public PlanDetails build(String token, ProposePlan command, AcceptPlan acceptance, SignatureContext where) {
        InvoiceLinks.Opened o = links.open(token);
        acceptances.build(ledger.lock(o.invoice().id(), o.ctx()), command, acceptance, o.client(), where);
        return current(o);
    }

    /** The client accepts the plan the freelancer proposed, as it was shown to them. */
    public PlanDetails accept(String token, AcceptPlan acceptance, SignatureContext where) {
        InvoiceLinks.Opened o = links.open(token);
        acceptances.acceptProposed(ledger.lock(o.invoice().id(), o.ctx()), acceptance, o.client(), where);
        return current(o);
    }

    /** The agreement PDF of the invoice's accepted plan. */
    public PlanAgreementFile agreement(String token) {
        InvoiceLinks.Opened o = links.open(token);
        return statements.agreement(o.invoice(), o.ctx());
    }

    private PlanDetails current(InvoiceLinks.Opened o) {
        return statements.details(o.invoice().id(), o.ctx());
    }
}
