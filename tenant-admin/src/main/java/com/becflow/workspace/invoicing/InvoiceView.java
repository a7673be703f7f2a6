package com.becflow.workspace.invoicing;

import com.becflow.clients.Client;
import com.becflow.clients.app.ClientService;
import com.becflow.contracts.Contract;
import com.becflow.contracts.ContractNotFound;
import com.becflow.contracts.app.ContractService;
import com.becflow.invoicing.Invoice;
import com.becflow.invoicing.InvoiceEvent;
import com.becflow.invoicing.InvoiceFile;
import com.becflow.invoicing.InvoiceId;
import com.becflow.invoicing.InvoiceKind;
import com.becflow.invoicing.InvoiceNotFound;
import com.becflow.invoicing.InvoiceRendering;
import com.becflow.invoicing.InvoiceStatus;
import com.becflow.invoicing.Payment;
import com.becflow.invoicing.PaymentId;
import com.becflow.invoicing.PaymentKind;
import com.becflow.invoicing.app.InvoiceService;
import com.becflow.invoicing.app.OnlinePayments;
import com.becflow.invoicing.app.RefundPayment;
import com.becflow.shared.money.Money;
import com.becflow.shared.money.MoneyText;
import com.becflow.shared.tenant.TenantAccess;
import com.becflow.shared.tenant.TenantContext;
import com.becflow.workspace.Confirm;
import com.becflow.workspace.Notices;
import com.becflow.workspace.WorkspaceLayout;
import com.becflow.workspace.security.WorkspaceTenant;
import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * One invoice or credit note: a draft to edit, delete or issue; once issued, the document as the client got it,
 * where its money stands, and what can still be done (send again, record or refund a payment, credit, void,
 * write off); always its payments, credit notes and history.
 */
@Route(value = "invoices/:id", layout = WorkspaceLayout.class)
@PageTitle("Invoice | Becflow")
public class InvoiceView extends VerticalLayout implements BeforeEnterObserver {

    private static final Logger LOG = Logger.getLogger(InvoiceView.class.getName());
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

    private final InvoiceService invoices;
    private final OnlinePayments onlinePayments;
    private final ClientService clients;
    private final ContractService contracts;
    private final WorkspaceTenant tenant;
    private final Clock clock;
    private final H2 title = new H2();
    private final Span status = new Span();
    private final Paragraph parties = new Paragraph();
    private final Paragraph statusDetail = new Paragraph();
    private final HorizontalLayout actions = new HorizontalLayout();
    private final LedgerSummary ledger = new LedgerSummary();
    private final Div body = new Div();
    private final InvoiceActivityPanel activity = new InvoiceActivityPanel();
    private final InvoiceEditor editor;
    private final RecordPaymentDialog paymentDialog = new RecordPaymentDialog();
    private final RefundDialog refundDialog = new RefundDialog();
    private final CreditNoteDialog creditNoteDialog = new CreditNoteDialog();
    private InvoiceId id;
    private Invoice invoice;
    private Client client;
    private InvoiceStatus shown;
    private List<Payment> payments = List.of();
    private Invoice credited;
    private boolean editing;
    private boolean writable;
    private ZoneId zone = ZoneOffset.UTC;

