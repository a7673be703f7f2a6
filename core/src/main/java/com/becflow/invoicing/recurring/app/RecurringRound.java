package com.becflow.invoicing.recurring.app;

import com.becflow.invoicing.recurring.RecurringInvoiceId;
import com.becflow.shared.error.DomainException;
import com.becflow.shared.tenant.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * What the housekeeping round does for a tenant's recurring invoices: every due day is issued, the oldest first (days
 * missed while the server was down are issued late, each once); a series whose invoice breaks a rule is paused with the
 * reason; then the agenda moves to the next day.
 */
@ApplicationScoped
public class RecurringRound {

    /** Days one series may catch up in a round; more wait for the next round. */
    static final int CATCH_UP_PER_ROUND = 50;
    private static final Logger LOG = Logger.getLogger(RecurringRound.class.getName());

    private final RecurringIssuing issuing;

    @Inject
    public RecurringRound(RecurringIssuing issuing) {
        this.issuing = issuing;
    }

    protected RecurringRound() {
        this(null);
    }

    /** Issues what is due and returns how many invoices were issued. */
    public int run(TenantContext ctx) {
        int issued = 0;
        for (RecurringInvoiceId id : issuing.due(ctx)) {
            for (int day = 0; day < CATCH_UP_PER_ROUND; day++) {
                try {
                    if (issuing.issueNext(ctx, id).isEmpty()) {
                        break;
                    }
                    issued++;
                } catch (DomainException e) {
                    LOG.info("Recurring invoice " + id + " of tenant " + ctx.tenant() + " paused: " + e.getMessage());
                    issuing.pauseFor(ctx, id, e.getMessage());
                    break;
                }
            }
        }
        issuing.reschedule(ctx);
        return issued;
    }
}
