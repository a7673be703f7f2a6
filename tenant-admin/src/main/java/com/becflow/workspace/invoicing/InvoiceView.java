package com.becflow.workspace.invoicing;

import com.becflow.clients.Client;
import com.becflow.clients.app.ClientService;
import com.becflow.contracts.Contract;
import com.becflow.contracts.ContractNotFound;
import com.becflow.contracts.app.ContractService;
import com.becflow.invoicing.Invoice;
import com.becflow.invoicing.InvoiceEvent;
import com.becflow.invoicing.InvoiceId;
import com.becflow.invoicing.InvoiceKind;
import com.becflow.invoicing.InvoiceNotFound;
import com.becflow.invoicing.InvoiceOrigin;
import com.becflow.invoicing.InvoiceRendering;
import com.becflow.invoicing.InvoiceStatus;
import com.becflow.invoicing.Payment;
import com.becflow.invoicing.app.InvoiceDrafts;
import com.becflow.invoicing.app.InvoiceMails;
import com.becflow.invoicing.app.InvoiceQueries;
import com.becflow.invoicing.disputes.app.DisputeAnswers;
import com.becflow.invoicing.plans.app.PlanAgreementFile;
import com.becflow.invoicing.plans.app.PlanDetails;
import com.becflow.invoicing.plans.app.PlanProposals;
import com.becflow.invoicing.plans.app.PlanStatements;
import com.becflow.invoicing.thanks.ThankYouDiscount;
import com.becflow.invoicing.thanks.app.ThankYouGrants;
import com.becflow.reminders.app.FormalLetters;
import com.becflow.reminders.app.ReminderControls;
import com.becflow.reminders.app.ReminderPolicies;
import com.becflow.reminders.app.ReminderSending;
import com.becflow.shared.mail.MailDelivery;
import com.becflow.shared.money.Money;
import com.becflow.shared.error.DomainException;
import com.becflow.shared.money.MoneyText;
import com.becflow.shared.tenant.TenantAccess;
import com.becflow.shared.tenant.TenantContext;
import com.becflow.workspace.MailsPanel;
import com.becflow.workspace.Notices;
import com.becflow.workspace.WorkspaceLayout;
import com.becflow.workspace.security.WorkspaceTenant;
import com.vaadin.flow.component.Html;
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

    private final InvoiceQueries invoices;
    private final ThankYouGrants thankYous;
    private final InvoiceDrafts drafts;
    private final InvoiceMails invoiceMails;
    private final ClientService clients;
    private final ContractService contracts;
    private final PlanStatements plans;
    private final WorkspaceTenant tenant;
    private final H2 title = new H2();
    private final Span status = new Span();
    private final Paragraph parties = new Paragraph();
    private final Paragraph statusDetail = new Paragraph();
    private final InvoiceActions actions;
    private final LedgerSummary ledger = new LedgerSummary();
    private final Div body = new Div();
    private final InvoicePlanPanel plan;
    private final InvoiceRemindersPanel reminders;
    private final InvoiceDisputesPanel disputes;
    private final InvoiceActivityPanel activity = new InvoiceActivityPanel();
    private final MailsPanel mails = new MailsPanel("invoice");
    private final InvoiceEditor editor;
    private InvoiceId id;
    private Invoice invoice;
    private Client client;
    private InvoiceStatus shown;
    private Invoice credited;
    private InvoiceOrigin origin;
    private Optional<ThankYouDiscount> awaitingThanks = Optional.empty();
    private boolean editing;
    private boolean writable;
    private ZoneId zone = ZoneOffset.UTC;

    @Inject
    public InvoiceView(InvoiceQueries invoices, InvoiceDrafts drafts, InvoiceMails invoiceMails, InvoiceActions actions,
                       ClientService clients, ContractService contracts, PlanStatements plans, PlanProposals proposals,
                       ReminderControls reminderControls, ReminderPolicies reminderPolicies,
                       ReminderSending reminderSending, FormalLetters formalLetters, DisputeAnswers disputeAnswers,
                       ThankYouGrants thankYous, WorkspaceTenant tenant) {
        this.invoices = invoices;
        this.thankYous = thankYous;
        this.drafts = drafts;
        this.invoiceMails = invoiceMails;
        this.actions = actions;
        this.clients = clients;
        this.contracts = contracts;
        this.plans = plans;
        this.tenant = tenant;
        this.plan = new InvoicePlanPanel(proposals, tenant::get);
        this.reminders = new InvoiceRemindersPanel(reminderControls, reminderPolicies, reminderSending, formalLetters,
                tenant::get);
        this.disputes = new InvoiceDisputesPanel(disputeAnswers, tenant::get);
        // A draft keeps its client, so the form never searches for another.
        this.editor = new InvoiceEditor(query -> Stream.empty(),
                new ClientChoices(clients, contracts, tenant::get)::signedContracts);
        setWidthFull();
        title.setId("invoice-title");
        title.getStyle().set("margin", "0");
        status.setId("invoice-status");
        parties.setId("invoice-parties");
        statusDetail.setId("invoice-status-detail");
        statusDetail.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin", "0");
        body.setWidthFull();
        activity.onWaive(actions::confirmWaive);
        editor.addSaveListener(e -> save(e.draft()));
        editor.addCancelListener(e -> {
            editing = false;
            showBody();
        });
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
        List<Payment> payments;
        List<InvoiceEvent> log;
        List<MailDelivery> sent;
        Optional<PlanDetails> planDetails;
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
            sent = invoiceMails.deliveries(id, ctx);
            credited = invoice.creditedInvoiceId().map(c -> invoices.get(c, ctx)).orElse(null);
            origin = invoices.origin(invoice.id(), ctx).orElse(null);
            awaitingThanks = invoice.status() == InvoiceStatus.DRAFT ? thankYous.awaiting(invoice, ctx) : Optional.empty();
            planDetails = invoice.status() == InvoiceStatus.DRAFT || !invoice.kind().owed() ? Optional.empty()
                    : plans.details(invoice, ctx);
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
        add(back, heading, parties, statusDetail, mails, actions, ledger, plan, disputes, reminders, body, activity);
        showHeader();
        ledger.setVisible(invoice.status() != InvoiceStatus.DRAFT && invoice.kind().owed());
        ledger.show(invoice.ledger());
        boolean proposable = writable && PlanProposals.canHavePlan(invoice);
        plan.setVisible(planDetails.isPresent() || proposable);
        planDetails.ifPresentOrElse(d -> plan.show(id, d, zone, agreement(), writable, this::reload), () -> {
            if (proposable) {
                plan.offerProposal(id, this::reload);
            }
        });
        reminders.setVisible(invoice.status() != InvoiceStatus.DRAFT && invoice.status().open() && invoice.kind().owed());
        if (reminders.isVisible()) {
            try {
                reminders.show(id, client.zone(), shown == InvoiceStatus.OVERDUE, writable, this::reload);
            } catch (DomainException e) {
                // The invoice closed or its client gets no reminders meanwhile: nothing to show.
                reminders.setVisible(false);
            }
        }
        disputes.setVisible(false);
        if (invoice.status() != InvoiceStatus.DRAFT && invoice.kind().owed()) {
            disputes.show(invoice, zone, writable, this::reload);
        }
        showBody();
        activity.setVisible(invoice.status() != InvoiceStatus.DRAFT);
        activity.show(payments, credits, log, zone, actions::receipt, actions::openRefund, writable);
        mails.show(sent, zone);
        if (invoice.status() != InvoiceStatus.DRAFT) {
            actions.showIssued(invoice, client, payments, writable, this::reload);
        }
    }

    /** The plan's agreement PDF; the bytes are read when the link is followed. */
    private DownloadHandler agreement() {
        InvoiceId invoiceId = id;
        return DownloadHandler.fromInputStream(event -> {
            try {
                PlanAgreementFile file = plans.agreement(invoiceId, tenant.get());
                return new DownloadResponse(new ByteArrayInputStream(file.pdf()), file.fileName(), "application/pdf",
                        file.pdf().length);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Download of the plan agreement of invoice " + invoiceId + " failed", e);
                return DownloadResponse.error(404);
            }
        });
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
        if (origin != null) {
            parties.add(new Span(" · "), originLink(origin));
        }
        statusDetail.setText(detail());
    }

    /** Where an invoice that issued itself came from, so the freelancer can go and change what comes next. */
    static RouterLink originLink(InvoiceOrigin origin) {
        RouteParameters id = new RouteParameters("id", origin.id().toString());
        RouterLink link = origin.source() == InvoiceOrigin.Source.RECURRING_INVOICE
                ? new RouterLink("issued by a recurring invoice", RecurringInvoiceView.class, id)
                : new RouterLink("part of a package", PackageView.class, id);
        link.setId("invoice-origin-link");
        return link;
    }

    private String detail() {
        if (invoice.kind() == InvoiceKind.CREDIT_NOTE) {
            return invoice.issueDate() == null ? "A draft credit note." : "Issued on " + day(invoice.issueDate())
                    + "; its total came off the credited invoice's balance.";
        }
        Money excess = invoice.excess().rounded();
        if (excess.isPositive()) {
            return (shown == InvoiceStatus.VOID ? "Voided on " + at(invoice.closedAt()) + ", yet " + MoneyText.of(excess)
                    + " arrived for it" : MoneyText.of(excess) + " more than it owes was paid")
                    + ": give it back, or keep it as " + client.name() + "'s credit for their next invoices.";
        }
        String due = invoice.followsPlan() ? "next installment due " + day(invoice.dueNow())
                : invoice.netDays() == 0 ? "due on receipt" : "due " + day(invoice.dueDate());
        Money balance = invoice.balance().rounded();
        return switch (shown) {
            case DRAFT -> "A draft: nothing has been sent. Issuing gives it the next number and emails " + client.name()
                    + " a link to see and pay it." + awaitingThanks.map(d -> " A thank-you discount of " + d.percentText()
                    + "% (for paying " + d.thankedNumber() + " on time) will apply when issued.").orElse("");
            case ISSUED -> "Issued on " + day(invoice.issueDate()) + ", " + due + "; sent to " + invoice.sentTo()
                    + ". Not opened yet.";
            case VIEWED -> "Issued on " + day(invoice.issueDate()) + ", " + due + "; sent to " + invoice.sentTo()
                    + " and opened on " + at(invoice.viewedAt()) + ".";
            case PARTIALLY_PAID -> "Partly paid: " + MoneyText.of(balance) + " still open, " + due + ".";
            case PAID -> "Paid in full" + (invoice.paidAt() == null ? "." : " on " + at(invoice.paidAt()) + ".");
            case OVERDUE -> "Overdue: " + (invoice.followsPlan() ? "the payment plan's installment" : "it") + " was due "
                    + day(invoice.dueNow()) + " and " + MoneyText.of(balance) + " is still open.";
            case VOID -> "Voided on " + at(invoice.closedAt()) + ". It keeps its number; nothing is owed.";
            case UNCOLLECTIBLE -> "Written off on " + at(invoice.closedAt()) + ". A payment that still comes in counts.";
        };
    }

    private void showBody() {
        body.removeAll();
        if (invoice.status() != InvoiceStatus.DRAFT) {
            showDocument();
            return;
        }
        actions.removeAll();
        if (editing) {
            showEditor();
        } else {
            actions.showDraft(invoice, client, writable, () -> {
                editing = true;
                showBody();
            }, this::reload);
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

    private void showDocument() {
        Div document = new Div();
        document.setId("invoice-document");
        document.getStyle().set("border", "1px solid var(--lumo-contrast-10pct)").set("padding", "var(--lumo-space-l)")
                .set("background", "white").set("max-width", "52em").set("margin-top", "var(--lumo-space-m)");
        try {
            document.add(new Html(InvoiceRendering.forWebPage(drafts.preview(id, tenant.get()))));
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
        if (Notices.attempt(() -> drafts.update(id, draft.toCommand(), tenant.get()), editor::showErrors)) {
            Notices.success("Draft saved");
            editing = false;
            reload();
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
}