    @Inject
    public InvoiceView(InvoiceService invoices, OnlinePayments onlinePayments, ClientService clients,
                       ContractService contracts, WorkspaceTenant tenant, Clock clock) {
        this.invoices = invoices;
        this.onlinePayments = onlinePayments;
        this.clients = clients;
        this.contracts = contracts;
        this.tenant = tenant;
        this.clock = clock;
        // A draft keeps its client, so the form never searches for another.
        this.editor = new InvoiceEditor(query -> Stream.empty(), this::signedContracts);
        setWidthFull();
        title.setId("invoice-title");
        title.getStyle().set("margin", "0");
        status.setId("invoice-status");
        parties.setId("invoice-parties");
        statusDetail.setId("invoice-status-detail");
        statusDetail.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin", "0");
        actions.setId("invoice-actions");
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        body.setWidthFull();
        editor.addSaveListener(e -> save(e.draft()));
        editor.addCancelListener(e -> {
            editing = false;
            showBody();
        });
        paymentDialog.addSaveListener(e -> recordPayment(e.draft()));
        refundDialog.addSaveListener(e -> refund(e.payment(), e.draft()));
        creditNoteDialog.addSaveListener(e -> issueCreditNote(e.draft()));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        editing = false;
        try {
            id = new InvoiceId(UUID.fromString(event.getRouteParameters().get("id").orElse("")));
        } catch (IllegalArgumentException e) {
            notFound();
            return;
        }
        reload();
    }

    /** Reads the invoice again and redraws everything. */
    private void reload() {
        List<Invoice> credits;
        List<InvoiceEvent> log;
        try {
            TenantContext ctx = tenant.get();
            writable = ctx.access() == TenantAccess.FULL;
            zone = ctx.zone();
            invoice = invoices.get(id, ctx);
            client = clients.get(invoice.clientId(), ctx);
            shown = invoices.status(invoice, ctx);
            payments = invoices.payments(id, ctx);
            credits = invoices.creditNotes(id, ctx);
            log = invoices.events(id, ctx);
            credited = invoice.creditedInvoiceId().map(c -> invoices.get(c, ctx)).orElse(null);
        } catch (InvoiceNotFound e) {
            notFound();
            return;
        } catch (RuntimeException e) {
            Notices.unexpected(e);
            return;
        }
        removeAll();
        RouterLink back = new RouterLink("← All invoices", InvoiceListView.class);
        back.setId("back-to-invoices");
        HorizontalLayout heading = new HorizontalLayout(title, status);
        heading.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(back, heading, parties, statusDetail, actions, ledger, body, activity);
        showHeader();
        ledger.setVisible(invoice.status() != InvoiceStatus.DRAFT && invoice.kind().owed());
        ledger.show(invoice.ledger());
        showBody();
        activity.setVisible(invoice.status() != InvoiceStatus.DRAFT);
        activity.show(payments, credits, log, zone, this::receipt, this::openRefund, writable);
    }

    private void notFound() {
        removeAll();
        H2 missing = new H2("No such invoice");
        missing.setId("invoice-not-found");
        add(missing, new Paragraph("It may have been deleted as a draft, or the address is mistyped."),
                new RouterLink("← All invoices", InvoiceListView.class));
    }

    private void showHeader() {
        title.setText(invoice.number().map(n -> invoice.kind().label() + " " + n)
                .orElse("Draft " + invoice.kind().label().toLowerCase(Locale.ROOT)));
        InvoiceStatusBadge.apply(status, shown);
        parties.removeAll();
        parties.add(new Span("For " + client.name() + " <" + client.email() + "> · " + MoneyText.of(invoice.total())));
        if (credited != null) {
            RouterLink link = new RouterLink(credited.kind().label().toLowerCase(Locale.ROOT) + " "
                    + credited.number().orElse(""), InvoiceView.class, new RouteParameters("id", credited.id().toString()));
            link.setId("credited-invoice-link");
            parties.add(new Span(" · credits "), link);
        }
        statusDetail.setText(detail());
    }

