package com.becflow.workspace.invoicing;

import com.becflow.clients.ClientId;
import com.becflow.clients.app.ClientService;
import com.becflow.contracts.app.ContractService;
import com.becflow.invoicing.app.InvoiceQueries;
import com.becflow.invoicing.recurring.RecurringInvoice;
import com.becflow.invoicing.recurring.app.RecurringInvoicing;
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
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The freelancer's recurring invoices, active ones first by their next day: for whom, how much each invoice comes to,
 * the schedule, whether it still issues (and why the morning round paused it), the next days and how many were
 * issued; paused, resumed and ended from their row. A new recurring invoice starts here.
 */
@Route(value = "recurring-invoices", layout = WorkspaceLayout.class)
@PageTitle("Recurring invoices | Becflow")
public class RecurringInvoiceListView extends VerticalLayout {

    /** The next day and the ones after it that the list names; the series' page shows more. */
    static final int DAYS_SHOWN = 4;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private final RecurringInvoicing recurring;
    private final InvoiceQueries invoices;
    private final ClientChoices choices;
    private final WorkspaceTenant tenant;
    private final Clock clock;
    private final RecurringSeriesActions actions;
    private final Grid<RecurringInvoice> grid = new Grid<>(RecurringInvoice.class, false);
    private final Paragraph intro = new Paragraph();
    private final Dialog dialog = new Dialog();
    private final RecurringInvoiceForm form;
    private final Map<ClientId, String> clientNames = new HashMap<>();
    private boolean writable;

    @Inject
    public RecurringInvoiceListView(RecurringInvoicing recurring, InvoiceQueries invoices, ClientService clients,
                                    ContractService contracts, WorkspaceTenant tenant, Clock clock) {
        this.recurring = recurring;
        this.invoices = invoices;
        this.tenant = tenant;
        this.clock = clock;
        this.actions = new RecurringSeriesActions(recurring, tenant::get);
        this.choices = new ClientChoices(clients, contracts, tenant::get);
        this.form = new RecurringInvoiceForm(query -> choices.search(query.getFilter().orElse(""), false,
                query.getOffset(), query.getLimit()), choices::signedContracts);
        setSizeFull();
        TenantContext ctx = tenant.get();
        writable = ctx.access() == TenantAccess.FULL;
        Button add = new Button("New recurring invoice", e -> openForm());
        add.setId("new-recurring-invoice");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setEnabled(writable);
        intro.setId("recurring-intro");
        intro.setText("The same invoice, issued and emailed to the client on each day of its schedule at "
                + RecurringInvoice.ISSUE_TIME + ", " + ctx.zone().getId() + " time. A change applies to the invoices"
                + " still to come.");
        intro.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin", "0");
        configureGrid();
        configureDialog();
        add(new H2("Recurring invoices"), intro, new HorizontalLayout(add), grid);
        refresh();
    }

    private void configureGrid() {
        grid.setId("recurring-invoice-grid");
        // Long schedules and pause reasons wrap, so that the buttons at the end stay in sight.
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(r -> clientNames.getOrDefault(r.clientId(), "")).setHeader("Client").setFlexGrow(2);
        grid.addColumn(r -> MoneyText.of(r.content().totals().total())).setHeader("Per invoice").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> r.schedule().describe()).setHeader("Schedule").setFlexGrow(3);
        grid.addComponentColumn(RecurringInvoiceListView::status).setHeader("Status").setFlexGrow(2);
        grid.addComponentColumn(RecurringInvoiceListView::nextDays).setHeader("Next invoices").setFlexGrow(3);
        grid.addColumn(RecurringInvoice::issuedCount).setHeader("Issued").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(r -> {
            String suffix = "-" + r.id();
            Button open = new Button("Open", e -> open(r));
            open.setId("open-recurring" + suffix);
            open.addThemeVariants(ButtonVariant.LUMO_SMALL);
            HorizontalLayout buttons = actions.buttons(r, suffix, writable, this::refresh);
            buttons.addComponentAsFirst(open);
            return buttons;
        }).setHeader("").setAutoWidth(true).setFlexGrow(0).setFrozenToEnd(true);
        grid.setSizeFull();
    }

    private void configureDialog() {
        dialog.setId("new-recurring-invoice-dialog");
        dialog.setHeaderTitle("New recurring invoice");
        dialog.setWidth("min(1200px, 96vw)");
        dialog.add(form);
        form.addSaveListener(e -> start(e.draft()));
        form.addCancelListener(e -> dialog.close());
    }

    /** The status, and under a paused one the reason the morning round gave when it paused it. */
    static Div status(RecurringInvoice series) {
        Div cell = new Div(InvoiceStatusBadge.of(series.status()));
        series.problem().ifPresent(problem -> {
            Span reason = new Span(problem);
            reason.getStyle().set("display", "block").set("white-space", "normal")
                    .set("color", "var(--lumo-error-text-color)").set("font-size", "var(--lumo-font-size-s)");
            cell.add(reason);
        });
        return cell;
    }

    /** The next day, and under it the ones after it. */
    static Div nextDays(RecurringInvoice series) {
        Div cell = new Div(new Span(series.nextIssueDay().map(DAY::format).orElse("—")));
        String then = thenOn(series);
        if (!then.isEmpty()) {
            Span rest = new Span("then " + then);
            rest.getStyle().set("display", "block").set("color", "var(--lumo-secondary-text-color)")
                    .set("font-size", "var(--lumo-font-size-s)");
            cell.add(rest);
        }
        return cell;
    }

    /** The days after the next one, as far as the list names them. */
    static String thenOn(RecurringInvoice series) {
        List<LocalDate> days = series.upcoming(DAYS_SHOWN);
        return days.size() < 2 ? "" : days.stream().skip(1).map(DAY::format).collect(Collectors.joining(", "))
                + (days.size() == DAYS_SHOWN ? ", …" : "");
    }

    private void refresh() {
        try {
            TenantContext ctx = tenant.get();
            List<RecurringInvoice> all = recurring.list(ctx);
            all.forEach(r -> clientNames.computeIfAbsent(r.clientId(), id -> choices.name(id, ctx)));
            grid.setItems(all);
        } catch (RuntimeException e) {
            Notices.unexpected(e);
        }
    }

    private void openForm() {
        try {
            TenantContext ctx = tenant.get();
            form.start(ctx.today(clock), ctx.zone(), invoices.settings(ctx).defaultNetDays());
        } catch (RuntimeException e) {
            Notices.unexpected(e);
            return;
        }
        dialog.open();
    }

    private void start(RecurringInvoiceDraft draft) {
        RecurringInvoice[] started = new RecurringInvoice[1];
        if (Notices.attempt(() -> started[0] = recurring.start(draft.toCommand(), tenant.get()), form::showErrors)) {
            dialog.close();
            Notices.success("Recurring invoice started");
            open(started[0]);
        }
    }

    private void open(RecurringInvoice series) {
        UI.getCurrent().navigate(RecurringInvoiceView.class, new RouteParameters("id", series.id().toString()));
    }
}
