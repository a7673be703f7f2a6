package com.becflow.feedback.app;

import com.becflow.clients.Client;
import com.becflow.clients.app.ClientService;
import com.becflow.contracts.Contract;
import com.becflow.contracts.ContractId;
import com.becflow.contracts.Contracts;
import com.becflow.feedback.EngagementFeedback;
import com.becflow.feedback.EngagementFeedbacks;
import com.becflow.invoicing.Invoice;
import com.becflow.invoicing.InvoiceStatus;
import com.becflow.invoicing.Invoices;
import com.becflow.invoicing.app.PaymentRecorded;
import com.becflow.portal.PortalPurpose;
import com.becflow.portal.app.IssuedLink;
import com.becflow.portal.app.PortalLinkService;
import com.becflow.shared.tenant.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Asks the client for feedback once an engagement is settled: the payment that leaves no invoice under a signed
 * contract open. Once per contract, however many servers record payments at once; the mail carries a link of its own
 * and goes through the outbox in the payment's transaction.
 */
@ApplicationScoped
public class FeedbackRequests {

    private final Invoices invoices;
    private final Contracts contracts;
    private final ClientService clients;
    private final EngagementFeedbacks feedbacks;
    private final PortalLinkService links;
    private final FeedbackMails mails;
    private final Clock clock;
    private final String publicUrl;

    @Inject
    public FeedbackRequests(Invoices invoices, Contracts contracts, ClientService clients, EngagementFeedbacks feedbacks,
                            PortalLinkService links, FeedbackMails mails, Clock clock,
                            @ConfigProperty(name = "BECFLOW_PUBLIC_URL") String publicUrl) {
        this.invoices = invoices;
        this.contracts = contracts;
        this.clients = clients;
        this.feedbacks = feedbacks;
        this.links = links;
        this.mails = mails;
        this.clock = clock;
        this.publicUrl = publicUrl == null ? null : publicUrl.replaceAll("/+$", "");
    }

    protected FeedbackRequests() {
        this(null, null, null, null, null, null, null, null);
    }

    void onPayment(@Observes PaymentRecorded recorded) {
        Invoice paid = recorded.invoice();
        if (paid.status() != InvoiceStatus.PAID || paid.contractId().isEmpty()) {
            return;
        }
        TenantContext ctx = recorded.ctx();
        ContractId contractId = paid.contractId().get();
        Contract contract = contracts.find(ctx.tenant(), contractId).filter(c -> c.status().signed()).orElse(null);
        if (contract == null || !settled(ctx, contractId, paid)) {
            return;
        }
        Instant now = clock.instant();
        if (!feedbacks.request(ctx.tenant(), EngagementFeedback.requested(contractId, paid.clientId(), now))) {
            return;
        }
        Client client = clients.get(paid.clientId(), ctx);
        String to = paid.sentTo() != null ? paid.sentTo() : client.email();
        IssuedLink link = links.issue(ctx.tenant(), client.id(), PortalPurpose.FEEDBACK, contractId.value(), to);
        mails.request(ctx, contract, client, to, publicUrl + "/portal/feedback/" + link.token());
    }

    /** Nothing under the contract is owed any more: every invoice issued under it is paid or closed. */
    private boolean settled(TenantContext ctx, ContractId contract, Invoice paid) {
        return invoices.issuedUnderContract(ctx.tenant(), contract).stream()
                .filter(i -> !i.id().equals(paid.id()) && i.kind().owed())
                .noneMatch(i -> i.status().open());
    }
}