    private String detail() {
        if (invoice.kind() == InvoiceKind.CREDIT_NOTE) {
            return invoice.issueDate() == null ? "A draft credit note." : "Issued on " + day(invoice.issueDate())
                    + "; its total came off the credited invoice's balance.";
        }
        String due = invoice.netDays() == 0 ? "due on receipt" : "due " + day(invoice.dueDate());
        Money balance = invoice.balance().rounded();
        return switch (shown) {
            case DRAFT -> "A draft: nothing has been sent. Issuing gives it the next number and emails " + client.name()
                    + " a link to see and pay it.";
            case ISSUED -> "Issued on " + day(invoice.issueDate()) + ", " + due + "; sent to " + invoice.sentTo()
                    + ". Not opened yet.";
            case VIEWED -> "Issued on " + day(invoice.issueDate()) + ", " + due + "; sent to " + invoice.sentTo()
                    + " and opened on " + at(invoice.viewedAt()) + ".";
            case PARTIALLY_PAID -> "Partly paid: " + MoneyText.of(balance) + " still open, " + due + ".";
            case PAID -> "Paid in full" + (invoice.paidAt() == null ? "." : " on " + at(invoice.paidAt()) + ".");
            case OVERDUE -> "Overdue: it was due " + day(invoice.dueDate()) + " and " + MoneyText.of(balance)
                    + " is still open.";
            case VOID -> "Voided on " + at(invoice.closedAt()) + ". It keeps its number; nothing is owed.";
            case UNCOLLECTIBLE -> "Written off on " + at(invoice.closedAt()) + ". A payment that still comes in counts.";
        };
    }

    private void showBody() {
        actions.removeAll();
        body.removeAll();
        if (invoice.status() == InvoiceStatus.DRAFT) {
            if (editing) {
                showEditor();
            } else {
                showDraftActions();
                showDocument();
            }
        } else {
            showIssuedActions();
            showDocument();
        }
    }

    private void showEditor() {
        Contract contract = invoice.contractId().flatMap(c -> {
            try {
                return Optional.of(contracts.get(c, tenant.get()));
            } catch (ContractNotFound e) {
                return Optional.<Contract>empty();
            }
        }).orElse(null);
        editor.edit(InvoiceDraft.of(invoice, client, contract), false, writable, defaultNetDays());
        body.add(editor);
    }

    private void showDraftActions() {
        Button edit = button("Edit", "edit-invoice", e -> {
            editing = true;
            showBody();
        });
        Button issue = button("Issue and send", "issue-invoice", e -> confirmIssue());
        issue.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        Button delete = button("Delete draft", "delete-invoice", e -> confirmDelete());
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        actions.add(edit, issue, delete);
    }

    private void showIssuedActions() {
        Anchor pdf = new Anchor(pdf(), AttachmentType.DOWNLOAD, "Download PDF");
        pdf.setId("download-invoice-pdf");
        actions.add(pdf);
        if (!invoice.kind().owed()) {
            return;
        }
        InvoiceStatus stored = invoice.status();
        if (stored.open() || stored == InvoiceStatus.UNCOLLECTIBLE) {
            Button record = button("Record payment", "record-payment",
                    e -> paymentDialog.open(invoice.balance().rounded(), LocalDate.now(clock.withZone(zone))));
            record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(record);
        }
        if (stored != InvoiceStatus.VOID) {
            actions.add(button("Send again", "resend-invoice", e -> resend()));
        }
        if (stored != InvoiceStatus.VOID && stored != InvoiceStatus.UNCOLLECTIBLE && invoice.balance().isPositive()) {
            actions.add(button("Issue credit note", "issue-credit-note", e -> creditNoteDialog.open(
                    invoice.number().orElse(""), invoice.balance().rounded())));
        }
        if (stored.open()) {
            Button writeOff = button("Mark uncollectible", "mark-uncollectible", e -> confirmWriteOff());
            writeOff.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            actions.add(writeOff);
        }
        if (stored.open() && !invoice.ledger().paid().isPositive() && !invoice.ledger().credited().isPositive()) {
            Button voidIt = button("Void", "void-invoice", e -> confirmVoid());
            voidIt.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            actions.add(voidIt);
        }
    }

