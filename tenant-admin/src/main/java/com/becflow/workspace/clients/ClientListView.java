package com.becflow.workspace.clients;

import com.becflow.clients.Client;
import com.becflow.clients.ClientId;
import com.becflow.clients.ClientSearch;
import com.becflow.clients.ClientSort;
import com.becflow.clients.app.ClientService;
import com.becflow.clients.app.SaveClient;
import com.becflow.cockpit.ExportTable;
import com.becflow.cockpit.app.AccountingExports;
import com.becflow.shared.error.DomainException;
import com.becflow.shared.tenant.TenantAccess;
import com.becflow.shared.tenant.TenantContext;
import com.becflow.workspace.ExportDownload;
import com.becflow.workspace.ExportDownload.Format;
import com.becflow.workspace.WorkspaceLayout;
import com.becflow.workspace.security.WorkspaceTenant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The freelancer's clients: search, sort, add, edit, archive. */
@Route(value = "clients", layout = WorkspaceLayout.class)
@PageTitle("Clients | Becflow")
public class ClientListView extends VerticalLayout {

    private final ClientService clients;
    private final WorkspaceTenant tenant;
    private final Validator validator;
    private final AccountingExports exports;
    private final Grid<Client> grid = new Grid<>(Client.class, false);
    private final TextField search = new TextField();
    private final Checkbox showArchived = new Checkbox("Show archived");
    private final ClientEditor editor = new ClientEditor();
    private final Button add = new Button("Add client");
    private ClientId editing;

    @Inject
    public ClientListView(ClientService clients, WorkspaceTenant tenant, Validator validator, AccountingExports exports) {
        this.exports = exports;
        this.clients = clients;
        this.tenant = tenant;
        this.validator = validator;
        setSizeFull();
        configureGrid();
        configureEditor();
        search.setId("client-search");
        search.setPlaceholder("Search name, email or company");
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        search.setWidth("320px");
        showArchived.addValueChangeListener(e -> refresh());
        add.setId("add-client");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> openEditor(null));
        boolean writable = tenant.get().access() == TenantAccess.FULL;
        add.setEnabled(writable);
        HorizontalLayout toolbar = new HorizontalLayout(search, showArchived, add,
                ExportDownload.link("export-clients", "Export CSV", "clients", Format.CSV, this::clientTable),
                ExportDownload.link("export-clients-xlsx", "Export Excel", "clients", Format.XLSX, this::clientTable));
        toolbar.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        HorizontalLayout content = new HorizontalLayout(grid, editor);
        content.setFlexGrow(2, grid);
        content.setFlexGrow(1, editor);
        content.setSizeFull();
        add(new H2("Clients"), toolbar);
        if (!writable) {
            Span readOnly = new Span("Your free trial has ended. Everything stays readable; changes resume once your "
                    + "account is activated.");
            readOnly.setId("read-only-notice");
            readOnly.getElement().getThemeList().add("badge error");
            add(readOnly);
        }
        add(content);
        editor.setVisible(false);
    }

    private ExportTable clientTable() {
        return exports.clients(showArchived.getValue(), tenant.get());
    }

    private void configureGrid() {
        grid.setId("client-grid");
        grid.addColumn(Client::name).setHeader("Name").setKey("name").setSortable(true).setAutoWidth(true);
        grid.addColumn(Client::email).setHeader("Email").setKey("email").setSortable(true).setAutoWidth(true);
        grid.addColumn(c -> c.company() == null ? "" : c.company()).setHeader("Company").setKey("company")
                .setSortable(true).setAutoWidth(true);
        grid.addColumn(c -> c.currency().getCurrencyCode()).setHeader("Currency").setAutoWidth(true);
        grid.addColumn(c -> c.archived() ? "Archived" : "").setHeader("").setAutoWidth(true);
        grid.addComponentColumn(ClientListView::pageLink).setHeader("").setAutoWidth(true).setFlexGrow(0);
        grid.setItems(query -> {
            ClientSearch s = searchFor(query.getSortOrders(), query.getPage(), query.getPageSize());
            return clients.search(s, tenant.get()).items().stream();
        }, query -> (int) Math.min(Integer.MAX_VALUE,
                clients.count(searchFor(query.getSortOrders(), 0, 1), tenant.get())));
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                openEditor(e.getValue());
            }
        });
        grid.setSizeFull();
    }

    private ClientSearch searchFor(java.util.List<QuerySortOrder> orders, int page, int size) {
        ClientSort sort = ClientSort.NAME;
        boolean ascending = true;
        if (!orders.isEmpty()) {
            sort = ClientSort.valueOf(orders.get(0).getSorted().toUpperCase(Locale.ROOT));
            ascending = orders.get(0).getDirection() == SortDirection.ASCENDING;
        }
        return new ClientSearch(search.getValue(), showArchived.getValue(), sort, ascending, page,
                Math.min(Math.max(size, 1), ClientSearch.MAX_PAGE_SIZE));
    }

    private void configureEditor() {
        editor.setWidth("28em");
        editor.addSaveListener(e -> save(e.draft()));
        editor.addArchiveListener(e -> archive());
        editor.addCloseListener(e -> closeEditor());
    }

    private void openEditor(Client client) {
        TenantContext ctx = tenant.get();
        editing = client == null ? null : client.id();
        editor.edit(client == null ? new ClientDraft() : ClientDraft.of(client), client != null,
                ctx.access() == TenantAccess.FULL);
        editor.setVisible(true);
    }

    private void closeEditor() {
        editing = null;
        editor.setVisible(false);
        grid.asSingleSelect().clear();
    }

    private void save(ClientDraft draft) {
        SaveClient command = draft.toCommand();
        Map<String, String> errors = new LinkedHashMap<>();
        validator.validate(command).forEach(v -> errors.putIfAbsent(v.getPropertyPath().toString(), v.getMessage()));
        if (!errors.isEmpty()) {
            editor.showErrors(errors);
            return;
        }
        try {
            if (editing == null) {
                clients.add(command, tenant.get());
            } else {
                clients.update(editing, command, tenant.get());
            }
            Notification.show("Client saved", 2500, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            closeEditor();
            refresh();
        } catch (DomainException e) {
            if (e.fieldErrors().isEmpty()) {
                Notification.show(e.getMessage(), 5000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
            editor.showErrors(e.fieldErrors());
        }
    }

    private void archive() {
        if (editing == null) {
            return;
        }
        try {
            clients.archive(editing, tenant.get());
            Notification.show("Client archived", 2500, Notification.Position.BOTTOM_START);
            closeEditor();
            refresh();
        } catch (DomainException e) {
            Notification.show(e.getMessage(), 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    /** The client's own page: their timeline and how they pay. */
    private static RouterLink pageLink(Client client) {
        RouterLink link = new RouterLink("History", ClientView.class, new RouteParameters("id", client.id().toString()));
        link.getElement().setAttribute("title", client.name() + "'s history");
        return link;
    }
}
