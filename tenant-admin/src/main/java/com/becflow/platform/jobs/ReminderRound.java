package com.becflow.platform.jobs;

import com.becflow.reminders.app.ContractFollowUps;
import com.becflow.reminders.app.ReminderDispatch;
import com.becflow.reminders.app.ReminderSweep;
import com.becflow.shared.tenant.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The reminders of one tenant, when the housekeeping round finds its agenda entry due: the sweep's transaction lists
 * the reminders due and moves the entry, then each is handed to a job ({@link ReminderDispatch}, tenant, invoice and
 * step as arguments) after that committed, so the job store's own transactions never run inside ours. Then the
 * follow-ups of contracts the clients have not answered ({@link ContractFollowUps}), few enough to send in the round.
 * Lives beside the jobs: only the workspace application, which runs them, sweeps.
 */
@ApplicationScoped
public class ReminderRound {

    private final ReminderSweep sweep;
    private final ReminderDispatch dispatch;
    private final ContractFollowUps followUps;

    @Inject
    public ReminderRound(ReminderSweep sweep, ReminderDispatch dispatch, ContractFollowUps followUps) {
        this.sweep = sweep;
        this.dispatch = dispatch;
        this.followUps = followUps;
    }

    protected ReminderRound() {
        this(null, null, null);
    }

    /**
     * Returns how many reminders were handed to jobs and contract follow-ups sent. The follow-ups come after the sweep,
     * which moves the agenda entry to the invoices' next moment: theirs is then kept if earlier.
     */
    public int run(TenantContext ctx) {
        ReminderSweep.Swept swept = sweep.sweep(ctx);
        for (ReminderSweep.Due due : swept.due()) {
            dispatch.dispatch(ctx.tenant(), due.invoice(), due.dueDate(), due.step());
        }
        return swept.due().size() + followUps.run(ctx);
    }
}
