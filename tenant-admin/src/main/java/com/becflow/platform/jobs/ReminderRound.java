package com.becflow.platform.jobs;

import com.becflow.reminders.app.ReminderDispatch;
import com.becflow.reminders.app.ReminderSweep;
import com.becflow.shared.tenant.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The reminders of one tenant, when the housekeeping round finds its agenda entry due: the sweep's transaction lists
 * the reminders due and moves the entry, then each is handed to a job ({@link ReminderDispatch}, tenant, invoice and
 * step as arguments) after that committed, so the job store's own transactions never run inside ours. Lives beside
 * the jobs: only the workspace application, which runs them, sweeps.
 */
@ApplicationScoped
public class ReminderRound {

    private final ReminderSweep sweep;
    private final ReminderDispatch dispatch;

    @Inject
    public ReminderRound(ReminderSweep sweep, ReminderDispatch dispatch) {
        this.sweep = sweep;
        this.dispatch = dispatch;
    }

    protected ReminderRound() {
        this(null, null);
    }

    /** Returns how many reminders were handed to jobs. */
    public int run(TenantContext ctx) {
        ReminderSweep.Swept swept = sweep.sweep(ctx);
        for (ReminderSweep.Due due : swept.due()) {
            dispatch.dispatch(ctx.tenant(), due.invoice(), due.dueDate(), due.step());
        }
        return swept.due().size();
    }
}
