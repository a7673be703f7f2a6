package com.becflow.workspace.invoicing;

import com.becflow.clients.Client;
import com.becflow.clients.app.ClientService;
import com.becflow.invoicing.packages.Milestone;
import com.becflow.invoicing.packages.PackageBilling;
import com.becflow.invoicing.packages.PackageDeal;
import com.becflow.invoicing.packages.PackageDealId;
import com.becflow.invoicing.packages.PackageDealNotFound;
import com.becflow.invoicing.packages.app.PackageProgress;
import com.becflow.invoicing.packages.app.PackageProgress.Step;
import com.becflow.invoicing.packages.app.PackageSelling;
import com.becflow.shared.money.Money;
import com.becflow.shared.money.MoneyText;
import com.becflow.shared.tenant.TenantAccess;
import com.becflow.shared.tenant.TenantContext;
import com.becflow.workspace.Notices;
import com.becflow.workspace.WorkspaceLayout;
import com.becflow.workspace.security.WorkspaceTenant;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * One package: for whom, the price and how it is billed; each milestone with its share, when it was delivered and,
 * billed per milestone, the invoice its delivery issued and where that invoice stands; and what the package's invoices
 * add up to. Milestones are marked delivered, deliveries undone and the package cancelled here ({@link PackageDelivery}).
 * Billed by a plan, the page leads to the package's one invoice, where its payment plan is proposed or seen.
 */
@Route(value = "packages/:id", layout = WorkspaceLayout.class)
@PageTitle("Package | Becflow")
public class PackageView extends VerticalLayout implements BeforeEnterObserver {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private final PackageSelling packages;
    private final ClientService clients;
    private final WorkspaceTenant tenant;
    private final PackageDelivery delivery;
    private PackageDealId id;

