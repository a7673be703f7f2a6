package com.becflow.workspace.invoicing;

import com.becflow.invoicing.InvoiceId;
import com.becflow.invoicing.plans.Autopay;
import com.becflow.invoicing.plans.Installment;
import com.becflow.invoicing.plans.InstallmentStatus;
import com.becflow.invoicing.plans.PlanAcceptance;
import com.becflow.invoicing.plans.PlanStatement;
import com.becflow.invoicing.plans.PlanStatus;
import com.becflow.invoicing.plans.app.PlanDetails;
import com.becflow.invoicing.plans.app.PlanPortal;
import com.becflow.invoicing.plans.app.PlanProposals;
import com.becflow.shared.money.MoneyText;
import com.becflow.shared.tenant.TenantContext;
import com.becflow.workspace.Confirm;
import com.becflow.workspace.Notices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * An invoice's payment plan in the workspace: each installment with what the ledger has paid of it and where it stands,
 * and, once the client accepted it, the evidence of their acceptance with the agreement PDF. The freelancer withdraws a
 * proposal or cancels an accepted plan here; on an open invoice without a plan, they propose one.
 */
class InvoicePlanPanel extends Div {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss z", Locale.ENGLISH);

    private final PlanProposals proposals;
    private final Supplier<TenantContext> tenant;

