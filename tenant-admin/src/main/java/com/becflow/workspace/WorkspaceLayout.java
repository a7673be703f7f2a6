package com.becflow.workspace;

import com.becflow.shared.tenant.TenantAccess;
import com.becflow.shared.tenant.TenantContext;
import com.becflow.tenancy.Tenant;
import com.becflow.tenancy.TenantStatus;
import com.becflow.workspace.clients.ClientListView;
import com.becflow.workspace.contracts.ContractListView;
import com.becflow.workspace.contracts.ContractTemplateListView;
import com.becflow.workspace.invoicing.InvoiceListView;
import com.becflow.workspace.invoicing.InvoiceSettingsView;
import com.becflow.workspace.local.LocalClockView;
import com.becflow.workspace.local.LocalMode;
import com.becflow.workspace.operator.PaymentEventListView;
import com.becflow.workspace.operator.TenantListView;
import com.becflow.workspace.security.AddressProofBanner;
import com.becflow.workspace.security.CurrentUser;
import com.becflow.tenancy.app.TenantRegistry;
import com.becflow.tenancy.app.UnverifiedTrials;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.becflow.workspace.security.SignedInUser;
import com.becflow.workspace.security.WorkspaceTenant;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.component.Component;
import com.becflow.workspace.security.SignOutForm;
import jakarta.inject.Inject;
import java.time.Clock;

/** The frame around every signed-in page: who you are, your trial, where you can go. */
public class WorkspaceLayout extends AppLayout {

    @Inject
    public WorkspaceLayout(WorkspaceTenant workspace, Clock clock, LocalMode localMode, TenantRegistry registry,
                           UnverifiedTrials unverifiedTrials) {
        SignedInUser user = CurrentUser.get().orElseThrow();
        H1 brand = new H1("Becflow");
        brand.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0 var(--lumo-space-m)");
        HorizontalLayout bar = new HorizontalLayout(brand);
        bar.setWidthFull();
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        Tenant unverified = null;
        if (user.tenant().isPresent()) {
            TenantContext ctx = workspace.get();
            Tenant tenant = workspace.tenant();
            unverified = tenant.ownerEmailVerified() ? null : tenant;
            Span business = new Span(tenant.displayName());
            business.setId("business-name");
            RouterLink contracts = new RouterLink("Contracts", ContractListView.class);
            contracts.setId("nav-contracts");
            RouterLink templates = new RouterLink("Templates", ContractTemplateListView.class);
            templates.setId("nav-templates");
            RouterLink invoices = new RouterLink("Invoices", InvoiceListView.class);
            invoices.setId("nav-invoices");
            RouterLink invoiceSettings = new RouterLink("Invoice settings", InvoiceSettingsView.class);
            invoiceSettings.setId("nav-invoice-settings");
            bar.add(business, new RouterLink("Clients", ClientListView.class), contracts, templates, invoices,
                    invoiceSettings);
            bar.add(trialBadge(tenant, ctx, clock));
        }
        if (user.isOperator()) {
            bar.add(new RouterLink("Tenants", TenantListView.class), new RouterLink("Payment events",
                    PaymentEventListView.class));
        }
        if (localMode.enabled()) {
            Anchor mailbox = new Anchor("/local/mailbox", "Local mailbox");
            mailbox.setTarget("_blank");
            bar.add(mailbox);
        }
        LocalClockView.link(clock).ifPresent(bar::add);
        Span who = new Span(user.email() == null ? user.name() : user.email());
        who.getStyle().set("margin-left", "auto").set("color", "var(--lumo-secondary-text-color)");
        Component signOut = SignOutForm.create();
        signOut.getElement().getStyle().set("margin-right", "var(--lumo-space-m)");
        bar.add(who, signOut);
        if (unverified == null) {
            addToNavbar(bar);
            return;
        }
        VerticalLayout top = new VerticalLayout(bar, new AddressProofBanner(unverified, user, registry,
                unverifiedTrials.removalAt(unverified)));
        top.setPadding(false);
        top.setSpacing(false);
        addToNavbar(top);
    }

    private static Span trialBadge(Tenant tenant, TenantContext ctx, Clock clock) {
        Span badge = new Span();
        badge.setId("trial-status");
        if (ctx.access() == TenantAccess.READ_ONLY) {
            badge.setText("Trial ended: read-only until your account is activated");
            badge.getElement().getThemeList().add("badge error");
        } else if (tenant.status() == TenantStatus.TRIAL) {
            long days = tenant.trialDaysLeft(clock.instant());
            badge.setText("Free trial: " + days + (days == 1 ? " day" : " days") + " left");
            badge.getElement().getThemeList().add("badge contrast");
        } else {
            badge.setVisible(false);
        }
        return badge;
    }
}
