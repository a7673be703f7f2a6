package com.becflow.feedback.app;

import com.becflow.clients.Client;
import com.becflow.clients.app.ClientService;
import com.becflow.contracts.Contract;
import com.becflow.contracts.ContractId;
import com.becflow.contracts.Contracts;
import com.becflow.feedback.EngagementFeedback;
import com.becflow.feedback.EngagementFeedbacks;
import com.becflow.invoicing.Invoice;
import com.becflow.invoicing.InvoiceKind;
import com.becflow.invoicing.InvoiceStatus;
import com.becflow.invoicing.Invoices;
import com.becflow.invoicing.app.PaymentRecorded;
import com.becflow.portal.PortalPurpose;
import com.becflow.portal.app.IssuedLink;
import com.becflow.portal.app.PortalLinkService;
import com.becflow.shared.money.Money;
import com.becflow.shared.tenant.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Asks the client for feedback once an engagement is settled: the payment that leaves no invoice under a signed
 * contract open, once its fee is invoiced in full. Once per contract, however many servers record payments at once; the mail carries a link of its own
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
        if (contract == null || !settled(ctx, contract, paid)) {
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

    /**
     * The engagement is settled: what was invoiced under the contract (deposits included, before tax, voided invoices
     * left out) reaches its fee, and none of those invoices is open any more. A deposit paid never settles it: the work is still to come.
     */
    private boolean settled(TenantContext ctx, Contract contract, Invoice paid) {
        if (paid.kind() == InvoiceKind.DEPOSIT) {
            return false;
        }
        List<Invoice> issued = invoices.issuedUnderContract(ctx.tenant(), contract.id()).stream()
                .filter(i -> i.kind().owed() && i.status() != InvoiceStatus.VOID
                        && i.currency().equals(contract.fee().currency())).toList();
        if (issued.stream().anyMatch(i -> !i.id().equals(paid.id()) && i.status().open())) {
            return false;
        }
        Money invoiced = issued.stream().map(i -> i.totals().total().minus(i.totals().tax()))
                .reduce(Money.zero(contract.fee().currency()), Money::plus);
        return !contract.fee().isMoreThan(invoiced);
    }
}
