package com.becflow.workspace.invoicing;

import com.becflow.clients.ClientId;
import com.becflow.clients.app.ClientService;
import com.becflow.contracts.app.ContractService;
import com.becflow.invoicing.app.InvoiceQueries;
import com.becflow.invoicing.packages.PackageBilling;
import com.becflow.invoicing.packages.PackageDeal;
import com.becflow.invoicing.packages.app.PackageProgress;
import com.becflow.invoicing.packages.app.PackageSelling;
import com.becflow.shared.money.MoneyText;
import com.becflow.shared.tenant.TenantAccess;
import com.becflow.shared.tenant.TenantContext;
import com.becflow.workspace.Notices;
import com.becflow.workspace.WorkspaceLayout;
import com.becflow.workspace.security.WorkspaceTenant;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The freelancer's package deals, newest first: for whom, the one price and how it is billed, how many milestones are
 * delivered and how much of what was invoiced is paid. A new package is offered here; each opens on its own page.
 */
@Route(value = "packages", layout = WorkspaceLayout.class)
@PageTitle("Packages | Becflow")
public class PackageListView extends VerticalLayout {

    private final PackageSelling packages;
    private final InvoiceQueries invoices;
    private final ClientChoices choices;
    private final WorkspaceTenant tenant;
    private final Grid<PackageProgress> grid = new Grid<>();
    private final Dialog dialog = new Dialog();
    private final PackageForm form;
    private final Map<ClientId, String> clientNames = new HashMap<>();

    @Inject
    public PackageListView(PackageSelling packages, InvoiceQueries invoices, ClientService clients,
                           ContractService contracts, WorkspaceTenant tenant) {
        this.packages = packages;
        this.invoices = invoices;
        this.tenant = tenant;
        this.choices = new ClientChoices(clients, contracts, tenant::get);
        this.form = new PackageForm(query -> choices.search(query.getFilter().orElse(""), false, query.getOffset(),
                query.getLimit()), choices::signedContracts);
        setSizeFull();
        Button add = new Button("New package", e -> openForm());
        add.setId("new-package");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setEnabled(tenant.get().access() == TenantAccess.FULL);
        Paragraph intro = new Paragraph("A bundle of work sold for one price: invoiced milestone by milestone as you"
                + " deliver, or as one invoice the client pays at once or by a payment plan.");
        intro.setId("packages-intro");
        intro.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin", "0");
        configureGrid();
        configureDialog();
        add(new H2("Packages"), intro, new HorizontalLayout(add), grid);
        refresh();
    }

    private void configureGrid() {
        grid.setId("packages-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(p -> {
            RouterLink link = new RouterLink(p.deal().title(), PackageView.class,
                    new RouteParameters("id", p.deal().id().toString()));
            link.setId("open-package-" + p.deal().id());
            return link;
        }).setHeader("Package").setFlexGrow(3);
        grid.addColumn(p -> clientNames.getOrDefault(p.deal().clientId(), "")).setHeader("Client").setFlexGrow(2);
        grid.addColumn(p -> MoneyText.of(p.deal().price())).setHeader("Price").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> p.deal().billing().label()).setHeader("Billing").setFlexGrow(2);
        grid.addColumn(p -> deliveredText(p.deal())).setHeader("Delivered").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(PackageListView::paidText).setHeader("Paid").setFlexGrow(2);
        grid.setSizeFull();
    }

    private void configureDialog() {
        dialog.setId("new-package-dialog");
        dialog.setHeaderTitle("New package");
        dialog.setWidth("min(1000px, 96vw)");
        dialog.add(form);
        form.addSaveListener(e -> offer(e.draft()));
        form.addCancelListener(e -> dialog.close());
    }

    /** "2 of 4 delivered". */
    static String deliveredText(PackageDeal deal) {
        return deal.deliveredCount() + " of " + deal.milestones().size() + " delivered"
                + (deal.cancellation().isPresent() ? " · cancelled" : "");
    }

    /** What is paid of what was invoiced so far, tax included; nothing invoiced before the first delivery. */
    static String paidText(PackageProgress progress) {
        if (!progress.invoiced().isPositive()) {
            return "Nothing invoiced yet";
        }
        return MoneyText.of(progress.paid()) + " of " + MoneyText.of(progress.invoiced())
                + (progress.paidInFull() ? " · paid in full" : "");
    }

    /** Billed by a plan, the invoice went out with the offer, which the freelancer should know before leaving. */
    static String offeredText(PackageDeal deal) {
        return deal.billing() == PackageBilling.BY_PLAN
                ? "Package offered: its invoice for the whole price was issued and sent to the client"
                : "Package offered: each milestone is invoiced when you mark it delivered";
    }

    private void refresh() {
        try {
            TenantContext ctx = tenant.get();
            List<PackageProgress> all = packages.overview(null, ctx);
            all.forEach(p -> clientNames.computeIfAbsent(p.deal().clientId(), id -> choices.name(id, ctx)));
            grid.setItems(all);
        } catch (RuntimeException e) {
            Notices.unexpected(e);
        }
    }

    private void openForm() {
        try {
            form.start(invoices.settings(tenant.get()).defaultNetDays());
        } catch (RuntimeException e) {
            Notices.unexpected(e);
            return;
        }
        dialog.open();
    }

    private void offer(PackageDraft draft) {
        PackageDeal[] offered = new PackageDeal[1];
        if (Notices.attempt(() -> offered[0] = packages.offer(draft.toCommand(), tenant.get()), form::showErrors)) {
            dialog.close();
            Notices.success(offeredText(offered[0]));
            UI.getCurrent().navigate(PackageView.class, new RouteParameters("id", offered[0].id().toString()));
        }
    }
}
