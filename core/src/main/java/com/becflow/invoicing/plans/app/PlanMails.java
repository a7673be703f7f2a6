package com.becflow.invoicing.plans.app;

import com.becflow.clients.Client;
import com.becflow.clients.app.ClientService;
import com.becflow.invoicing.Invoice;
import com.becflow.invoicing.app.InvoiceLinks;
import com.becflow.invoicing.app.LockedInvoice;
import com.becflow.invoicing.plans.PaymentPlan;
import com.becflow.invoicing.plans.ScheduledInstallment;
import com.becflow.portal.app.IssuedLink;
import com.becflow.shared.mail.MailTopic;
import com.becflow.shared.mail.Outbox;
import com.becflow.shared.mail.OutgoingMail;
import com.becflow.shared.money.MoneyText;
import com.becflow.shared.tenant.TenantContext;
import com.becflow.tenancy.Tenant;
import com.becflow.tenancy.app.TenantRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The client's mails about a plan, each with a personal link to the invoice: a plan the freelancer proposed, with its
 * installments, and autopay's notices ({@link AutopayNotices}). Queued in the outbox in the transaction that causes
 * them, so what rolled back mails nobody.
 */
@ApplicationScoped
public class PlanMails {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    private final ClientService clients;
    private final TenantRegistry tenants;
    private final InvoiceLinks links;
    private final Outbox outbox;
    private final String publicUrl;

    @Inject
    public PlanMails(ClientService clients, TenantRegistry tenants, InvoiceLinks links, Outbox outbox,
                     @ConfigProperty(name = "BECFLOW_PUBLIC_URL") String publicUrl) {
        this.clients = clients;
        this.tenants = tenants;
        this.links = links;
        this.outbox = outbox;
        this.publicUrl = publicUrl == null ? null : publicUrl.replaceAll("/+$", "");
    }

    protected PlanMails() {
        this(null, null, null, null, null);
    }

    void proposed(LockedInvoice locked, PaymentPlan plan) {
        Invoice invoice = locked.invoice();
        TenantContext ctx = locked.ctx();
        Client client = clients.get(invoice.clientId(), ctx);
        Tenant tenant = tenants.recent(ctx.tenant());
        List<ScheduledInstallment> installments = plan.terms().installments();
        String number = invoice.number().orElse("");
        String subject = tenant.displayName() + " proposes paying invoice " + number + " in " + installments.size()
                + " installments";
        String before = tenant.displayName() + " proposes that you pay invoice " + number + " ("
                + MoneyText.of(invoice.total().rounded()) + ") in " + installments.size() + " installments:\n\n"
                + installments.stream().map(i -> "  " + i.number() + ". " + MoneyText.of(i.amount().rounded()) + " by "
                        + DAY.format(i.dueDate())).collect(Collectors.joining("\n"))
                + (plan.terms().autopay() ? "\n\nEach installment would be charged on its day to a card you save." : "")
                + "\n\nSee the plan and accept it here:";
        String after = "\n\nUntil you accept it, the invoice stays due "
                + (invoice.netDays() == 0 ? "on receipt" : "by " + DAY.format(invoice.dueDate())) + ".";
        // The link lasts past the last installment, so the client can follow the plan through it to the end.
        tellClient(ctx, invoice, client, tenant, subject, before, installments.get(installments.size() - 1).dueDate(), after);
    }

    /**
     * Queues a mail to the client about the invoice: {@code before}, a personal link of its own lasting past
     * {@code linkUntil} (links are kept hashed, so an earlier one cannot be sent again), {@code after}, signed for the
     * tenant.
     */
    void tellClient(TenantContext ctx, Invoice invoice, Client client, Tenant tenant, String subject, String before,
                    LocalDate linkUntil, String after) {
        String to = invoice.sentTo() == null ? client.email() : invoice.sentTo();
        IssuedLink link = links.issue(ctx, invoice, client, to, linkUntil);
        outbox.queueToClient(ctx.tenant(), MailTopic.invoice(invoice.id().value()), OutgoingMail.text(to, subject, "Hello "
                + client.name() + ",\n\n" + before + "\n\n" + publicUrl + "/portal/invoice/" + link.token() + after
                + "\n\nBecflow, on behalf of " + tenant.displayName() + " <" + tenant.ownerEmail() + ">\n"), Locale.ENGLISH);
    }
}
