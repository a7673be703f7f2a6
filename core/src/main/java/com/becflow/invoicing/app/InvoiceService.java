package com.becflow.invoicing.app;

import com.becflow.clients.Client;
import com.becflow.clients.ClientId;
import com.becflow.clients.ClientNotFound;
import com.becflow.clients.PostalAddress;
import com.becflow.clients.app.ClientService;
import com.becflow.contracts.Contract;
import com.becflow.contracts.ContractId;
import com.becflow.contracts.ContractNotFound;
import com.becflow.contracts.Contracts;
import com.becflow.invoicing.Invoice;
import com.becflow.invoicing.InvoiceContent;
import com.becflow.invoicing.InvoiceDocument;
import com.becflow.invoicing.InvoiceEvent;
import com.becflow.invoicing.InvoiceFile;
import com.becflow.invoicing.InvoiceFileKind;
import com.becflow.invoicing.InvoiceId;
import com.becflow.invoicing.InvoiceKind;
import com.becflow.invoicing.InvoiceLine;
import com.becflow.invoicing.InvoiceLines;
import com.becflow.invoicing.InvoiceNotFound;
import com.becflow.invoicing.InvoiceParties;
import com.becflow.invoicing.InvoiceRendering;
import com.becflow.invoicing.InvoiceSettings;
import com.becflow.invoicing.InvoiceStateConflict;
import com.becflow.invoicing.InvoiceStatus;
import com.becflow.invoicing.Invoices;
import com.becflow.invoicing.InvalidInvoice;
import com.becflow.invoicing.Payment;
import com.becflow.invoicing.PaymentId;
import com.becflow.invoicing.PaymentKind;
import com.becflow.invoicing.PaymentMethod;
import com.becflow.portal.PortalPurpose;
import com.becflow.portal.app.IssuedLink;
import com.becflow.portal.app.PortalLinkService;
import com.becflow.shared.documents.PdfRenderer;
import com.becflow.shared.mail.Mailer;
import com.becflow.shared.mail.OutgoingMail;
import com.becflow.shared.money.InvoiceCurrency;
import com.becflow.shared.money.Money;
import com.becflow.shared.tenant.TenantContext;
import com.becflow.tenancy.Tenant;
import com.becflow.tenancy.app.TenantRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The freelancer's use cases on invoices: drafts, issuing (number, frozen document, emailed link), manual
 * payments, refunds, credit notes, voiding and writing off, and the PDFs. Every movement of money locks the
 * invoice first, so concurrent payments, refunds and checkouts on one invoice happen one after another.
 */
@ApplicationScoped
@Transactional
public class InvoiceService {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    private final Invoices invoices;
    private final ClientService clients;
    private final Contracts contracts;
    private final TenantRegistry tenants;
    private final PortalLinkService links;
    private final PdfRenderer pdf;
    private final Mailer mailer;
    private final Event<PaymentRecorded> paymentRecorded;
    private final Event<InvoiceMail> mails;
    private final Clock clock;
    private final String publicUrl;

    @Inject
    public InvoiceService(Invoices invoices, ClientService clients, Contracts contracts, TenantRegistry tenants,
                          PortalLinkService links, PdfRenderer pdf, Mailer mailer, Event<PaymentRecorded> paymentRecorded,
                          Event<InvoiceMail> mails, Clock clock, @ConfigProperty(name = "BECFLOW_PUBLIC_URL") String publicUrl) {
        this.invoices = invoices;
        this.clients = clients;
        this.contracts = contracts;
        this.tenants = tenants;
        this.links = links;
        this.pdf = pdf;
        this.mailer = mailer;
        this.paymentRecorded = paymentRecorded;
        this.mails = mails;
        this.clock = clock;
        this.publicUrl = publicUrl == null ? null : publicUrl.replaceAll("/+$", "");
    }

    protected InvoiceService() {
        this(null, null, null, null, null, null, null, null, null, null, null);
    }

    public List<Invoice> list(ClientId client, InvoiceStatus status, int offset, int limit, TenantContext ctx) {
        return invoices.list(ctx.tenant(), filter(client, status, ctx), offset, limit);
    }

    public long count(ClientId client, InvoiceStatus status, TenantContext ctx) {
        return invoices.count(ctx.tenant(), filter(client, status, ctx));
    }

