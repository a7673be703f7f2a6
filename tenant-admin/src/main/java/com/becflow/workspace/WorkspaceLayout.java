package com.becflow.workspace;

import com.becflow.shared.tenant.TenantAccess;
import com.becflow.shared.tenant.TenantContext;
import com.becflow.tenancy.Tenant;
import com.becflow.tenancy.TenantStatus;
import com.becflow.tenancy.app.TenantRegistry;
import com.becflow.tenancy.app.UnverifiedTrials;
import com.becflow.workspace.books.IntegrationsView;
import com.becflow.workspace.clients.ClientListView;
import com.becflow.workspace.contracts.ContractListView;
import com.becflow.workspace.contracts.ContractTemplateListView;
import com.becflow.workspace.dashboard.DashboardView;
import com.becflow.workspace.invoicing.InvoiceListView;
import com.becflow.workspace.invoicing.InvoiceSettingsView;
import com.becflow.workspace.invoicing.PackageListView;
import com.becflow.workspace.invoicing.RecurringInvoiceListView;
import com.becflow.workspace.local.LocalClockView;
import com.becflow.workspace.local.LocalMode;
import com.becflow.workspace.operator.PaymentEventListView;
import com.becflow.workspace.operator.TenantListView;
import com.becflow.workspace.reminders.ReminderPolicyView;
import com.becflow.workspace.security.AddressProofBanner;
import com.becflow.workspace.security.CurrentUser;
import com.becflow.workspace.security.SignOutForm;
import com.becflow.workspace.security.SignedInUser;
import com.becflow.workspace.security.WorkspaceTenant;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import jakarta.inject.Inject;
import java.time.Clock;

/**
 * The frame around every signed-in page: the business and its trial in the header, every page in the drawer (which
 * folds away on a narrow screen), who you are and the way out.
 */
public class WorkspaceLayout extends AppLayout {

    @Inject
    public WorkspaceLayout(WorkspaceTenant workspace, Clock clock, LocalMode localMode, TenantRegistry registry,
                           UnverifiedTrials unverifiedTrials) {
        SignedInUser user = CurrentUser.get().orElseThrow();
        H1 brand = new H1("Becflow");
        brand.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0 var(--lumo-space-m)");
        DrawerToggle toggle = new DrawerToggle();
        toggle.setId("nav-toggle");
        toggle.setAriaLabel("Show or hide the menu");
        HorizontalLayout bar = new HorizontalLayout(toggle, brand);
        bar.setWidthFull();
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        SideNav nav = new SideNav();
        nav.setId("workspace-nav");
        nav.getStyle().set("margin", "var(--lumo-space-s)");
        Tenant unverified = null;
        if (user.tenant().isPresent()) {
            TenantContext ctx = workspace.get();
            Tenant tenant = workspace.tenant();
            unverified = tenant.ownerEmailVerified() ? null : tenant;
            Span business = new Span(tenant.displayName());
            business.setId("business-name");
            business.getStyle().set("font-weight", "600");
            bar.add(business, trialBadge(tenant, ctx, clock));
            nav.addItem(item("Dashboard", DashboardView.class, "nav-dashboard", VaadinIcon.DASHBOARD),
                    item("Clients", ClientListView.class, "nav-clients", VaadinIcon.USERS),
                    item("Contracts", ContractListView.class, "nav-contracts", VaadinIcon.FILE_TEXT_O),
                    item("Templates", ContractTemplateListView.class, "nav-templates", VaadinIcon.COPY_O),
                    item("Invoices", InvoiceListView.class, "nav-invoices", VaadinIcon.INVOICE),
                    item("Recurring", RecurringInvoiceListView.class, "nav-recurring-invoices", VaadinIcon.REFRESH),
                    item("Packages", PackageListView.class, "nav-packages", VaadinIcon.PACKAGE),
                    item("Reminders", ReminderPolicyView.class, "nav-reminders", VaadinIcon.BELL_O),
                    item("Invoice settings", InvoiceSettingsView.class, "nav-invoice-settings", VaadinIcon.COG_O),
                    item("Integrations", IntegrationsView.class, "nav-integrations", VaadinIcon.CONNECT));
        }
        if (user.isOperator()) {
            nav.addItem(item("Tenants", TenantListView.class, "nav-tenants", VaadinIcon.BUILDING_O),
                    item("Payment events", PaymentEventListView.class, "nav-payment-events", VaadinIcon.EXCHANGE));
        }
        if (localMode.enabled()) {
            SideNavItem mailbox = new SideNavItem("Local mailbox", "/local/mailbox", VaadinIcon.ENVELOPE_O.create());
            mailbox.setId("nav-mailbox");
            mailbox.setOpenInNewBrowserTab(true);
            mailbox.setRouterIgnore(true);
            nav.addItem(mailbox);
        }
        if (LocalClockView.offeredBy(clock)) {
            nav.addItem(item("Clock", LocalClockView.class, "nav-clock", VaadinIcon.CLOCK));
        }
        Span who = new Span(user.email() == null ? user.name() : user.email());
        who.setId("signed-in-as");
        who.getStyle().set("margin-left", "auto").set("color", "var(--lumo-secondary-text-color)");
        Component signOut = SignOutForm.create();
        signOut.getElement().getStyle().set("margin-right", "var(--lumo-space-m)");
        bar.add(who, signOut);
        addToDrawer(nav);
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

    private static SideNavItem item(String label, Class<? extends Component> view, String id, VaadinIcon icon) {
        SideNavItem item = new SideNavItem(label, view, icon.create());
        item.setId(id);
        return item;
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
