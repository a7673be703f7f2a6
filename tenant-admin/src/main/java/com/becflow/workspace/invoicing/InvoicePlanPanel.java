package com.becflow.workspace.invoicing;

import com.becflow.invoicing.plans.Installment;
import com.becflow.invoicing.plans.InstallmentStatus;
import com.becflow.invoicing.plans.PlanAcceptance;
import com.becflow.invoicing.plans.PlanStatement;
import com.becflow.invoicing.plans.PlanStatus;
import com.becflow.invoicing.plans.app.PlanDetails;
import com.becflow.shared.money.MoneyText;
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

/**
 * An invoice's payment plan in the workspace: each installment with what the ledger has paid of it and where it stands,
 * and, once the client accepted it, the evidence of their acceptance with the agreement PDF.
 */
class InvoicePlanPanel extends Div {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss z", Locale.ENGLISH);

    InvoicePlanPanel() {
        setId("invoice-plan");
        setWidthFull();
        getStyle().set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("box-sizing", "border-box")
                .set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-m)");
    }

    /** @param agreement the agreement PDF's download, read when the link is followed */
    void show(PlanDetails details, ZoneId zone, DownloadHandler agreement) {
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
        details.acceptance().ifPresentOrElse(a -> add(evidence(a, zone, agreement)), () -> {
            Paragraph waiting = new Paragraph("Proposed " + WHEN.format(s.plan().proposedAt().atZone(zone))
                    + "; the client has not accepted it yet.");
            waiting.setId("invoice-plan-waiting");
            add(waiting);
        });
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
            case PAID -> "Paid";
        });
        badge.getElement().getThemeList().add(switch (status) {
            case PAID -> "badge success";
            case OVERDUE -> "badge error";
            case PARTIALLY_PAID -> "badge contrast";
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
