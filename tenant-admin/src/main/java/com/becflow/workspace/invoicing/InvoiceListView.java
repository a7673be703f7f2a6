package com.becflow.workspace.invoicing;

import com.becflow.assistant.InvoiceProposal;
import com.becflow.assistant.app.DraftInvoiceWithAssistant;
import com.becflow.clients.Client;
import com.becflow.clients.ClientId;
import com.becflow.clients.app.ClientService;
import com.becflow.contracts.app.ContractService;
import com.becflow.invoicing.Invoice;
import com.becflow.invoicing.InvoiceId;
import com.becflow.invoicing.InvoiceKind;
import com.becflow.invoicing.InvoiceStatus;
import com.becflow.invoicing.app.InvoiceDrafts;
import com.becflow.invoicing.app.InvoiceQueries;
import com.becflow.shared.money.MoneyText;
import com.becflow.shared.tenant.TenantAccess;
import com.becflow.shared.tenant.TenantContext;
import com.becflow.cockpit.ExportTable;
import com.becflow.cockpit.app.AccountingExports;
import com.becflow.workspace.ExportDownload;
import com.becflow.workspace.ExportDownload.Format;
import com.becflow.workspace.Notices;
import com.becflow.workspace.WorkspaceLayout;
import com.becflow.workspace.security.WorkspaceTenant;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The freelancer's invoices and credit notes, most recently changed first, with where each one's money stands;
 * filtered by status (overdue included) and client. A new invoice starts here as a draft.
 */
@Route(value = "invoices", layout = WorkspaceLayout.class)
@PageTitle("Invoices | Becflow")
public class InvoiceListView extends VerticalLayout implements BeforeEnterObserver {

    /** The query parameter that opens the list filtered by a status as shown ({@code ?status=OVERDUE}). */
    public static final String STATUS_PARAMETER = "status";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private final InvoiceQueries invoices;
    private final InvoiceDrafts drafts;
    private final WorkspaceTenant tenant;
    private final AccountingExports exports;
    private final Clock clock;
    private final Grid<Invoice> grid = new Grid<>(Invoice.class, false);
    private final ComboBox<InvoiceStatus> statusFilter = new ComboBox<>("Status");
    private final ComboBox<Client> clientFilter = new ComboBox<>("Client");
    private final Button add = new Button("New invoice");
    private final Button assisted = new Button("Draft with assistant");
    private final InvoiceAssistantPanel assistantPanel = new InvoiceAssistantPanel();
    private final DraftInvoiceWithAssistant assistant;
    private final Dialog dialog = new Dialog();
    private final InvoiceEditor editor;
    private final ClientChoices choices;
    private final Map<ClientId, String> clientNames = new HashMap<>();
    /** The status each shown invoice has for its client today, read with the page it came in. */
    private final Map<InvoiceId, InvoiceStatus> statuses = new HashMap<>();

