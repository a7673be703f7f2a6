package com.becflow.reminders.app;

import com.becflow.clients.Client;
import com.becflow.clients.app.ClientService;
import com.becflow.invoicing.Invoice;
import com.becflow.invoicing.InvoiceId;
import com.becflow.invoicing.InvoiceNotFound;
import com.becflow.invoicing.InvoiceParties;
import com.becflow.invoicing.InvoiceRendering;
import com.becflow.invoicing.Invoices;
import com.becflow.invoicing.ReminderLetterRendering;
import com.becflow.invoicing.disputes.InvoiceDispute;
import com.becflow.invoicing.disputes.InvoiceDisputes;
import com.becflow.shared.documents.PdfRenderer;
import com.becflow.shared.mail.MailAttachments;
import com.becflow.shared.money.Money;
import com.becflow.shared.tenant.TenantContext;
import com.becflow.tenancy.Tenant;
import com.becflow.tenancy.app.TenantRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The formal payment reminder as a PDF letter ({@link ReminderLetterRendering}): attached to every formal reminder
 * mail, made when the mail goes out, and downloaded by the freelancer to print or hand on. It claims what is still
 * owed less what the client disputes, to be paid within {@value #DAYS_TO_PAY} days; the policy's very last reminder
 * also says that the claim goes to collection after that.
 */
@ApplicationScoped
public class FormalLetters implements MailAttachments {

    static final String SOURCE = "reminder-letter";
    static final int DAYS_TO_PAY = 10;

    private final Invoices invoices;
    private final ClientService clients;
    private final TenantRegistry tenants;
    private final InvoiceDisputes disputes;
    private final PdfRenderer pdf;
    private final ReminderLetters letters;
    private final Clock clock;

    @Inject
    public FormalLetters(Invoices invoices, ClientService clients, TenantRegistry tenants, InvoiceDisputes disputes,
                         PdfRenderer pdf, ReminderLetters letters, Clock clock) {
        this.invoices = invoices;
        this.clients = clients;
        this.tenants = tenants;
        this.disputes = disputes;
        this.pdf = pdf;
        this.letters = letters;
        this.clock = clock;
    }

    protected FormalLetters() {
        this(null, null, null, null, null, null, null);
    }

    /** What a reminder mail's attachment names: the invoice, whether the letter is the final notice, and its link. */
    static String reference(InvoiceId invoice, boolean finalNotice, String linkToken) {
        return invoice + "/" + (finalNotice ? "final" : "reminder") + "/" + linkToken;
    }

    static String fileName(Invoice invoice, boolean finalNotice) {
        return (finalNotice ? "final-notice-" : "payment-reminder-") + invoice.number().orElse("") + ".pdf";
    }

    @Override
    public String source() {
        return SOURCE;
    }

    @Override
    public byte[] content(TenantContext ctx, String reference) {
        String[] parts = reference.split("/", 3);
        return letter(ctx, new InvoiceId(UUID.fromString(parts[0])), parts[1].equals("final"),
                letters.payLink(parts[2]));
    }

    /** The letter as of today on the client's calendar, for the freelancer: no personal pay link in it. */
    public byte[] letter(TenantContext ctx, InvoiceId id) {
        return letter(ctx, id, false, null);
    }

    private byte[] letter(TenantContext ctx, InvoiceId id, boolean finalNotice, String payLink) {
        Invoice invoice = invoices.find(ctx.tenant(), id).orElseThrow(() -> new InvoiceNotFound(id));
        if (invoice.dueDate() == null || !invoice.kind().owed()) {
            throw new ReminderNotPossible(id, ReminderNotPossible.Reason.INVOICE_NOT_OPEN);
        }
        Client client = clients.get(invoice.clientId(), ctx);
        Tenant tenant = tenants.recent(ctx.tenant());
        LocalDate today = LocalDate.ofInstant(clock.instant(), client.zone());
        Money disputed = InvoiceDispute.openAmount(disputes.of(ctx.tenant(), id), invoice.currency());
        Money claimed = invoice.balance().minus(disputed);
        String html = ReminderLetterRendering.letter(invoice, InvoiceParties.of(tenant, client),
                invoices.settings(ctx.tenant()).branding(), new ReminderLetterRendering.Letter(today,
                        today.plusDays(DAYS_TO_PAY), claimed, disputed, payLink, finalNotice));
        return pdf.render(InvoiceRendering.pdfPage(html, (finalNotice ? "Final notice, invoice " : "Payment reminder,"
                + " invoice ") + invoice.number().orElse("")));
    }
}