    private Invoices.InvoiceFilter filter(ClientId client, InvoiceStatus status, TenantContext ctx) {
        return new Invoices.InvoiceFilter(client, status, today(ctx.zone()));
    }

    public Invoice get(InvoiceId id, TenantContext ctx) {
        return invoices.find(ctx.tenant(), id).orElseThrow(() -> new InvoiceNotFound(id));
    }

    /** What the freelancer and the client see: the stored status, or overdue by the client's calendar. */
    public InvoiceStatus status(Invoice invoice, TenantContext ctx) {
        return invoice.statusOn(clientToday(invoice, ctx));
    }

    /** The shown status of each invoice of a page, reading each client's zone once rather than once per invoice. */
    public Map<InvoiceId, InvoiceStatus> statuses(List<Invoice> page, TenantContext ctx) {
        Map<ClientId, LocalDate> todays = new java.util.HashMap<>();
        Map<InvoiceId, InvoiceStatus> statuses = new LinkedHashMap<>();
        for (Invoice invoice : page) {
            statuses.put(invoice.id(), invoice.statusOn(todays.computeIfAbsent(invoice.clientId(),
                    client -> clientToday(invoice, ctx))));
        }
        return statuses;
    }

    public InvoiceSettings settings(TenantContext ctx) {
        return invoices.settings(ctx.tenant());
    }

    public Invoice createDraft(SaveInvoice command, TenantContext ctx) {
        ctx.requireWritable();
        Map<String, String> errors = new LinkedHashMap<>();
        Client client = client(command.clientId(), errors, ctx);
        Contract contract = contract(command.contractId(), client, errors, ctx);
        InvoiceContent content = content(command, client, contract, errors, InvoiceKind.INVOICE, ctx);
        Invoice invoice = Invoice.draft(InvoiceId.newId(), InvoiceKind.INVOICE, client.id(),
                contract == null ? null : contract.id(), null, content, clock.instant());
        invoices.add(ctx.tenant(), invoice);
        return invoice;
    }

