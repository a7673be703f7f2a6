package com.becflow.invoicing.app;

import com.becflow.clients.Client;
import com.becflow.clients.app.ClientService;
import com.becflow.invoicing.Invoice;
import com.becflow.invoicing.InvoiceEventType;
import com.becflow.invoicing.InvoiceFile;
import com.becflow.invoicing.InvoiceId;
import com.becflow.invoicing.InvoiceNotFound;
import com.becflow.invoicing.Invoices;
import com.becflow.invoicing.Payment;
import com.becflow.invoicing.PaymentId;
import com.becflow.portal.app.IssuedLink;
import com.becflow.shared.mail.Mailer;
import com.becflow.shared.mail.OutgoingMail;
import com.becflow.shared.money.Money;
import com.becflow.shared.money.MoneyText;
import com.becflow.shared.tenant.Actor;
import com.becflow.shared.tenant.TenantContext;
import com.becflow.tenancy.Tenant;
import com.becflow.tenancy.app.TenantRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The mails a client gets about an invoice: its link (when issued, sent again or renewed) and each payment's receipt. */
@ApplicationScoped
@Transactional
public class InvoiceMails {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
    static final Actor RECEIPTS = Actor.system("receipts");

    private final Invoices invoices;
    private final ClientService clients;
    private final TenantRegistry tenants;
    private final InvoiceDocuments documents;
    private final InvoiceHistory history;
    private final Mailer mailer;
    private final Event<InvoiceMail> mails;
    private final Clock clock;
    private final String publicUrl;

    @Inject
    public InvoiceMails(Invoices invoices, ClientService clients, TenantRegistry tenants, InvoiceDocuments documents,
                        InvoiceHistory history, Mailer mailer, Event<InvoiceMail> mails, Clock clock,
                        @ConfigProperty(name = "BECFLOW_PUBLIC_URL") String publicUrl) {
        this.invoices = invoices;
        this.clients = clients;
        this.tenants = tenants;
        this.documents = documents;
        this.history = history;
        this.mailer = mailer;
        this.mails = mails;
        this.clock = clock;
        this.publicUrl = publicUrl == null ? null : publicUrl.replaceAll("/+$", "");
    }

    protected InvoiceMails() {
        this(null, null, null, null, null, null, null, null, null);
    }

    /** The client's link to an invoice, mailed once the caller's transaction commits. */
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
        mails.fire(new InvoiceMail(ctx, invoice.id(), OutgoingMail.text(to, subject, text)));
    }

    /**
     * Emails the client the receipt of one payment, once: the delivery is claimed in this transaction (the
     * payment's id is its key) and only kept if the mail went out.
     */
    public boolean sendReceipt(InvoiceId id, PaymentId paymentId, TenantContext ctx) {
        Invoice invoice = invoices.find(ctx.tenant(), id).orElseThrow(() -> new InvoiceNotFound(id));
        Client client = clients.get(invoice.clientId(), ctx);
        String to = invoice.sentTo() == null ? client.email() : invoice.sentTo();
        if (!invoices.claimReceiptDelivery(ctx.tenant(), paymentId, to, clock.instant())) {
            return false;
        }
        InvoiceFile file = documents.receipt(invoice, paymentId, ctx);
        Payment payment = invoices.payment(ctx.tenant(), paymentId).orElseThrow();
        Tenant tenant = tenants.get(ctx.tenant());
        Money balance = invoice.balance().rounded();
        String what = invoice.kind().label().toLowerCase() + " " + invoice.number().orElse("");
        String subject = "Receipt: " + MoneyText.of(payment.amount().rounded()) + " for " + what;
        String text = "Hello " + client.name() + ",\n\n" + tenant.displayName() + " received your " + payment.method().label()
                .toLowerCase() + " payment of " + MoneyText.of(payment.amount().rounded()) + " on "
                + DAY.format(payment.receivedOn()) + " for " + what + ". "
                + (balance.isPositive() ? "Still open: " + MoneyText.of(balance) + "." : "The invoice is paid in full. Thank you!")
                + "\n\nThe receipt is attached.\n\nBecflow, on behalf of " + tenant.displayName() + " <" + tenant.ownerEmail() + ">\n";
        mailer.send(OutgoingMail.text(to, subject, text).attach("receipt-" + invoice.number().orElse("") + "-"
                + paymentId.value().toString().substring(0, 8) + ".pdf", "application/pdf", file.pdf()));
        history.record(ctx, invoice.id(), InvoiceEventType.RECEIPT_SENT, RECEIPTS, "Receipt for "
                + payment.amount().rounded() + " emailed to " + to + "; PDF SHA-256 " + file.sha256());
        return true;
    }

    /** Receipts still owed for payments recorded before a moment (a missed job leaves one behind). */
    public List<Payment> paymentsWithoutReceipt(Instant before, int limit, TenantContext ctx) {
        return invoices.paymentsWithoutReceipt(ctx.tenant(), before, limit);
    }
}
