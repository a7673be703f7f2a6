package com.becflow.it.inserver.scenario;

import com.becflow.invoicing.Invoice;
import com.becflow.invoicing.InvoiceStatus;
import com.becflow.shared.tenant.TenantContext;
import com.becflow.workspace.invoicing.InvoiceListView;
import com.becflow.workspace.security.WorkspaceTenant;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The workspace's invoice list without a browser: the real {@link InvoiceListView}, its status filter set as the
 * freelancer sets it, its rows fetched through its own data provider and its status column rendered.
 */
public final class WorkspaceInvoiceList {

    private final InvoiceListView view;

    WorkspaceInvoiceList(ClockScenarios harness, TenantContext ctx) {
        this.view = new InvoiceListView(harness.queries, harness.drafts, harness.clients, harness.contracts,
                new SignedInAs(ctx), harness.exports, harness.clock, null); // lists only: no draft is asked for
    }

    /** Number to the status shown in the list, for the rows listed under a status filter (null: all statuses). */
    @SuppressWarnings("unchecked")
    public Map<String, String> showing(InvoiceStatus filter) {
        ((ComboBox<InvoiceStatus>) find(view, "invoice-status-filter")).setValue(filter);
        Grid<Invoice> grid = (Grid<Invoice>) descendants(view).filter(Grid.class::isInstance).findFirst().orElseThrow();
        List<Invoice> rows = grid.getLazyDataView().getItems().toList();
        ComponentRenderer<? extends Component, Invoice> status = (ComponentRenderer<? extends Component, Invoice>) grid
                .getColumns().stream().filter(c -> "Status".equals(c.getHeaderText())).findFirst().orElseThrow()
                .getRenderer();
        Map<String, String> shown = new LinkedHashMap<>();
        for (Invoice row : rows) {
            shown.put(row.number().orElse("Draft " + row.id()), status.createComponent(row).getElement().getText());
        }
        return shown;
    }

    private static Component find(Component root, String id) {
        return descendants(root).filter(c -> c.getId().filter(id::equals).isPresent()).findFirst()
                .orElseThrow(() -> new AssertionError("No component " + id + " in the invoice list"));
    }

    private static Stream<Component> descendants(Component root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(WorkspaceInvoiceList::descendants));
    }

    /** The signed-in freelancer's tenant, as the workspace resolves it from the session. */
    private static final class SignedInAs extends WorkspaceTenant {

        private final TenantContext ctx;

        SignedInAs(TenantContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public TenantContext get() {
            return ctx;
        }
    }
}
