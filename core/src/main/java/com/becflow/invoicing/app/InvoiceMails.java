package com.becflow.invoicing.app;

import com.becflow.clients.Client;
import com.becflow.clients.app.ClientService;
import com.becflow.invoicing.Invoice;
import com.becflow.invoicing.InvoiceId;
import com.becflow.invoicing.InvoiceNotFound;
import com.becflow.invoicing.Invoices;
import com.becflow.invoicing.Payment;
import com.becflow.invoicing.thanks.ThankYouDiscount;
import com.becflow.invoicing.thanks.app.ThankYouGrants;
import com.becflow.portal.app.IssuedLink;
import com.becflow.shared.mail.MailDelivery;
import com.becflow.shared.mail.MailTopic;
import com.becflow.shared.mail.Outbox;
import com.becflow.shared.mail.OutgoingMail;
import com.becflow.shared.money.Money;
import com.becflow.shared.money.MoneyText;
import com.becflow.shared.tenant.TenantContext;
import com.becflow.tenancy.Tenant;
import com.becflow.tenancy.app.TenantRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The mails a client gets about an invoice: its link (when issued, sent again or renewed) and each payment's
 * receipt, which under a payment plan names the next installment and, for an invoice settled on time while the
 * workspace offers it, the thank-you discount it earned (granted here, in the receipt's transaction). Each is queued in
 * the outbox in the transaction that causes it, so it goes out once that commits, and never for a change that rolled
 * back; a receipt's PDF is made when its mail goes out.
 */
@ApplicationScoped
@Transactional
public class InvoiceMails {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    private final Invoices invoices;
    private final ClientService clients;
    private final TenantRegistry tenants;
    private final InvoiceDocuments documents;
    private final Outbox outbox;
    private final PlannedPayments plans;
    private final ThankYouGrants thankYous;
    private final String publicUrl;

    @Inject
    public InvoiceMails(Invoices invoices, ClientService clients, TenantRegistry tenants, InvoiceDocuments documents,
                        Outbox outbox, PlannedPayments plans, ThankYouGrants thankYous,
                        @ConfigProperty(name = "BECFLOW_PUBLIC_URL") String publicUrl) {
        this.invoices = invoices;
        this.clients = clients;
        this.tenants = tenants;
        this.documents = documents;
        this.outbox = outbox;
        this.plans = plans;
        this.thankYous = thankYous;
        this.publicUrl = publicUrl == null ? null : publicUrl.replaceAll("/+$", "");
    }

    protected InvoiceMails() {
        this(null, null, null, null, null, null, null, null);
    }

    /** The client's link to an invoice. */
    void link(Invoice invoice, Tenant tenant, Client client, String to, IssuedLink link, boolean again, TenantContext ctx) {
        String url = publicUrl + "/portal/invoice/" + link.token();
        Money total = invoice.total().rounded();
        String due = invoice.netDays() == 0 ? "on receipt" : "by " + DAY.format(invoice.dueDate());
        String subject = (again ? "Your link to " : tenant.displayName() + " sent you ") + invoice.kind().label().toLowerCase()
                + " " + invoice.number().orElse("") + " (" + MoneyText.of(total) + ")";
        String text = "Hello " + client.name() + ",\n\n" + tenant.displayName() + " sent you " + invoice.kind().label().toLowerCase()
                + " " + invoice.number().orElse("") + " for " + MoneyText.of(total) + ", due " + due + ".\n\nSee it, download it"
                + " and pay it here:\n\n" + url + "\n\nThe link is personal: anyone who has it can see this invoice. It works until "
                + DAY.format(link.link().expiresAt().atZone(client.zone()).toLocalDate()) + ".\n\nBecflow, on behalf of "
                + tenant.displayName() + " <" + tenant.ownerEmail() + ">\n";
        outbox.queueToClient(ctx.tenant(), MailTopic.invoice(invoice.id().value()), OutgoingMail.text(to, subject, text),
                Locale.ENGLISH);
    }

    /**
     * The receipt of a payment just recorded, saying what is still open right after it; the PDF is attached when the
     * mail goes out.
     */
    void receipt(@Observes PaymentRecorded recorded) {
        Invoice invoice = recorded.invoice();
        Payment payment = recorded.payment();
        TenantContext ctx = recorded.ctx();
        Client client = clients.get(invoice.clientId(), ctx);
        String to = invoice.sentTo() == null ? client.email() : invoice.sentTo();
        Tenant tenant = tenants.recent(ctx.tenant());
        Money balance = invoice.balance().rounded();
        String what = invoice.kind().label().toLowerCase() + " " + invoice.number().orElse("");
        String subject = "Receipt: " + MoneyText.of(payment.amount().rounded()) + " for " + what;
        String text = "Hello " + client.name() + ",\n\n" + tenant.displayName() + " received your " + payment.method().label()
                .toLowerCase() + " payment of " + MoneyText.of(payment.amount().rounded()) + " on "
                + DAY.format(payment.receivedOn()) + " for " + what + ". "
                + (balance.isPositive() ? "Still open: " + MoneyText.of(balance) + "." + nextInstallment(invoice, ctx)
                : thanks(invoice, payment, tenant.displayName()) + thankYous.grantFor(invoice, payment, ctx)
                        .map(granted -> " " + offered(granted, businessName(tenant, ctx))).orElse(""))
                + "\n\nThe receipt is attached.\n\nBecflow, on behalf of " + tenant.displayName() + " <" + tenant.ownerEmail() + ">\n";
        outbox.queueToClient(ctx.tenant(), MailTopic.invoice(invoice.id().value()), OutgoingMail.text(to, subject, text)
                .attachLater("receipt-" + invoice.number().orElse("") + "-" + payment.id().value().toString().substring(0, 8)
                        + ".pdf", "application/pdf", ReceiptPdfs.SOURCE, ReceiptPdfs.reference(invoice.id(), payment.id())),
                Locale.ENGLISH);
    }

    /**
     * The thanks of a receipt that settles the invoice: warmer when it came by the due date (under a plan, by the last
     * installment's), since paying on time is what a small business notices most.
     */
    static String thanks(Invoice invoice, Payment payment, String freelancer) {
        String paid = invoice.followsPlan() ? "Every installment of your payment plan is paid, so the invoice is paid in"
                + " full." : "The invoice is paid in full.";
        return payment.receivedOn().isAfter(invoice.dueNow()) ? paid + " Thank you!"
                : paid + " Thank you for paying on time: " + freelancer + " really appreciates it.";
    }

    /** The sentence that tells the client of the thank-you discount their payment just earned. */
    static String offered(ThankYouDiscount granted, String business) {
        return "As a thank you, your next invoice from " + business + " will be " + granted.percentText()
                + "% off (until " + DAY.format(granted.expiresOn()) + ").";
    }

    private String businessName(Tenant tenant, TenantContext ctx) {
        return invoices.settings(ctx.tenant()).branding().businessNameOr(tenant.displayName());
    }

    /** Under an accepted payment plan, what the client pays next and by when; nothing otherwise. */
    private String nextInstallment(Invoice invoice, TenantContext ctx) {
        if (!invoice.followsPlan()) {
            return "";
        }
        return plans.smallestPayment(invoice, ctx).map(next -> " Next under your payment plan: " + MoneyText.of(next)
                + " by " + DAY.format(invoice.dueNow()) + ".").orElse("");
    }

    /** The mails sent about an invoice, oldest first, with where each stands. */
    public List<MailDelivery> deliveries(InvoiceId id, TenantContext ctx) {
        invoices.find(ctx.tenant(), id).orElseThrow(() -> new InvoiceNotFound(id));
        return outbox.deliveries(ctx.tenant(), id.value());
    }
}