    @Inject
    public InvoiceListView(InvoiceQueries invoices, InvoiceDrafts drafts, ClientService clients, ContractService contracts,
                           WorkspaceTenant tenant, AccountingExports exports, Clock clock,
                           DraftInvoiceWithAssistant assistant) {
        this.assistant = assistant;
        this.invoices = invoices;
        this.exports = exports;
        this.clock = clock;
        this.drafts = drafts;
        this.tenant = tenant;
        this.choices = new ClientChoices(clients, contracts, tenant::get);
        this.editor = new InvoiceEditor(query -> choices.search(query.getFilter().orElse(""), false, query.getOffset(),
                query.getLimit()), choices::signedContracts);
        setSizeFull();
        configureFilters();
        configureGrid();
        configureDialog();
        add.setId("new-invoice");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setEnabled(tenant.get().access() == TenantAccess.FULL);
        add.addClickListener(e -> openEditor(false));
        assisted.setId("draft-invoice-with-assistant");
        assisted.setEnabled(add.isEnabled());
        assisted.addClickListener(e -> openEditor(true));
        HorizontalLayout toolbar = new HorizontalLayout(statusFilter, clientFilter, add, assisted,
                ExportDownload.link("export-invoices", "Export CSV", "invoices", Format.CSV, this::invoiceTable),
                ExportDownload.link("export-invoices-xlsx", "Export Excel", "invoices", Format.XLSX,
                        this::invoiceTable),
                ExportDownload.link("export-payments", "Payments this month (CSV)", "payments", Format.CSV,
                        this::paymentsThisMonth),
                ExportDownload.link("export-payments-xlsx", "Payments this month (Excel)", "payments", Format.XLSX,
                        this::paymentsThisMonth));
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H2("Invoices"), toolbar, grid);
    }

    private ExportTable invoiceTable() {
        return exports.invoices(clientId(), statusFilter.getValue(), tenant.get());
    }

    private ExportTable paymentsThisMonth() {
        LocalDate today = tenant.get().today(clock);
        return exports.ledgerLines(today.withDayOfMonth(1), today, tenant.get());
    }

    /** A status named in the address (from the dashboard's figures) filters the list; an unknown one is ignored. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter(STATUS_PARAMETER)
                .flatMap(name -> Arrays.stream(InvoiceStatus.values()).filter(s -> s.name().equals(name)).findFirst())
                .ifPresent(statusFilter::setValue);
    }

    private void configureFilters() {
        statusFilter.setId("invoice-status-filter");
        statusFilter.setItems(InvoiceStatus.values());
        statusFilter.setItemLabelGenerator(InvoiceStatus::label);
        statusFilter.setPlaceholder("All statuses");
        statusFilter.setClearButtonVisible(true);
        statusFilter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        clientFilter.setId("invoice-client-filter");
        clientFilter.setItems(query -> choices.search(query.getFilter().orElse(""), true, query.getOffset(),
                query.getLimit()));
        clientFilter.setItemLabelGenerator(InvoiceEditor::clientLabel);
        clientFilter.setPlaceholder("All clients");
        clientFilter.setClearButtonVisible(true);
        clientFilter.setWidth("20em");
        clientFilter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
    }

    private void configureGrid() {
        grid.setId("invoice-grid");
        grid.addColumn(i -> i.number().orElse("Draft")).setHeader("Number").setAutoWidth(true);
        grid.addColumn(i -> clientNames.getOrDefault(i.clientId(), "")).setHeader("Client").setAutoWidth(true).setFlexGrow(2);
        grid.addColumn(i -> i.kind().label()).setHeader("Kind").setAutoWidth(true);
        grid.addColumn(i -> day(i.issueDate())).setHeader("Issued").setAutoWidth(true);
        // Under a payment plan, the installment due now: the day the status is read from.
        grid.addColumn(i -> day(i.dueNow()) + (i.followsPlan() ? " (plan)" : "")).setHeader("Due").setAutoWidth(true);
        grid.addColumn(i -> MoneyText.of(i.total())).setHeader("Total").setAutoWidth(true);
        grid.addColumn(i -> i.kind() == InvoiceKind.CREDIT_NOTE ? "" : MoneyText.of(i.balance())).setHeader("Balance")
                .setAutoWidth(true);
        grid.addComponentColumn(i -> InvoiceStatusBadge.of(statuses.getOrDefault(i.id(), i.status()))).setHeader("Status")
                .setAutoWidth(true);
        grid.setItems(query -> {
            try {
                TenantContext ctx = tenant.get();
                List<Invoice> page = invoices.list(clientId(), statusFilter.getValue(), query.getOffset(),
                        query.getLimit(), ctx);
                page.forEach(i -> clientNames.computeIfAbsent(i.clientId(), id -> choices.name(id, ctx)));
                statuses.putAll(invoices.statuses(page, ctx));
                return page.stream();
            } catch (RuntimeException e) {
                Notices.unexpected(e);
                return Stream.empty();
            }
        }, query -> {
            try {
                return (int) Math.min(Integer.MAX_VALUE, invoices.count(clientId(), statusFilter.getValue(), tenant.get()));
            } catch (RuntimeException e) {
                Notices.unexpected(e);
                return 0;
            }
        });
        grid.addItemClickListener(e -> open(e.getItem().id()));
        grid.setSizeFull();
    }

    private void configureDialog() {
        dialog.setId("new-invoice-dialog");
        dialog.setHeaderTitle("New invoice");
        dialog.setWidth("min(1200px, 96vw)");
        dialog.add(assistantPanel, editor);
        assistantPanel.addDraftListener(e -> drafted(e.brief()));
        editor.addSaveListener(e -> create(e.draft()));
        editor.addCancelListener(e -> dialog.close());
    }

    private ClientId clientId() {
        return clientFilter.getValue() == null ? null : clientFilter.getValue().id();
    }

    private void openEditor(boolean withAssistant) {
        int defaultNetDays;
        try {
            defaultNetDays = invoices.settings(tenant.get()).defaultNetDays();
        } catch (RuntimeException e) {
            Notices.unexpected(e);
            return;
        }
        editor.edit(new InvoiceDraft(), true, true, defaultNetDays);
        assistantPanel.reset(withAssistant);
        dialog.open();
    }

    private void drafted(String brief) {
        Client client = editor.chosenClient().orElse(null);
        if (client == null) {
            editor.showErrors(Map.of("clientId", "Choose a client: the lines are in their currency unless you say otherwise"));
            return;
        }
        Notices.attempt(() -> {
            InvoiceProposal proposal = assistant.draft(client.id(), brief, tenant.get());
            assistantPanel.fill(editor, proposal);
        }, errors -> editor.showErrors(assistantPanel.showErrors(errors)));
    }

    private void create(InvoiceDraft draft) {
        Invoice[] made = new Invoice[1];
        if (Notices.attempt(() -> made[0] = drafts.create(draft.toCommand(), tenant.get()), editor::showErrors)) {
            dialog.close();
            Notices.success("Draft saved");
            open(made[0].id());
        }
    }

    private void open(InvoiceId id) {
        UI.getCurrent().navigate(InvoiceView.class, new RouteParameters("id", id.toString()));
    }

    private static String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }
}