    private void showDocument() {
        Div document = new Div();
        document.setId("invoice-document");
        document.getStyle().set("border", "1px solid var(--lumo-contrast-10pct)").set("padding", "var(--lumo-space-l)")
                .set("background", "white").set("max-width", "52em").set("margin-top", "var(--lumo-space-m)");
        try {
            document.add(new Html(InvoiceRendering.forWebPage(invoices.preview(id, tenant.get()))));
        } catch (InvoiceNotFound e) {
            document.add(new Paragraph("No document was kept for this invoice."));
        } catch (RuntimeException e) {
            Notices.unexpected(e);
        }
        if (invoice.status() == InvoiceStatus.DRAFT) {
            H3 preview = new H3("Preview: the invoice as it would be issued today");
            preview.setId("invoice-preview-heading");
            body.add(preview);
        }
        body.add(document);
    }

    private void save(InvoiceDraft draft) {
        if (Notices.attempt(() -> invoices.updateDraft(id, draft.toCommand(), tenant.get()), editor::showErrors)) {
            Notices.success("Draft saved");
            editing = false;
            reload();
        }
    }

    private void confirmIssue() {
        Confirm.ask("Issue and send to " + client.email() + "?", "Becflow gives it the next number, fixes it as in the "
                + "preview and emails " + client.name() + " a link to see and pay it. An issued invoice cannot be "
                + "changed; corrections go through a credit note.", "Issue and send", "issue-invoice-confirm", false, () -> {
                    if (Notices.attempt(() -> invoices.issue(id, tenant.get()))) {
                        Notices.success("Issued and sent to " + client.email());
                        reload();
                    }
                });
    }

    private void confirmDelete() {
        Confirm.ask("Delete this draft?", "The draft is removed for good. It has no number yet, so no number is lost.",
                "Delete", "delete-invoice-confirm", true, () -> {
                    if (Notices.attempt(() -> invoices.deleteDraft(id, tenant.get()))) {
                        Notices.success("Draft deleted");
                        UI.getCurrent().navigate(InvoiceListView.class);
                    }
                });
    }

    private void resend() {
        if (Notices.attempt(() -> invoices.resend(id, tenant.get()))) {
            Notices.success("A fresh link was sent to " + client.email() + "; earlier links no longer work");
            reload();
        }
    }

    private void confirmVoid() {
        Confirm.ask("Void " + invoice.describe() + "?", "A voided invoice keeps its number but is owed no more, and "
                + "the client's link stops working. This cannot be undone.", "Void", "void-invoice-confirm", true, () -> {
                    if (Notices.attempt(() -> invoices.voidInvoice(id, tenant.get()))) {
                        Notices.success("Invoice voided");
                        reload();
                    }
                });
    }

    private void confirmWriteOff() {
        Confirm.ask("Write off " + MoneyText.of(invoice.balance().rounded()) + "?", "The open balance of "
                + invoice.describe() + " is given up as uncollectible. A payment that still comes in counts and "
                + "reopens it.", "Mark uncollectible", "mark-uncollectible-confirm", true, () -> {
                    if (Notices.attempt(() -> invoices.markUncollectible(id, tenant.get()))) {
                        Notices.success("Marked uncollectible");
                        reload();
                    }
                });
    }

    private void recordPayment(PaymentDraft draft) {
        Payment[] recorded = new Payment[1];
        if (Notices.attempt(() -> recorded[0] = invoices.recordPayment(id, draft.toCommand(), tenant.get()),
                paymentDialog::showErrors)) {
            paymentDialog.close();
            Notices.success("Payment of " + MoneyText.of(recorded[0].amount()) + " recorded; the receipt goes to "
                    + client.email());
            reload();
        }
    }

    private void openRefund(Payment payment) {
        refundDialog.open(payment, InvoiceActivityPanel.leftToRefund(payment, payments));
    }

