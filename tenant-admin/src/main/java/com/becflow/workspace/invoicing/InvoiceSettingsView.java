package com.becflow.workspace.invoicing;

import com.becflow.integrations.config.IdentityConfiguration;
import com.becflow.invoicing.InvoiceSettings;
import com.becflow.invoicing.app.InvoiceSettingsService;
import com.becflow.invoicing.app.PaymentAccountService;
import com.becflow.invoicing.payments.PaymentAccount;
import com.becflow.invoicing.thanks.ThankYouTerms;
import com.becflow.shared.tenant.TenantAccess;
import com.becflow.shared.tenant.TenantContext;
import com.becflow.tenancy.app.TenantRegistry;
import com.becflow.workspace.Notices;
import com.becflow.workspace.WorkspaceLayout;
import com.becflow.workspace.security.WorkspaceTenant;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.becflow.invoicing.plans.PlanLimits;
import com.becflow.invoicing.plans.app.PlanLimitSettings;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The tenant's invoice settings: numbering, default payment terms and branding, the thank-you discount for paying on
 * time, and the Stripe account that clients' online payments go to. Stripe's onboarding sends the freelancer back
 * here; the account's state is then read from Stripe again rather than waiting for its notification.
 */
@Route(value = InvoiceSettingsView.ROUTE, layout = WorkspaceLayout.class)
@PageTitle("Invoice settings | Becflow")
public class InvoiceSettingsView extends VerticalLayout implements BeforeEnterObserver {

    static final String ROUTE = "invoice-settings";
    /** Marks the address Stripe sends the freelancer back to. */
    static final String RETURNED_FROM_STRIPE = "stripe";

    private static final Logger LOG = Logger.getLogger(InvoiceSettingsView.class.getName());

    private final InvoiceSettingsService settings;
    private final PaymentAccountService accounts;
    private final IdentityConfiguration identity;
    private final WorkspaceTenant tenant;
    private final Clock clock;
    private final InvoiceSettingsForm form = new InvoiceSettingsForm();
    private final PlanLimitSettings planLimits;
    private final PlanLimitsForm plans = new PlanLimitsForm(this::savePlans);
    private final ThankYouForm thankYou = new ThankYouForm(this::saveThankYou);
    private final Paragraph paymentsStatus = new Paragraph();
    private final Span testMode = new Span("Test mode");
    private final Paragraph testModeNote = new Paragraph("Test mode: clients can pay only with Stripe's test cards "
            + "(4242 4242 4242 4242 succeeds) and no real money moves.");
    private final Button connect = new Button();
    private final TenantRegistry tenants;
    private final Anchor portalAddress = new Anchor();

