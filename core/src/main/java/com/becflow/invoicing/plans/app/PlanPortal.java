package com.becflow.invoicing.plans.app;

import com.becflow.invoicing.Invoice;
import com.becflow.invoicing.app.InvoiceLinks;
import com.becflow.invoicing.app.Ledger;
import com.becflow.invoicing.plans.PlanLimits;
import com.becflow.invoicing.plans.PlanRules;
import com.becflow.invoicing.plans.PlanStatement;
import com.becflow.invoicing.plans.PlanTerms;
import com.becflow.invoicing.plans.PlanViolation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * A payment plan as the client sees it behind their invoice's link: the limits they may build one in, a preview of a
 * plan with every rule it breaks (nothing stored), building one inside the limits, and accepting the freelancer's.
 */
@ApplicationScoped
@Transactional
public class PlanPortal {

    private final InvoiceLinks links;
    private final Ledger ledger;
    private final PlanProposals proposals;
    private final PlanStatements statements;
    private final PlanLimitSettings limits;

    @Inject
    public PlanPortal(InvoiceLinks links, Ledger ledger, PlanProposals proposals, PlanStatements statements,
                      PlanLimitSettings limits) {
        this.links = links;
        this.ledger = ledger;
        this.proposals = proposals;
        this.statements = statements;
        this.limits = limits;
    }

    protected PlanPortal() {
        this(null, null, null, null, null);
    }

    /** A plan's terms as the builder proposes them, and every rule they break; nothing is stored. */
    public record Preview(PlanTerms terms, List<PlanViolation> violations) {
    }

    public Optional<PlanStatement> plan(String token) {
        InvoiceLinks.Opened o = links.open(token);
        return statements.of(o.invoice(), o.ctx());
    }

    public PlanLimits limits(String token) {
        InvoiceLinks.Opened o = links.open(token);
        return limits.binding(o.invoice(), o.ctx());
    }

    public Preview preview(String token, ProposePlan command) {
        InvoiceLinks.Opened o = links.open(token);
        Invoice invoice = o.invoice();
        PlanTerms terms = PlanTermsReader.read(command, invoice.total());
        return new Preview(terms, PlanRules.check(terms, new PlanRules.Setting(invoice.total(), invoice.issueDate(),
                proposals.clientToday(invoice, o.ctx()), limits.binding(invoice, o.ctx()), true)));
    }

    /** The client builds a plan inside the limits; it is accepted as it is made. */
    public PlanStatement build(String token, ProposePlan command) {
        InvoiceLinks.Opened o = links.open(token);
        return proposals.place(ledger.lock(o.invoice().id(), o.ctx()), command, o.client(), true);
    }

    /** The client accepts the plan the freelancer proposed. */
    public PlanStatement accept(String token) {
        InvoiceLinks.Opened o = links.open(token);
        return proposals.accept(ledger.lock(o.invoice().id(), o.ctx()), o.client());
    }
}
