package com.becflow.feedback.app;

import com.becflow.clients.ClientId;
import com.becflow.clients.app.ClientService;
import com.becflow.contracts.Contract;
import com.becflow.contracts.Contracts;
import com.becflow.feedback.EngagementFeedback;
import com.becflow.feedback.EngagementFeedbacks;
import com.becflow.shared.tenant.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/** A client's feedback for the freelancer: each settled engagement, asked when, and the answer if any. */
@ApplicationScoped
@Transactional
public class FeedbackQueries {

    /** One engagement's feedback with the contract's title. */
    public record Entry(String engagement, EngagementFeedback feedback) {
    }

    private final EngagementFeedbacks feedbacks;
    private final Contracts contracts;
    private final ClientService clients;

    @Inject
    public FeedbackQueries(EngagementFeedbacks feedbacks, Contracts contracts, ClientService clients) {
        this.feedbacks = feedbacks;
        this.contracts = contracts;
        this.clients = clients;
    }

    protected FeedbackQueries() {
        this(null, null, null);
    }

    /** Newest request first; 404 for a client not in this workspace. */
    public List<Entry> ofClient(TenantContext ctx, ClientId client) {
        clients.get(client, ctx);
        return feedbacks.ofClient(ctx.tenant(), client).stream().map(f -> new Entry(contracts.find(ctx.tenant(),
                f.contractId()).map(Contract::title).orElse(""), f)).toList();
    }
}