    InvoicePlanPanel(PlanProposals proposals, Supplier<TenantContext> tenant) {
        this.proposals = proposals;
        this.tenant = tenant;
        setId("invoice-plan");
        setWidthFull();
        getStyle().set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("box-sizing", "border-box")
                .set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-m)");
    }

    /**
     * @param agreement the agreement PDF's download, read when the link is followed
     * @param changed   redraws the page once the plan is withdrawn or cancelled
     */
    void show(InvoiceId invoice, PlanDetails details, ZoneId zone, DownloadHandler agreement, boolean writable,
              Runnable changed) {
        removeAll();
        PlanStatement s = details.statement();
        H3 title = new H3("Payment plan: " + status(s.plan().status()));
        title.setId("invoice-plan-title");
        title.getStyle().set("margin", "0 0 var(--lumo-space-xs) 0");
        Paragraph summary = new Paragraph(s.installments().size() + " installments, "
                + MoneyText.of(s.settled().rounded()) + " paid, " + MoneyText.of(s.remaining().rounded()) + " left"
                + (s.plan().terms().autopay() ? "; charged automatically" : "") + ".");
        summary.setId("invoice-plan-summary");
        summary.getStyle().set("margin", "0").set("color", "var(--lumo-secondary-text-color)");
        add(title, summary, schedule(s));
        details.autopay().ifPresent(a -> {
            Paragraph autopay = new Paragraph(autopayText(a));
            autopay.setId("invoice-plan-autopay");
            autopay.getStyle().set("margin", "var(--lumo-space-xs) 0 0 0");
            add(autopay);
        });
        details.debitOnItsWay().ifPresent(d -> {
            Paragraph debit = new Paragraph("A bank debit of " + MoneyText.of(d.amount().rounded()) + " for installment "
                    + d.installment() + " is on its way since " + d.chargedOn() + "; it counts once the bank confirms"
                    + " it. No late fee or reminder meanwhile.");
            debit.setId("invoice-plan-debit");
            debit.getStyle().set("margin", "var(--lumo-space-xs) 0 0 0").set("font-weight", "500");
            add(debit);
        });
        details.acceptance().ifPresentOrElse(a -> add(evidence(a, zone, agreement)), () -> {
            Paragraph waiting = new Paragraph("Proposed " + WHEN.format(s.plan().proposedAt().atZone(zone))
                    + "; the client has not accepted it yet.");
            waiting.setId("invoice-plan-waiting");
            add(waiting);
        });
        if (writable && s.plan().status() != PlanStatus.CANCELLED) {
            add(cancelButton(invoice, s, changed));
        }
    }

    /** Whether the installments are charged, from which card, or why not: the freelancer need not ask the client. */
    static String autopayText(Autopay autopay) {
        String card = autopay.method() == null ? "" : autopay.method().label();
        String why = autopay.reason() == null ? "" : ": " + autopay.reason();
        return switch (autopay.status()) {
            case ON -> "Autopay is on: each installment is charged to the client's " + card + " on its due date.";
            case SETTING_UP -> "Autopay: the client opened the page to save a card and has not saved one yet; nothing "
                    + "is charged meanwhile.";
            case NEEDS_CLIENT -> "Autopay is waiting for the client" + why + ". Nothing is charged until they act; "
                    + "they were asked by mail and on the invoice's page.";
            case OFF -> "Autopay is off" + why + ".";
        };
    }

    /** An open invoice without a plan: "Propose a payment plan" opens the form, which previews as it is filled in. */
    void offerProposal(InvoiceId invoice, Runnable changed) {
        removeAll();
        H3 title = new H3("Payment plan");
        title.setId("invoice-plan-title");
        title.getStyle().set("margin", "0 0 var(--lumo-space-xs) 0");
        Paragraph none = new Paragraph("No plan: the invoice is due as issued. Propose one, and the client accepts it "
                + "behind the invoice's link.");
        none.getStyle().set("margin", "0").set("color", "var(--lumo-secondary-text-color)");
        Button open = new Button("Propose a payment plan");
        open.setId("propose-plan");
        open.addClickListener(e -> {
            try {
                PlanPortal.Offer offer = proposals.offer(invoice, tenant.get());
                remove(none, open);
                add(new PlanProposalForm(offer, command -> proposals.preview(invoice, command, tenant.get()), command -> {
                    proposals.propose(invoice, command, tenant.get());
                    Notices.success("Payment plan proposed; the client can accept it behind the invoice's link");
                    changed.run();
                }, () -> offerProposal(invoice, changed)));
            } catch (RuntimeException ex) {
                Notices.unexpected(ex);
            }
        });
        add(title, none, open);
    }

    /**
     * Withdraws a proposal, or cancels an accepted plan: what the client paid stays paid and the invoice's balance is
     * due as the invoice itself says; the acceptance stays on record as evidence.
     */
    private Button cancelButton(InvoiceId invoice, PlanStatement s, Runnable changed) {
        boolean proposed = s.plan().status() == PlanStatus.PROPOSED;
        Button cancel = new Button(proposed ? "Withdraw the proposal" : "Cancel the plan");
        cancel.setId(proposed ? "withdraw-plan" : "cancel-plan");
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        cancel.getStyle().set("margin-top", "var(--lumo-space-s)");
        String paid = s.settled().isPositive() ? MoneyText.of(s.settled().rounded()) + " paid under the plan stays paid. "
                : "Nothing has been paid under the plan yet. ";
        String text = proposed ? "The client can no longer accept it; you may propose another afterwards."
                : paid + "The open " + MoneyText.of(s.remaining().rounded()) + " is then due by the invoice's own due "
                + "date, not by the installments; the client's acceptance stays on record.";
        cancel.addClickListener(e -> Confirm.ask(proposed ? "Withdraw the proposed plan?" : "Cancel the payment plan?",
                text, proposed ? "Withdraw" : "Cancel the plan", proposed ? "Keep the proposal" : "Keep the plan",
                proposed ? "withdraw-plan-confirm" : "cancel-plan-confirm", true, () -> {
                    if (Notices.attempt(() -> proposals.cancel(invoice, tenant.get()))) {
                        Notices.success(proposed ? "Proposal withdrawn" : "Payment plan cancelled");
                        changed.run();
                    }
                }));
        return cancel;
    }

    private static String status(PlanStatus status) {
        return switch (status) {
            case PROPOSED -> "proposed";
            case ACCEPTED -> "accepted";
            case CANCELLED -> "cancelled";
        };
    }

    private static Grid<Installment> schedule(PlanStatement s) {
        Grid<Installment> grid = new Grid<>();
        grid.setId("invoice-plan-schedule");
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(Installment::number).setHeader("#").setWidth("4em").setFlexGrow(0);
        grid.addColumn(i -> DAY.format(i.dueDate())).setHeader("Due date");
        grid.addColumn(i -> MoneyText.of(i.amount().rounded())).setHeader("Amount").setTextAlign(ColumnTextAlign.END);
        grid.addColumn(i -> MoneyText.of(i.paid().rounded())).setHeader("Paid").setTextAlign(ColumnTextAlign.END);
        grid.addColumn(i -> MoneyText.of(i.remaining().rounded())).setHeader("Remaining").setTextAlign(ColumnTextAlign.END);
        grid.addComponentColumn(i -> badge(i.status())).setHeader("Status");
        grid.setItems(s.installments());
        return grid;
    }

    private static Span badge(InstallmentStatus status) {
        Span badge = new Span(switch (status) {
            case DUE -> "Due";
            case PARTIALLY_PAID -> "Partly paid";
            case OVERDUE -> "Overdue";
            case ON_ITS_WAY -> "Debit on its way";
            case PAID -> "Paid";
        });
        badge.getElement().getThemeList().add(switch (status) {
            case PAID -> "badge success";
            case OVERDUE -> "badge error";
            case PARTIALLY_PAID, ON_ITS_WAY -> "badge contrast";
            case DUE -> "badge";
        });
        return badge;
    }

    private static Div evidence(PlanAcceptance a, ZoneId zone, DownloadHandler agreement) {
        H3 heading = new H3("Accepted by the client");
        heading.getStyle().set("font-size", "var(--lumo-font-size-m)").set("margin", "var(--lumo-space-m) 0 0 0");
        Div facts = new Div();
        facts.setId("invoice-plan-evidence");
        facts.getStyle().set("display", "grid").set("grid-template-columns", "max-content 1fr")
                .set("gap", "var(--lumo-space-xs) var(--lumo-space-m)").set("font-size", "var(--lumo-font-size-s)")
                .set("overflow-wrap", "anywhere");
        fact(facts, "When", WHEN.format(a.acceptedAt().atZone(zone)));
        fact(facts, "Who", a.acceptedBy().who() + " (through the invoice's link)");
        fact(facts, "IP address", a.ipAddress());
        fact(facts, "Browser", a.userAgent());
        fact(facts, "Consent", a.consent());
        fact(facts, "Terms SHA-256", a.terms().sha256());
        fact(facts, "Agreement SHA-256", a.agreementSha256());
        a.contract().ifPresent(c -> fact(facts, "Contract", "Recorded as an addendum on the signed contract's evidence"));
        Anchor pdf = new Anchor(agreement, AttachmentType.DOWNLOAD, "Payment plan agreement (PDF)");
        pdf.setId("download-plan-agreement");
        return new Div(heading, facts, pdf);
    }

    private static void fact(Div facts, String label, String value) {
        Span caption = new Span(label);
        caption.getStyle().set("color", "var(--lumo-secondary-text-color)");
        facts.add(caption, new Span(value));
    }
}
