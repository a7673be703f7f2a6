package com.becflow.invoicing.app;

import com.becflow.contracts.CancellationQuote;
import com.becflow.contracts.Contract;
import com.becflow.contracts.ContractId;
import com.becflow.invoicing.Invoice;
import com.becflow.invoicing.InvoiceId;
import com.becflow.shared.tenant.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Cancels a signed engagement as its cancellation clause says ({@link CancellationSteps}), then gives back what was
 * paid beyond what is kept, each refund with its credit note, through {@link Refunds} (by the provider for an online
 * payment). A refund that fails leaves the cancellation as it is, and is named in the outcome for the freelancer to
 * make by hand.
 */
@ApplicationScoped
public class EngagementCancellations {

    private static final Logger LOG = Logger.getLogger(EngagementCancellations.class.getName());

    private final CancellationSteps steps;
    private final Refunds refunds;

    @Inject
    public EngagementCancellations(CancellationSteps steps, Refunds refunds) {
        this.steps = steps;
        this.refunds = refunds;
    }

    protected EngagementCancellations() {
        this(null, null);
    }

    /** What cancelling did: the calculation, the fee invoice or the refunds, and the invoices it closed. */
    public record Outcome(Contract contract, CancellationQuote quote, Invoice feeInvoice, List<InvoiceId> closed,
                          List<Refunds.Outcome> refunds, List<CancellationSteps.PlannedRefund> refundsNotMade) {
    }

    public Outcome cancel(ContractId id, String reason, TenantContext ctx) {
        CancellationSteps.Settled settled = steps.cancel(id, reason, ctx);
        List<Refunds.Outcome> made = new ArrayList<>();
        List<CancellationSteps.PlannedRefund> notMade = new ArrayList<>();
        for (CancellationSteps.PlannedRefund plan : settled.refunds()) {
            try {
                made.add(refunds.refund(plan.invoice(), new RefundPayment(plan.payment(), plan.amount().amount(),
                        "Engagement cancelled: " + settled.quote().percentKept().stripTrailingZeros().toPlainString()
                                + "% of the fee kept"), ctx));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Refund of " + plan.amount() + " after cancelling contract " + id + " not made", e);
                notMade.add(plan);
            }
        }
        return new Outcome(settled.contract(), settled.quote(), settled.feeInvoice(), settled.closed(), made, notMade);
    }
}
