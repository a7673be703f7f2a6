package com.becflow.feedback.app;

import com.becflow.clients.Client;
import com.becflow.contracts.Contract;
import com.becflow.feedback.EngagementFeedback;
import com.becflow.invoicing.Invoices;
import com.becflow.shared.mail.MailTopic;
import com.becflow.shared.mail.Outbox;
import com.becflow.shared.mail.OutgoingMail;
import com.becflow.shared.tenant.TenantContext;
import com.becflow.tenancy.Tenant;
import com.becflow.tenancy.app.TenantRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;

/** The feedback request to the client, in the freelancer's name, and the answer to the freelancer. */
@ApplicationScoped
public class FeedbackMails {

    private final Outbox outbox;
    private final TenantRegistry tenants;
    private final Invoices invoices;

    @Inject
    public FeedbackMails(Outbox outbox, TenantRegistry tenants, Invoices invoices) {
        this.outbox = outbox;
        this.tenants = tenants;
        this.invoices = invoices;
    }

    protected FeedbackMails() {
        this(null, null, null);
    }

    /** The business's name as its documents carry it. */
    String businessName(TenantContext ctx) {
        return invoices.settings(ctx.tenant()).branding().businessNameOr(tenants.recent(ctx.tenant()).displayName());
    }

    void request(TenantContext ctx, Contract contract, Client client, String to, String link) {
        String business = businessName(ctx);
        outbox.queueToClient(ctx.tenant(), MailTopic.contract(contract.id().value()), OutgoingMail.text(to,
                "How did it go? " + contract.title(), "Hello " + client.name() + ",\n\nthank you for working with me on "
                        + contract.title() + "; everything is settled. Would you tell me in a minute how it went, both the"
                        + " work and the billing? Two ratings and a comment if you like:\n" + link + "\n\nThank you!\n"
                        + business + "\n"), Locale.ENGLISH);
    }

    void answered(TenantContext ctx, Contract contract, Client client, EngagementFeedback.Answer answer) {
        Tenant tenant = tenants.recent(ctx.tenant());
        outbox.queue(ctx.tenant(), MailTopic.contract(contract.id().value()), OutgoingMail.text(tenant.ownerEmail(),
                "Feedback from " + client.name() + ": work " + answer.work() + "/5, billing " + answer.billing() + "/5",
                client.name() + " answered your feedback request on " + contract.title() + ":\n\nThe work: "
                        + answer.work() + " of 5\nThe billing: " + answer.billing() + " of 5\n"
                        + (answer.comment() == null ? "" : "\n" + answer.comment() + "\n")
                        + "\nYou find it on the client's page.\n\nBecflow\n"));
    }
}
