package com.becflow.feedback.app;

import com.becflow.clients.app.ClientService;
import com.becflow.contracts.Contract;
import com.becflow.contracts.ContractId;
import com.becflow.contracts.Contracts;
import com.becflow.feedback.EngagementFeedback;
import com.becflow.feedback.EngagementFeedbacks;
import com.becflow.portal.PortalLink;
import com.becflow.portal.PortalLinkNotFound;
import com.becflow.portal.PortalPurpose;
import com.becflow.portal.app.PortalLinkService;
import com.becflow.shared.tenant.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;

/** The client's side of a feedback request, behind its link: what is asked about, and their answer, given once. */
@ApplicationScoped
@Transactional
public class ClientFeedback {

    /** What the form shows: whose work, which engagement, and the answer once given. */
    public record Standing(String businessName, String engagement, Optional<EngagementFeedback.Answer> answer) {
    }

    private final PortalLinkService links;
    private final EngagementFeedbacks feedbacks;
    private final Contracts contracts;
    private final ClientService clients;
    private final FeedbackMails mails;
    private final Clock clock;

    @Inject
    public ClientFeedback(PortalLinkService links, EngagementFeedbacks feedbacks, Contracts contracts,
                          ClientService clients, FeedbackMails mails, Clock clock) {
        this.links = links;
        this.feedbacks = feedbacks;
        this.contracts = contracts;
        this.clients = clients;
        this.mails = mails;
        this.clock = clock;
    }

    protected ClientFeedback() {
        this(null, null, null, null, null, null);
    }

    public Standing standing(String token) {
        Opened o = open(token);
        return new Standing(mails.businessName(o.ctx()), o.contract().title(), o.feedback().answer());
    }

    public Standing answer(String token, Integer work, Integer billing, String comment) {
        Opened o = open(token);
        EngagementFeedback feedback = o.feedback();
        feedback.answer(work, billing, comment, clock.instant());
        feedbacks.saveAnswer(o.ctx().tenant(), feedback);
        mails.answered(o.ctx(), o.contract(), clients.get(feedback.clientId(), o.ctx()), feedback.answer().orElseThrow());
        return new Standing(mails.businessName(o.ctx()), o.contract().title(), feedback.answer());
    }

    private record Opened(TenantContext ctx, Contract contract, EngagementFeedback feedback) {
    }

    private Opened open(String token) {
        PortalLink link = links.open(token, PortalPurpose.FEEDBACK);
        TenantContext ctx = links.enterAsClient(link);
        ContractId contract = new ContractId(link.subject());
        EngagementFeedback feedback = feedbacks.lock(ctx.tenant(), contract).orElseThrow(PortalLinkNotFound::unknown);
        return new Opened(ctx, contracts.find(ctx.tenant(), contract).orElseThrow(PortalLinkNotFound::unknown), feedback);
    }
}
