package com.becflow.workspace.operator;

import com.becflow.tenancy.Tenant;
import com.becflow.tenancy.TenantStatus;
import com.becflow.tenancy.app.TenantRegistry;
import com.becflow.workspace.WorkspaceLayout;
import com.becflow.workspace.security.OperatorPage;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;

/** Platform operators: every tenant, its trial, and the switch to activate or suspend it. */
@Route(value = "operator/tenants", layout = WorkspaceLayout.class)
@PageTitle("Tenants | Becflow")
@OperatorPage
public class TenantListView extends VerticalLayout {

    private final TenantRegistry registry;
    private final Grid<Tenant> grid = new Grid<>(Tenant.class, false);

    @Inject
    public TenantListView(TenantRegistry registry) {
        this.registry = registry;
        grid.setId("tenant-grid");
        grid.addColumn(Tenant::displayName).setHeader("Business").setAutoWidth(true);
        grid.addColumn(t -> t.slug().value()).setHeader("Slug").setAutoWidth(true);
        grid.addColumn(Tenant::ownerEmail).setHeader("Owner").setAutoWidth(true);
        grid.addColumn(t -> t.ownerEmailVerified() ? "verified" : "not verified").setHeader("Email").setAutoWidth(true);
        grid.addColumn(t -> t.status().name()).setHeader("Status").setAutoWidth(true);
        grid.addColumn(Tenant::trialEndsAt).setHeader("Trial ends").setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader("").setAutoWidth(true);
        grid.setItems(registry.all());
        setSizeFull();
        add(new H2("Tenants"), grid);
    }

    private HorizontalLayout actions(Tenant tenant) {
        Button activate = new Button("Activate", e -> {
            registry.activate(tenant.id());
            grid.setItems(registry.all());
        });
        activate.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_SUCCESS);
        activate.setEnabled(tenant.status() != TenantStatus.ACTIVE);
        Button suspend = new Button("Suspend", e -> {
            registry.suspend(tenant.id());
            grid.setItems(registry.all());
        });
        suspend.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        suspend.setEnabled(tenant.status() != TenantStatus.SUSPENDED);
        return new HorizontalLayout(activate, suspend);
    }
}