    /** Online payments go back through Stripe, which may confirm later; ones received by hand are recorded as returned. */
    private void refund(Payment payment, RefundDraft draft) {
        RefundPayment command = draft.toCommand(payment.id());
        TenantContext ctx = tenant.get();
        if (!payment.method().online()) {
            if (Notices.attempt(() -> invoices.refundManualPayment(id, command, ctx), refundDialog::showErrors)) {
                refundDialog.close();
                Notices.success("Refund recorded; a credit note was issued");
                reload();
            }
            return;
        }
        long before = refundsOf(payment.id(), ctx);
        if (Notices.attempt(() -> onlinePayments.refund(id, command, ctx), refundDialog::showErrors)) {
            refundDialog.close();
            Notices.success(refundsOf(payment.id(), ctx) > before ? "Refunded through Stripe; a credit note was issued"
                    : "Stripe is processing the refund; it shows here once Stripe confirms it");
            reload();
        }
    }

    private long refundsOf(PaymentId payment, TenantContext ctx) {
        return invoices.payments(id, ctx).stream().filter(p -> p.kind() == PaymentKind.REFUND
                && p.refundedPaymentId().filter(payment::equals).isPresent()).count();
    }

    private void issueCreditNote(CreditNoteDraft draft) {
        Invoice[] issued = new Invoice[1];
        if (Notices.attempt(() -> issued[0] = invoices.issueCreditNote(id, draft.toCommand(), tenant.get()),
                creditNoteDialog::showErrors)) {
            creditNoteDialog.close();
            Notices.success("Credit note " + issued[0].number().orElse("") + " issued for "
                    + MoneyText.of(issued[0].total()));
            reload();
        }
    }

    /** The issued document; the bytes are read when the link is followed. */
    private DownloadHandler pdf() {
        InvoiceId invoiceId = id;
        String fileName = fileName(invoice.kind(), invoice.number().orElse(invoiceId.toString())) + ".pdf";
        return DownloadHandler.fromInputStream(event -> {
            try {
                return response(invoices.pdf(invoiceId, tenant.get()), fileName);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Download of the PDF of invoice " + invoiceId + " failed", e);
                return DownloadResponse.error(404);
            }
        });
    }

    private DownloadHandler receipt(Payment payment) {
        InvoiceId invoiceId = id;
        PaymentId paymentId = payment.id();
        String fileName = "receipt-" + invoice.number().orElse(invoiceId.toString()) + "-"
                + paymentId.value().toString().substring(0, 8) + ".pdf";
        return DownloadHandler.fromInputStream(event -> {
            try {
                return response(invoices.receipt(invoiceId, paymentId, tenant.get()), fileName);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Download of receipt " + paymentId + " of invoice " + invoiceId + " failed", e);
                return DownloadResponse.error(404);
            }
        });
    }

    private static DownloadResponse response(InvoiceFile file, String fileName) {
        byte[] pdf = file.pdf();
        return new DownloadResponse(new ByteArrayInputStream(pdf), fileName, "application/pdf", pdf.length);
    }

    /** "invoice-INV-2026-0001", "credit-note-CN-2026-0001": safe in a file name whatever the prefix holds. */
    static String fileName(InvoiceKind kind, String number) {
        String stem = kind == InvoiceKind.CREDIT_NOTE ? "credit-note" : kind == InvoiceKind.DEPOSIT ? "deposit-invoice" : "invoice";
        return stem + "-" + number.replaceAll("[^A-Za-z0-9._-]+", "-");
    }

    private List<Contract> signedContracts(Client owner) {
        try {
            return contracts.list(owner.id(), 0, 200, tenant.get()).stream().filter(c -> c.status().signed()).toList();
        } catch (RuntimeException e) {
            Notices.unexpected(e);
            return List.of();
        }
    }

    private int defaultNetDays() {
        try {
            return invoices.settings(tenant.get()).defaultNetDays();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Reading the invoice settings failed", e);
            return 0;
        }
    }

    private String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    private String at(Instant instant) {
        return instant == null ? "" : WHEN.format(instant.atZone(zone));
    }

    private Button button(String text, String id, ComponentEventListener<ClickEvent<Button>> listener) {
        Button button = new Button(text, listener);
        button.setId(id);
        button.setEnabled(writable);
        return button;
    }
}