    @Inject
    public PackageView(PackageSelling packages, ClientService clients, WorkspaceTenant tenant) {
        this.packages = packages;
        this.clients = clients;
        this.tenant = tenant;
        this.delivery = new PackageDelivery(packages, tenant::get);
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            id = PackageDealId.parse(event.getRouteParameters().get("id").orElse(""));
        } catch (IllegalArgumentException e) {
            notFound();
            return;
        }
        reload();
    }

    /** Reads the package again and redraws everything. */
    private void reload() {
        PackageProgress progress;
        Client client;
        boolean writable;
        TenantContext ctx;
        try {
            ctx = tenant.get();
            writable = ctx.access() == TenantAccess.FULL;
            progress = packages.progress(id, ctx);
            client = clients.get(progress.deal().clientId(), ctx);
        } catch (PackageDealNotFound e) {
            notFound();
            return;
        } catch (RuntimeException e) {
            Notices.unexpected(e);
            return;
        }
        PackageDeal deal = progress.deal();
        removeAll();
        RouterLink back = new RouterLink("← All packages", PackageListView.class);
        back.setId("back-to-packages");
        H2 title = new H2(deal.title());
        title.setId("package-heading");
        title.getStyle().set("margin", "0");
        Paragraph forWhom = new Paragraph("For " + client.name());
        forWhom.setId("package-client-name");
        forWhom.getStyle().set("margin", "0");
        Paragraph summary = new Paragraph(summaryText(deal));
        summary.setId("package-summary");
        Paragraph totals = new Paragraph(totalsText(progress));
        totals.setId("package-totals");
        totals.getStyle().set("font-weight", "500");
        add(back, title, forWhom, summary);
        deal.cancellation().ifPresentOrElse(c -> {
            Paragraph cancelled = new Paragraph(cancelledText(c, ctx.zone()));
            cancelled.setId("package-cancelled");
            cancelled.getStyle().set("color", "var(--lumo-error-text-color)");
            add(cancelled);
        }, () -> {
            if (writable && !deal.delivered()) {
                add(delivery.cancelButton(deal, this::reload));
            }
        });
        if (deal.billing() == PackageBilling.BY_PLAN) {
            add(planInvoice(progress));
        }
        add(new H3("Milestones"), milestones(progress, writable), totals);
    }

    /** "Price EUR 6,000.00 before tax, plus VAT 19% · Per milestone, on delivery · 2 of 4 delivered". */
    static String summaryText(PackageDeal deal) {
        String tax = deal.taxRate() == null || deal.taxRate().signum() == 0 ? ""
                : ", plus " + (deal.taxName() == null ? "tax" : deal.taxName()) + " "
                        + deal.taxRate().stripTrailingZeros().toPlainString() + "%";
        return "Price " + MoneyText.of(deal.price()) + " before tax" + tax + " · " + deal.billing().label() + " · "
                + PackageListView.deliveredText(deal);
    }

    /** "Cancelled on 3 Dec 2026: the launch moved. Milestones not delivered are never delivered or invoiced." */
    static String cancelledText(PackageDeal.Cancellation cancellation, ZoneId zone) {
        return "Cancelled on " + DAY.format(cancellation.at().atZone(zone))
                + (cancellation.reason() == null ? "" : ": " + cancellation.reason())
                + ". Milestones not delivered are never delivered or invoiced.";
    }

    /** "Invoiced EUR x · Paid EUR y · Open EUR z", tax included, as the client pays them. */
    static String totalsText(PackageProgress progress) {
        return "Invoiced " + MoneyText.of(progress.invoiced()) + " · Paid " + MoneyText.of(progress.paid()) + " · Open "
                + MoneyText.of(progress.open()) + (progress.paidInFull() ? " · Paid in full" : "");
    }

    private Grid<Step> milestones(PackageProgress progress, boolean writable) {
        PackageDeal deal = progress.deal();
        boolean perMilestone = deal.billing() == PackageBilling.PER_MILESTONE;
        Grid<Step> grid = new Grid<>();
        grid.setId("milestones-grid");
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(s -> s.milestone().position()).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(s -> s.milestone().title()).setHeader("Milestone").setFlexGrow(3);
        grid.addColumn(s -> s.milestone().share().map(a -> MoneyText.of(new Money(a, deal.currency()))).orElse(""))
                .setHeader("Share").setAutoWidth(true).setFlexGrow(0).setVisible(perMilestone);
        grid.addColumn(s -> s.milestone().delivered() ? DAY.format(s.milestone().deliveredOn())
                        : deal.cancellation().isPresent() ? "Never" : "Not yet")
                .setHeader("Delivered").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(s -> s.invoice().<Component>map(b -> {
            RouterLink link = RecurringInvoiceView.invoiceLink(b.invoice().id(), b.invoice());
            link.setId("milestone-invoice-" + s.milestone().position());
            return link;
        }).orElseGet(Span::new)).setHeader("Invoice").setAutoWidth(true).setVisible(perMilestone);
        grid.addComponentColumn(s -> s.invoice().<Component>map(b -> InvoiceStatusBadge.of(b.status()))
                .orElseGet(Span::new)).setHeader("Status").setAutoWidth(true).setVisible(perMilestone);
        grid.addColumn(s -> s.invoice().map(b -> MoneyText.of(b.paid()) + " paid · " + MoneyText.of(b.open()) + " open")
                .orElse("")).setHeader("Paid / open").setFlexGrow(2).setVisible(perMilestone);
        grid.addComponentColumn(s -> action(deal, s.milestone(), writable)).setHeader("").setAutoWidth(true)
                .setFlexGrow(0);
        grid.setItems(progress.steps());
        return grid;
    }

    private Component action(PackageDeal deal, Milestone milestone, boolean writable) {
        if (!writable || deal.cancellation().isPresent()) {
            return new Span();
        }
        return milestone.delivered() ? delivery.undoButton(deal, milestone, this::reload)
                : delivery.button(deal, milestone, this::reload);
    }

    /** The one invoice of a package billed by a plan, sent when it was offered. */
    private Paragraph planInvoice(PackageProgress progress) {
        Paragraph box = new Paragraph();
        box.setId("package-invoice");
        progress.invoices().stream().findFirst().ifPresentOrElse(billed -> {
            RouterLink link = RecurringInvoiceView.invoiceLink(billed.invoice().id(), billed.invoice());
            link.setId("package-invoice-link");
            Span status = InvoiceStatusBadge.of(billed.status());
            status.setId("package-invoice-status");
            box.add(new Span("The whole price is billed by invoice "), link, new Span(" "), status,
                    new Span(", sent when the package was offered. The client pays it at once or by a payment plan,"
                            + " which you propose or see on the invoice's page."));
        }, () -> box.setText("Its invoice is not there; the package was offered without one."));
        return box;
    }

    private void notFound() {
        removeAll();
        H2 missing = new H2("No such package");
        missing.setId("package-not-found");
        add(missing, new Paragraph("The address may be mistyped."),
                new RouterLink("← All packages", PackageListView.class));
    }
}