    /** Replaces a draft's fields; the client can change too, an issued invoice never. */
    public Invoice updateDraft(InvoiceId id, SaveInvoice command, TenantContext ctx) {
        ctx.requireWritable();
        Invoice invoice = get(id, ctx);
        if (invoice.status() != InvoiceStatus.DRAFT) {
            throw new InvoiceStateConflict("Only a draft can be changed; " + invoice.describe() + " is "
                    + invoice.status().label().toLowerCase() + ". Issue a credit note to correct it");
        }
        if (command.clientId() != null && !command.clientId().equals(invoice.clientId())) {
            throw InvalidInvoice.of("clientId", "A draft keeps its client; start a new invoice for another client");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        Client client = clients.get(invoice.clientId(), ctx);
        ContractId contractId = command.contractId() != null ? command.contractId() : invoice.contractId().orElse(null);
        Contract contract = contract(contractId, client, errors, ctx);
        InvoiceContent content = content(command, client, contract, errors, invoice.kind(), ctx);
        invoice.change(content, clock.instant());
        return invoice;
    }

    public void deleteDraft(InvoiceId id, TenantContext ctx) {
        ctx.requireWritable();
        Invoice invoice = get(id, ctx);
        if (invoice.status() != InvoiceStatus.DRAFT) {
            throw new InvoiceStateConflict(invoice.describe() + " is issued and is kept for good; void it or issue a credit note");
        }
        invoices.removeDraft(ctx.tenant(), invoice);
    }

    /**
     * Numbers the draft, fixes its document as the client will see it, and emails the client a personal link.
     * The number is taken in this transaction: if anything after it fails, the number is not used up.
     */
    public Invoice issue(InvoiceId id, TenantContext ctx) {
        ctx.requireWritable();
        Invoice invoice = invoices.lock(ctx.tenant(), id).orElseThrow(() -> new InvoiceNotFound(id));
        Client client = clients.get(invoice.clientId(), ctx);
        if (client.archived()) {
            throw new InvoiceStateConflict("The client is archived; restore them before issuing");
        }
        Tenant tenant = tenants.get(ctx.tenant());
        issueAndSend(invoice, tenant, client, ctx, freelancer(ctx));
        return invoice;
    }

    void issueAndSend(Invoice invoice, Tenant tenant, Client client, TenantContext ctx, String actor) {
        if (invoice.status() != InvoiceStatus.DRAFT) {
            throw new InvoiceStateConflict(invoice.describe() + " is already issued");
        }
        if (!invoice.total().isPositive()) {
            throw InvalidInvoice.of("lines", "The total is zero: there is nothing to invoice");
        }
        InvoiceSettings settings = invoices.settings(ctx.tenant());
        Instant now = clock.instant();
        LocalDate issuedOn = today(ctx.zone());
        // The number is taken last: its counter stays locked until commit, so nothing after it may wait on
        // anything another issuer could hold (a link's row, a second pooled connection).
        IssuedLink link = !invoice.kind().owed() ? null : links.issue(ctx.tenant(), client.id(), PortalPurpose.INVOICE,
                invoice.id().value(), client.email(), issuedOn.plusDays(invoice.netDays()).atStartOfDay(client.zone()).toInstant());
        String series = settings.numbering().series(invoice.kind(), issuedOn.getYear());
        String number = settings.numbering().format(invoice.kind(), issuedOn.getYear(),
                invoices.nextNumber(ctx.tenant(), series));
        invoice.issue(number, issuedOn, client.email(), now);
        String credited = invoice.creditedInvoiceId().flatMap(c -> invoices.find(ctx.tenant(), c))
                .flatMap(Invoice::number).orElse(null);
        InvoiceDocument document = new InvoiceDocument(invoice.id(), InvoiceRendering.document(invoice,
                parties(tenant, client), settings.branding(), credited), now);
        invoices.addDocument(ctx.tenant(), document);
        log(ctx, invoice, "ISSUED", actor, invoice.kind().label() + " " + number + " issued for " + invoice.total().rounded()
                + ", due " + invoice.dueDate() + "; document SHA-256 " + document.sha256(), now);
        if (link != null) {
            log(ctx, invoice, "SENT", actor, "Link sent to " + client.email() + "; expires " + link.link().expiresAt(), now);
            mailLink(invoice, tenant, client, client.email(), link, false, ctx);
        }
    }

    /** A fresh link, e.g. when the first mail got lost; earlier links stop working. */
    public Invoice resend(InvoiceId id, TenantContext ctx) {
        ctx.requireWritable();
        Invoice invoice = get(id, ctx);
        if (invoice.status() == InvoiceStatus.DRAFT || !invoice.kind().owed() || invoice.status() == InvoiceStatus.VOID) {
            throw new InvoiceStateConflict("Only an issued invoice can be sent again; " + invoice.describe() + " is "
                    + invoice.status().label().toLowerCase());
        }
        Client client = clients.get(invoice.clientId(), ctx);
        links.revokeAll(ctx.tenant(), id.value());
        IssuedLink link = links.issue(ctx.tenant(), client.id(), PortalPurpose.INVOICE, id.value(), client.email(),
                invoice.dueDate().atStartOfDay(client.zone()).toInstant());
        log(ctx, invoice, "SENT", freelancer(ctx), "New link sent to " + client.email() + "; earlier links revoked; expires "
                + link.link().expiresAt(), clock.instant());
        mailLink(invoice, tenants.get(ctx.tenant()), client, client.email(), link, true, ctx);
        return invoice;
    }

    public Invoice voidInvoice(InvoiceId id, TenantContext ctx) {
        ctx.requireWritable();
        Invoice invoice = lock(id, ctx);
        Instant now = clock.instant();
        invoice.voidInvoice(now);
        int revoked = links.revokeAll(ctx.tenant(), id.value());
        log(ctx, invoice, "VOIDED", freelancer(ctx), "Voided; " + revoked + " link(s) revoked", now);
        return invoice;
    }

    public Invoice markUncollectible(InvoiceId id, TenantContext ctx) {
        ctx.requireWritable();
        Invoice invoice = lock(id, ctx);
        Instant now = clock.instant();
        invoice.markUncollectible(now);
        log(ctx, invoice, "WRITTEN_OFF", freelancer(ctx), "Marked uncollectible; " + invoice.ledger().writtenOff().rounded()
                + " written off", now);
        return invoice;
    }

    /** Money received by hand. More than the balance is refused: that is a typo, not a payment. */
    public Payment recordPayment(InvoiceId id, RecordPayment command, TenantContext ctx) {
        ctx.requireWritable();
        Invoice invoice = lock(id, ctx);
        Map<String, String> errors = new LinkedHashMap<>();
        PaymentMethod method = null;
        if (command.method() == null || command.method().isBlank()) {
            errors.put("method", "How was it paid?");
        } else {
            try {
                method = PaymentMethod.valueOf(command.method().strip().toUpperCase(Locale.ROOT));
                if (method.online()) {
                    errors.put("method", method.label() + " payments come through Stripe; record cash, transfers, cheques or other");
                }
            } catch (IllegalArgumentException e) {
                errors.put("method", "One of BANK_TRANSFER, CASH, CHECK, OTHER");
            }
        }
        Money amount = amount(command.amount(), invoice, errors);
        if (amount != null && amount.isMoreThan(invoice.balance().rounded())) {
            errors.put("amount", "More than the open balance of " + invoice.balance().rounded());
        }
        LocalDate today = today(ctx.zone());
        LocalDate receivedOn = command.receivedOn() == null ? today : command.receivedOn();
        if (receivedOn.isAfter(today)) {
            errors.put("receivedOn", "That date has not come yet");
        } else if (invoice.issueDate() != null && receivedOn.isBefore(invoice.issueDate().minusYears(1))) {
            errors.put("receivedOn", "More than a year before the invoice was issued");
        }
        if (command.reference() != null && command.reference().length() > 200) {
            errors.put("reference", "At most 200 characters");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInvoice(errors);
        }
        if (!invoice.status().open() && invoice.status() != InvoiceStatus.UNCOLLECTIBLE) {
            throw new InvoiceStateConflict(invoice.describe() + " is " + invoice.status().label().toLowerCase()
                    + "; it takes no payments");
        }
        Instant now = clock.instant();
        Payment payment = new Payment(PaymentId.newId(), invoice.id(), PaymentKind.PAYMENT, method, amount, receivedOn,
                blankToNull(command.reference()), null, null, null, freelancer(ctx), now);
        receive(invoice, payment, ctx, now);
        return payment;
    }

    /** Applies a payment to an invoice locked by the caller, logs it and asks for the receipt. */
    public void receive(Invoice invoice, Payment payment, TenantContext ctx, Instant now) {
        invoice.receivePayment(payment.amount(), now);
        invoices.addPayment(ctx.tenant(), payment);
        log(ctx, invoice, "PAYMENT", payment.actor(), payment.method().label() + " payment of " + payment.amount().rounded()
                + (payment.reference() == null ? "" : " (" + payment.reference() + ")") + "; balance "
                + invoice.balance().rounded(), now);
        paymentRecorded.fire(new PaymentRecorded(ctx.tenant(), invoice.id(), payment.id()));
    }

    /**
     * Gives money back from a payment received by hand (the freelancer returns it themselves) and issues the
     * credit note that goes with it. Online payments are refunded through the payment provider instead.
     */
    public Payment refundManualPayment(InvoiceId id, RefundPayment command, TenantContext ctx) {
        ctx.requireWritable();
        Invoice invoice = lock(id, ctx);
        Payment original = refundable(invoice, command, ctx);
        if (original.method().online()) {
            throw new InvoiceStateConflict("This payment came through Stripe; refund it there from the invoice");
        }
        Money amount = refundAmount(invoice, original, command, ctx);
        return recordRefund(invoice, original, amount, null, command.reason(), freelancer(ctx), ctx);
    }

    /** The payment a refund is asked for, checked to belong to the invoice. */
    public Payment refundable(Invoice invoice, RefundPayment command, TenantContext ctx) {
        if (command.payment() == null) {
            throw InvalidInvoice.of("paymentId", "Which payment?");
        }
        Payment original = invoices.payment(ctx.tenant(), command.payment())
                .filter(p -> p.invoiceId().equals(invoice.id()) && p.kind() == PaymentKind.PAYMENT)
                .orElseThrow(() -> InvalidInvoice.of("paymentId", "No such payment on " + invoice.describe()));
        if (command.reason() != null && command.reason().length() > 500) {
            throw InvalidInvoice.of("reason", "At most 500 characters");
        }
        return original;
    }

    /** The amount to refund: as asked, or all that is left of the payment. */
    public Money refundAmount(Invoice invoice, Payment original, RefundPayment command, TenantContext ctx) {
        Money left = original.amount();
        for (Payment p : invoices.payments(ctx.tenant(), invoice.id())) {
            if (p.kind() == PaymentKind.REFUND && p.refundedPaymentId().filter(original.id()::equals).isPresent()) {
                left = left.minus(p.amount());
            }
        }
        if (command.amount() == null) {
            if (!left.isPositive()) {
                throw InvalidInvoice.of("amount", "This payment was refunded in full already");
            }
            return left;
        }
        Map<String, String> errors = new LinkedHashMap<>();
        Money amount = amount(command.amount(), invoice, errors);
        if (amount != null && amount.isMoreThan(left)) {
            errors.put("amount", "At most " + left.rounded() + " of this payment is left to refund");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInvoice(errors);
        }
        return amount;
    }

    /** Records a refund that happened and the credit note that takes the refunded work off the invoice. */
    public Payment recordRefund(Invoice invoice, Payment original, Money amount, String externalId, String reason,
                                String actor, TenantContext ctx) {
        Instant now = clock.instant();
        Invoice creditNote = creditNoteFor(invoice, List.of(new InvoiceLine("Refund of " + original.method().label().toLowerCase()
                + " payment of " + original.amount().rounded() + " received " + original.receivedOn()
                + (reason == null || reason.isBlank() ? "" : ": " + reason.strip()), java.math.BigDecimal.ONE,
                amount.amount(), null, null, null)), reason, ctx);
        Payment refund = new Payment(PaymentId.newId(), invoice.id(), PaymentKind.REFUND, original.method(), amount,
                today(ctx.zone()), blankToNull(reason), externalId, original.id(), creditNote.id(), actor, now);
        invoice.refund(amount, now);
        invoices.addPayment(ctx.tenant(), refund);
        issueDocument(creditNote, ctx, actor);
        log(ctx, invoice, "REFUND", actor, "Refund of " + amount.rounded() + " from the " + original.method().label().toLowerCase()
                + " payment of " + original.receivedOn() + "; credit note " + creditNote.number().orElse("") + "; balance "
                + invoice.balance().rounded(), now);
        return refund;
    }

    /** A credit note against an issued invoice, issued at once; it takes its total off the open balance. */
    public Invoice issueCreditNote(InvoiceId id, IssueCreditNote command, TenantContext ctx) {
        ctx.requireWritable();
        Invoice invoice = lock(id, ctx);
        if (invoice.status() == InvoiceStatus.DRAFT || !invoice.kind().owed()) {
            throw new InvoiceStateConflict("Only an issued invoice can be credited; " + invoice.describe() + " is "
                    + (invoice.kind().owed() ? "a draft: change it instead" : "a credit note"));
        }
        if (command.reason() != null && command.reason().length() > 500) {
            throw InvalidInvoice.of("reason", "At most 500 characters");
        }
        Invoice creditNote = creditNoteFor(invoice, command.lines(), command.reason(), ctx);
        Instant now = clock.instant();
        invoice.credit(creditNote.total(), now);
        issueDocument(creditNote, ctx, freelancer(ctx));
        log(ctx, invoice, "CREDITED", freelancer(ctx), "Credit note " + creditNote.number().orElse("") + " for "
                + creditNote.total().rounded() + "; balance " + invoice.balance().rounded(), now);
        return creditNote;
    }

    private Invoice creditNoteFor(Invoice invoice, List<InvoiceLine> lines, String reason, TenantContext ctx) {
        InvoiceContent content = new InvoiceContent(invoice.currency(), new InvoiceLines(lines), invoice.number().orElse(null),
                blankToNull(reason), 0, false, null);
        Map<String, String> errors = content.problems(InvoiceKind.CREDIT_NOTE);
        if (!errors.isEmpty()) {
            throw new InvalidInvoice(errors);
        }
        Invoice creditNote = Invoice.draft(InvoiceId.newId(), InvoiceKind.CREDIT_NOTE, invoice.clientId(),
                invoice.contractId().orElse(null), invoice.id(), content.normalized(), clock.instant());
        invoices.add(ctx.tenant(), creditNote);
        return creditNote;
    }

    private void issueDocument(Invoice creditNote, TenantContext ctx, String actor) {
        issueAndSend(creditNote, tenants.get(ctx.tenant()), clients.get(creditNote.clientId(), ctx), ctx, actor);
    }

    /** The issued document as PDF, rendered from the frozen document once and kept. */
    public InvoiceFile pdf(InvoiceId id, TenantContext ctx) {
        Invoice invoice = get(id, ctx);
        return documentPdf(invoice, ctx);
    }

    public InvoiceFile documentPdf(Invoice invoice, TenantContext ctx) {
        if (invoice.status() == InvoiceStatus.DRAFT) {
            throw new InvoiceStateConflict("A draft has no PDF yet; preview it or issue it");
        }
        return invoices.file(ctx.tenant(), invoice.id(), InvoiceFileKind.INVOICE, null).orElseGet(() -> {
            InvoiceDocument document = invoices.document(ctx.tenant(), invoice.id())
                    .orElseThrow(() -> new InvoiceNotFound(invoice.id()));
            InvoiceFile file = new InvoiceFile(invoice.id(), null, InvoiceFileKind.INVOICE,
                    pdf.render(InvoiceRendering.pdfPage(document.html(), invoice.kind().label() + " " + invoice.number().orElse(""))),
                    clock.instant());
            invoices.addFile(ctx.tenant(), file);
            return file;
        });
    }

    /** The receipt of one payment, rendered once and kept. */
    public InvoiceFile receipt(InvoiceId id, PaymentId paymentId, TenantContext ctx) {
        Invoice invoice = get(id, ctx);
        return receiptPdf(invoice, paymentId, ctx);
    }

    public InvoiceFile receiptPdf(Invoice invoice, PaymentId paymentId, TenantContext ctx) {
        Payment payment = invoices.payment(ctx.tenant(), paymentId)
                .filter(p -> p.invoiceId().equals(invoice.id()) && p.kind() == PaymentKind.PAYMENT)
                .orElseThrow(() -> new InvoiceNotFound(invoice.id() + " payment " + paymentId));
        return invoices.file(ctx.tenant(), invoice.id(), InvoiceFileKind.RECEIPT, paymentId).orElseGet(() -> {
            Tenant tenant = tenants.get(ctx.tenant());
            Client client = clients.get(invoice.clientId(), ctx);
            String html = InvoiceRendering.receipt(invoice, payment, invoice.ledger(), parties(tenant, client),
                    invoices.settings(ctx.tenant()).branding(), client.zone());
            InvoiceFile file = new InvoiceFile(invoice.id(), paymentId, InvoiceFileKind.RECEIPT,
                    pdf.render(InvoiceRendering.pdfPage(html, "Receipt for " + invoice.number().orElse(""))), clock.instant());
            invoices.addFile(ctx.tenant(), file);
            return file;
        });
    }

    /**
     * Emails the client the receipt of one payment, once: the delivery is claimed in this transaction (the
     * payment's id is its key) and only kept if the mail went out.
     */
    public boolean sendReceipt(InvoiceId id, PaymentId paymentId, TenantContext ctx) {
        Invoice invoice = get(id, ctx);
        String to = invoice.sentTo() == null ? clients.get(invoice.clientId(), ctx).email() : invoice.sentTo();
        if (!invoices.claimReceiptDelivery(ctx.tenant(), paymentId, to, clock.instant())) {
            return false;
        }
        InvoiceFile file = receiptPdf(invoice, paymentId, ctx);
        Payment payment = invoices.payment(ctx.tenant(), paymentId).orElseThrow();
        Tenant tenant = tenants.get(ctx.tenant());
        Client client = clients.get(invoice.clientId(), ctx);
        Money balance = invoice.balance().rounded();
        String subject = "Receipt: " + money(payment.amount().rounded()) + " for " + invoice.kind().label().toLowerCase() + " "
                + invoice.number().orElse("");
        String text = "Hello " + client.name() + ",\n\n" + tenant.displayName() + " received your " + payment.method().label()
                .toLowerCase() + " payment of " + money(payment.amount().rounded()) + " on " + DAY.format(payment.receivedOn())
                + " for " + invoice.kind().label().toLowerCase() + " " + invoice.number().orElse("") + ". "
                + (balance.isPositive() ? "Still open: " + money(balance) + "." : "The invoice is paid in full. Thank you!")
                + "\n\nThe receipt is attached.\n\nBecflow, on behalf of " + tenant.displayName() + " <" + tenant.ownerEmail() + ">\n";
        mailer.send(OutgoingMail.text(invoice.sentTo() == null ? client.email() : invoice.sentTo(), subject, text)
                .attach("receipt-" + invoice.number().orElse("") + "-" + paymentId.value().toString().substring(0, 8) + ".pdf",
                        "application/pdf", file.pdf()));
        log(ctx, invoice, "RECEIPT_SENT", "Becflow", "Receipt for " + payment.amount().rounded() + " emailed to "
                + (invoice.sentTo() == null ? client.email() : invoice.sentTo()) + "; PDF SHA-256 " + file.sha256(), clock.instant());
        return true;
    }

    /** Receipts still owed for payments recorded before a moment (a missed job leaves one behind). */
    public List<Payment> paymentsWithoutReceipt(Instant before, int limit, TenantContext ctx) {
        return invoices.paymentsWithoutReceipt(ctx.tenant(), before, limit);
    }

    /** Preview of a draft exactly as it would be issued today (without its number). */
    public String preview(InvoiceId id, TenantContext ctx) {
        Invoice invoice = get(id, ctx);
        if (invoice.status() != InvoiceStatus.DRAFT) {
            return invoices.document(ctx.tenant(), id).map(InvoiceDocument::html).orElseThrow(() -> new InvoiceNotFound(id));
        }
        return InvoiceRendering.document(invoice, parties(tenants.get(ctx.tenant()), clients.get(invoice.clientId(), ctx)),
                invoices.settings(ctx.tenant()).branding(), null);
    }

    public List<Payment> payments(InvoiceId id, TenantContext ctx) {
        get(id, ctx);
        return invoices.payments(ctx.tenant(), id);
    }

    public List<InvoiceEvent> events(InvoiceId id, TenantContext ctx) {
        get(id, ctx);
        return invoices.events(ctx.tenant(), id);
    }

    public List<Invoice> creditNotes(InvoiceId id, TenantContext ctx) {
        get(id, ctx);
        return invoices.creditNotesFor(ctx.tenant(), id);
    }

    Invoice lock(InvoiceId id, TenantContext ctx) {
        return invoices.lock(ctx.tenant(), id).orElseThrow(() -> new InvoiceNotFound(id));
    }

    /** A mail about the invoice that could not be sent after its transaction committed. */
    public void logMailFailure(TenantContext ctx, InvoiceId invoice, String detail) {
        invoices.append(ctx.tenant(), new InvoiceEvent(invoice, "MAIL_FAILED", "Becflow", detail, clock.instant()));
    }

    public void log(TenantContext ctx, Invoice invoice, String type, String actor, String detail, Instant now) {
        invoices.append(ctx.tenant(), new InvoiceEvent(invoice.id(), type, actor, detail, now));
    }

    void mailLink(Invoice invoice, Tenant tenant, Client client, String to, IssuedLink link, boolean again,
                  TenantContext ctx) {
        String url = publicUrl + "/portal/invoice/" + link.token();
        Money total = invoice.total().rounded();
        String due = invoice.netDays() == 0 ? "on receipt" : "by " + DAY.format(invoice.dueDate());
        String subject = (again ? "Your link to " : tenant.displayName() + " sent you ") + invoice.kind().label().toLowerCase()
                + " " + invoice.number().orElse("") + " (" + money(total) + ")";
        String text = "Hello " + client.name() + ",\n\n" + tenant.displayName() + " sent you " + invoice.kind().label().toLowerCase()
                + " " + invoice.number().orElse("") + " for " + money(total) + ", due " + due + ".\n\nSee it, download it"
                + " and pay it here:\n\n" + url + "\n\nThe link is personal: anyone who has it can see this invoice. It works until "
                + DAY.format(link.link().expiresAt().atZone(client.zone()).toLocalDate()) + ".\n\nBecflow, on behalf of "
                + tenant.displayName() + " <" + tenant.ownerEmail() + ">\n";
        mails.fire(new InvoiceMail(ctx, invoice.id(), OutgoingMail.text(to, subject, text)));
    }

    static String money(Money money) {
        return com.becflow.shared.money.MoneyText.of(money);
    }

    private Client client(ClientId id, Map<String, String> errors, TenantContext ctx) {
        if (id == null) {
            throw InvalidInvoice.of("clientId", "Choose a client");
        }
        try {
            Client client = clients.get(id, ctx);
            if (client.archived()) {
                throw InvalidInvoice.of("clientId", "This client is archived");
            }
            return client;
        } catch (ClientNotFound e) {
            throw InvalidInvoice.of("clientId", "No such client");
        }
    }

    private Contract contract(ContractId id, Client client, Map<String, String> errors, TenantContext ctx) {
        if (id == null) {
            return null;
        }
        Contract contract = contracts.find(ctx.tenant(), id).orElse(null);
        if (contract == null || !contract.clientId().equals(client.id())) {
            errors.put("contractId", "No such contract for this client");
            return null;
        }
        if (!contract.status().signed()) {
            errors.put("contractId", "The contract is not signed yet");
            return null;
        }
        return contract;
    }

    private InvoiceContent content(SaveInvoice c, Client client, Contract contract, Map<String, String> errors,
                                   InvoiceKind kind, TenantContext ctx) {
        Currency currency = null;
        if (c.currency() == null || c.currency().isBlank()) {
            currency = contract != null ? contract.fee().currency() : client.currency();
        } else {
            currency = InvoiceCurrency.parse(c.currency(), problem -> errors.put("currency", problem)).orElse(null);
        }
        if (contract != null && currency != null && !currency.equals(contract.fee().currency())) {
            errors.put("currency", "The contract is in " + contract.fee().currency().getCurrencyCode());
        }
        int netDays = c.netDays() != null ? c.netDays()
                : contract != null && contract.terms().payment() != null && contract.terms().payment().netDays() != null
                ? contract.terms().payment().netDays()
                : invoices.settings(ctx.tenant()).defaultNetDays();
        InvoiceContent content = new InvoiceContent(currency, new InvoiceLines(c.lines()), c.reference(), c.notes(), netDays,
                Boolean.TRUE.equals(c.partialPayments()), c.minimumPayment());
        if (currency != null) {
            errors.putAll(content.problems(kind));
        } else {
            content.problems(kind).forEach((k, v) -> {
                if (!k.equals("currency") && !k.equals("minimumPayment") && !k.equals("lines")) {
                    errors.putIfAbsent(k, v);
                }
            });
        }
        if (!errors.isEmpty()) {
            throw new InvalidInvoice(errors);
        }
        return content.normalized();
    }

    /** An amount typed for this invoice, or null with the reason put under "amount". */
    static Money amount(java.math.BigDecimal value, Invoice invoice, Map<String, String> errors) {
        if (value == null) {
            errors.put("amount", "How much?");
            return null;
        }
        Currency currency = invoice.currency();
        if (value.signum() <= 0) {
            errors.put("amount", "The amount must be above zero");
            return null;
        }
        if (value.stripTrailingZeros().scale() > Math.max(currency.getDefaultFractionDigits(), 0)) {
            errors.put("amount", currency.getCurrencyCode() + " has " + currency.getDefaultFractionDigits() + " decimals");
            return null;
        }
        return new Money(value, currency);
    }

    static InvoiceParties parties(Tenant tenant, Client client) {
        return new InvoiceParties(tenant.displayName(), tenant.ownerEmail(), client.name(), client.company(),
                client.email(), PostalAddress.oneLine(client.billingAddress()), client.taxId());
    }


    LocalDate today(ZoneId zone) {
        return LocalDate.now(clock.withZone(zone));
    }

    LocalDate clientToday(Invoice invoice, TenantContext ctx) {
        try {
            return today(clients.get(invoice.clientId(), ctx).zone());
        } catch (ClientNotFound e) {
            return today(ctx.zone());
        }
    }

    static String freelancer(TenantContext ctx) {
        return "freelancer (user " + ctx.actor() + ")";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