    @Inject
    public InvoiceSettingsView(InvoiceSettingsService settings, PaymentAccountService accounts,
                               IdentityConfiguration identity, WorkspaceTenant tenant, Clock clock,
                               PlanLimitSettings planLimits, TenantRegistry tenants) {
        this.planLimits = planLimits;
        this.tenants = tenants;
        this.settings = settings;
        this.accounts = accounts;
        this.identity = identity;
        this.tenant = tenant;
        this.clock = clock;
        setWidthFull();
        setMaxWidth("60em");
        paymentsStatus.setId("online-payments-status");
        connect.setId("connect-stripe");
        connect.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        connect.setDisableOnClick(true);
        connect.addClickListener(e -> connectStripe());
        form.addSaveListener(e -> save(e.draft()));
        testMode.setId("payments-test-mode");
        testMode.getElement().getThemeList().add("badge contrast");
        testModeNote.setId("payments-test-mode-note");
        testModeNote.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin", "0");
        H3 heading = new H3("Online payments");
        HorizontalLayout title = new HorizontalLayout(heading, testMode);
        title.setAlignItems(Alignment.BASELINE);
        VerticalLayout online = new VerticalLayout(title, testModeNote, paymentsStatus, connect);
        online.setId("online-payments");
        online.setPadding(false);
        portalAddress.setId("client-portal-address");
        portalAddress.setTarget("_blank");
        Paragraph portal = new Paragraph(new Span("Your clients sign in to everything they have with you (invoices,"
                + " contracts, what you sent them) at "), portalAddress, new Span(": they give their address and get a link"
                + " that works once. Every mail to a client links it."));
        add(new H2("Invoice settings"), form, thankYou, online, plans, new H3("Client portal"), portal);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            TenantContext ctx = tenant.get();
            String address = identity.publicUrl() + "/portal/for/" + tenants.recent(ctx.tenant()).slug().value();
            portalAddress.setHref(address);
            portalAddress.setText(address);
            showSettings(settings.get(ctx), ctx);
            thankYou.edit(settings.get(ctx).thankYouTerms(), ctx.access() == TenantAccess.FULL);
            plans.edit(planLimits.workspace(ctx), ctx.access() == TenantAccess.FULL);
        } catch (RuntimeException e) {
            Notices.unexpected(e);
        }
        try {
            showPayments(event.getLocation().getQueryParameters().getParameters().containsKey(RETURNED_FROM_STRIPE));
        } catch (RuntimeException e) {
            Notices.unexpected(e);
        }
    }

    private void showSettings(InvoiceSettings stored, TenantContext ctx) {
        form.edit(InvoiceSettingsDraft.of(stored), ctx.today(clock).getYear(),
                ctx.access() == TenantAccess.FULL);
    }

    private void save(InvoiceSettingsDraft draft) {
        TenantContext ctx = tenant.get();
        InvoiceSettings[] saved = new InvoiceSettings[1];
        if (Notices.attempt(() -> saved[0] = settings.update(draft.numbering(), draft.getDefaultNetDays(), draft.branding(),
                ctx), form::showErrors)) {
            Notices.success("Saved: documents issued from now on follow these settings");
            showSettings(saved[0], ctx);
        }
    }

    private void saveThankYou(ThankYouForm.Typed typed) {
        TenantContext ctx = tenant.get();
        ThankYouTerms[] saved = new ThankYouTerms[1];
        if (Notices.attempt(() -> saved[0] = settings.changeThankYou(typed.enabled(), typed.percent(), typed.validDays(),
                ctx), thankYou::showErrors)) {
            Notices.success("Saved: " + (saved[0].enabled() ? "clients who pay on time get "
                    + saved[0].percent().stripTrailingZeros().toPlainString() + "% off their next invoice"
                    : "no thank-you discount is offered"));
            thankYou.edit(saved[0], ctx.access() == TenantAccess.FULL);
        }
    }

    private void savePlans(PlanLimits limits) {
        TenantContext ctx = tenant.get();
        if (Notices.attempt(() -> planLimits.changeWorkspace(limits, ctx), plans::showErrors)) {
            Notices.success("Saved: payment plans " + (limits.offered() ? "are offered to clients" : "are not offered"));
            plans.edit(planLimits.workspace(ctx), ctx.access() == TenantAccess.FULL);
        }
    }

    /**
     * @param returned the freelancer just came back from Stripe's onboarding: read the account from Stripe, and
     *                 tidy the address so that reloading the page does not count as another return
     */
    private void showPayments(boolean returned) {
        connect.setVisible(false);
        testMode.setVisible(accounts.testMode());
        testModeNote.setVisible(accounts.testMode());
        if (!accounts.providerConfigured()) {
            paymentsStatus.setText("Online payments are not set up on this Becflow server: clients pay by bank "
                    + "transfer or as you agree with them, and you record their payments by hand.");
            return;
        }
        Optional<PaymentAccount> account = account(returned);
        if (returned) {
            UI.getCurrent().getPage().getHistory().replaceState(null, ROUTE);
        }
        paymentsStatus.setText(describe(account.orElse(null)));
        connect.setText(account.filter(a -> a.accountId() != null).isEmpty() ? "Connect Stripe"
                : account.get().ready() ? "Update your Stripe details" : "Finish Stripe onboarding");
        connect.setEnabled(tenant.get().access() == TenantAccess.FULL);
        connect.setVisible(true);
    }

    /** Stripe is asked only when its answer may have changed: on return, or while onboarding is unfinished. */
    private Optional<PaymentAccount> account(boolean returned) {
        TenantContext ctx = tenant.get();
        Optional<PaymentAccount> stored = accounts.account(ctx);
        boolean unfinished = stored.filter(a -> a.accountId() != null && !a.ready()).isPresent();
        if (!returned && !unfinished) {
            return stored;
        }
        try {
            return accounts.refresh(ctx);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Reading the Stripe account of tenant " + ctx.tenant() + " failed", e);
            Notices.error("Stripe could not be asked just now; the state shown may be out of date.");
            return stored;
        }
    }

    static String describe(PaymentAccount account) {
        if (account == null || account.accountId() == null) {
            return "Not connected. Connect your Stripe account so that clients can pay your invoices by card or "
                    + "bank debit; the money goes straight to you.";
        }
        if (!account.ready()) {
            return "Onboarding incomplete: Stripe " + (account.detailsSubmitted()
                    ? "is still checking your details" : "still needs some details from you")
                    + " before your clients can pay online.";
        }
        return "Ready: clients can pay online, and the money goes to "
                + (account.displayName() == null || account.displayName().isBlank() ? "your Stripe account"
                : account.displayName()) + ".";
    }

    private void connectStripe() {
        String[] link = new String[1];
        if (Notices.attempt(() -> link[0] = accounts.onboardingLink(tenant.get(), returnUrl()))) {
            UI.getCurrent().getPage().setLocation(link[0]);
        } else {
            connect.setEnabled(true);
        }
    }

    /** This page's address as browsers reach Becflow, marked as a return from Stripe. */
    private String returnUrl() {
        return identity.publicUrl() + "/" + ROUTE + "?" + RETURNED_FROM_STRIPE + "=returned";
    }
}
