package com.becflow.portal;

import com.becflow.invoicing.Invoice;
import com.becflow.invoicing.InvoiceRendering;
import com.becflow.invoicing.InvoiceStatus;
import com.becflow.invoicing.app.InvoiceLinks;
import com.becflow.invoicing.app.InvoicePortal;
import com.becflow.invoicing.app.InvoicePortalView;
import com.becflow.invoicing.app.OnlinePayments;
import com.becflow.invoicing.disputes.app.ClientDisputes;
import com.becflow.invoicing.packages.app.PackageSelling;
import com.becflow.invoicing.plans.AutopayStatus;
import com.becflow.invoicing.plans.Installment;
import com.becflow.invoicing.plans.InstallmentStatus;
import com.becflow.invoicing.plans.PlanStatus;
import com.becflow.invoicing.plans.app.AutopaySetup;
import com.becflow.invoicing.plans.app.PlanDetails;
import com.becflow.invoicing.plans.app.PlanPortal;
import com.becflow.reminders.app.ClientPromises;
import com.becflow.shared.error.DomainException;
import com.becflow.shared.limits.RateLimited;
import com.becflow.shared.money.Money;
import com.becflow.shared.money.MoneyText;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Where a client sees an invoice and pays it, from the personal link emailed to them
 * ({@code /portal/invoice/<token>}): the document exactly as issued, what is still owed, receipts of what was
 * paid, and the ways to pay (online through Stripe, or by bank transfer). Coming back from the payment page
 * ({@code ?checkout=<id>}) settles the payment at once rather than waiting for Stripe's notification.
 */
@Route(value = "invoice/:token", layout = PortalLayout.class)
@PageTitle("Invoice | Becflow")
public class PayInvoiceView extends VerticalLayout implements BeforeEnterObserver {

    private static final Logger LOG = Logger.getLogger(PayInvoiceView.class.getName());

    private final InvoicePortal portal;
    private final OnlinePayments payments;
    private final PlanPortal plans;
    private final PortalLimits limits;
    @Inject
    AutopaySetup autopay;
    @Inject
    InvoiceLinks links;
    @Inject
    PackageSelling packages;
    @Inject
    ClientPromises promises;
    @Inject
    ClientDisputes disputes;
    private String token = "";
    private boolean watching;
    private boolean bankTransfer;

    @Inject
    public PayInvoiceView(InvoicePortal portal, OnlinePayments payments, PlanPortal plans, PortalLimits limits) {
        this.portal = portal;
        this.payments = payments;
        this.plans = plans;
        this.limits = limits;
        setPadding(false);
        setDefaultHorizontalComponentAlignment(Alignment.STRETCH);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        if (!limits.admitPage(token, this)) {
            return;
        }
        if (!watching) {
            watching = true;
            // Opening the page records no view: mail scanners open links and run their scripts. The client's first
            // own interaction with the page does.
            FirstInteraction.watch(this, this::interacted);
        }
        List<String> checkout = event.getLocation().getQueryParameters().getParameters().getOrDefault("checkout", List.of());
        List<String> cardPage = event.getLocation().getQueryParameters().getParameters()
                .getOrDefault(AutopaySetup.RETURN_PARAMETER, List.of());
        try {
            if (!checkout.isEmpty()) {
                payments.returned(token, checkout.get(0));
            }
            if (!cardPage.isEmpty()) {
                autopay.returned(token, cardPage.get(0));
            }
        } catch (PortalLinkNotFound e) {
            showLinkNotFound(e.renewable());
            return;
        } catch (DomainException | com.becflow.invoicing.payments.PaymentOutcomeUnknown e) {
            // The page below shows where the payment stands; Stripe's notification settles it if this could not.
        }
        load();
    }

    private void load() {
        try {
            render(portal.view(token, false));
        } catch (PortalLinkNotFound e) {
            showLinkNotFound(e.renewable());
        }
    }

    private void interacted(PageInteraction interaction, Duration afterOpening) {
        try {
            portal.interacted(token, interaction, afterOpening);
        } catch (PortalLinkNotFound e) {
            // Nothing to record on a link that opens nothing.
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The client's view of an invoice was not recorded", e);
        }
    }

    private void render(InvoicePortalView view) {
        removeAll();
        Invoice invoice = view.invoice();
        H1 heading = new H1(invoice.kind().label() + " " + invoice.number().orElse("") + " from " + view.freelancerName());
        heading.setId("invoice-heading");
        heading.getStyle().set("font-size", "var(--lumo-font-size-xxl)").set("margin", "var(--lumo-space-s) 0 0 0");
        boolean open = view.status().open() && view.ledger().balance().isPositive();
        Optional<PlanDetails> plan = plans.plan(token);
        boolean accepted = plan.filter(p -> p.statement().plan().status() == PlanStatus.ACCEPTED).isPresent();
        add(heading, InvoiceStatusLine.of(view, plan.filter(p -> p.statement().plan().status() == PlanStatus.ACCEPTED)),
                ClientHomeView.linkFrom(token, view.freelancerName()));
        if (view.status() == InvoiceStatus.PAID) {
            add(InvoiceRecordPanels.paidBanner(view));
        }
        InvoicePackage.of(token, links, packages).ifPresent(p -> add(PackagePanel.of(p, invoice.id())));
        if (accepted) {
            add(PlanSchedulePanel.of(token, plan.get(), plans, open && view.payOnline() && !view.paymentPending(),
                    this::payInstallment));
            Optional<Installment> next = plan.get().statement().installments().stream()
                    .filter(i -> i.status() == InstallmentStatus.DUE || i.status() == InstallmentStatus.PARTIALLY_PAID)
                    .findFirst();
            add(AutopayPanel.of(plan.get().autopay(), plan.get().debitOnItsWay(), next, open && view.payOnline(),
                    new AutopayPanel.Actions() {
                @Override
                public void saveCard(Button button, Paragraph refused) {
                    attempt(button, refused, () -> UI.getCurrent().getPage().setLocation(autopay.open(token)));
                }

                @Override
                public void turnOff(Button button, Paragraph refused) {
                    attempt(button, refused, () -> {
                        autopay.turnOff(token);
                        load();
                    });
                }
            }));
        }
        if (open && (!accepted || view.bankInstructions() != null || view.paymentPending())) {
            add(payPanel(view, !accepted));
        }
        boolean autopayCharges = accepted && plan.get().autopay().filter(a -> a.status() == AutopayStatus.ON).isPresent();
        if (open && !autopayCharges) {
            promises.standing(token).ifPresent(s -> add(PromisePanel.of(s, view.freelancerName(), this::promise)));
        }
        ClientDisputes.Standing disputed = disputes.standing(token);
        if (disputed.canRaise() || !disputed.disputes().isEmpty()) {
            add(DisputePanel.of(disputed, view.freelancerName(), this::dispute));
        }
        if (open) {
            if (plan.isPresent() && !accepted) {
                add(PlanProposalPanel.of(token, plan.get(), plans, view.freelancerName(), this::load));
            } else if (plan.isEmpty()) {
                PlanPortal.Offer offer = plans.offer(token);
                if (offer.limits().offered()) {
                    add(PlanBuilderPanel.of(token, plans, offer, this::load));
                }
            }
        } else if (view.status() != InvoiceStatus.PAID) {
            add(InvoiceRecordPanels.closedNotice(view, portal, token));
        }
        if (!view.payments().isEmpty()) {
            add(InvoiceRecordPanels.payments(view, portal, token));
        }
        Div document = PortalLayout.card(new Html(InvoiceRendering.forWebPage(view.html())));
        document.setId("invoice-document");
        add(document);
    }

    /** @param online whether to offer paying online here; an accepted plan's own panel offers it instead */
    private Component payPanel(InvoicePortalView view, boolean online) {
        H2 title = new H2("Pay this invoice");
        title.getStyle().set("font-size", "var(--lumo-font-size-xl)").set("margin-top", "0");
        Div panel = PortalLayout.card(title);
        panel.setId("pay-panel");
        Money balance = view.ledger().balance().rounded();
        PayPanelParts.owed(panel, view);
        if (view.paymentPending()) {
            Paragraph pending = new Paragraph("A payment you started is being confirmed. This page shows it as soon as "
                    + "it is known; you don't need to pay again.");
            pending.setId("payment-pending");
            panel.add(pending);
        } else if (view.payOnline() && online) {
            BigDecimalField amount = new BigDecimalField("Amount to pay now (" + balance.currency().getCurrencyCode() + ")");
            amount.setId("pay-amount");
            Money payNow = PayPanelParts.payNow(view);
            amount.setValue(payNow.amount());
            // A dispute lets the client pay the undisputed rest on its own, partial payments or not.
            boolean partial = (view.invoice().partialPayments() || view.disputed().isPositive())
                    && view.smallestPayment().isMoreThan(Money.zero(balance.currency()))
                    && balance.isMoreThan(view.smallestPayment());
            amount.setVisible(partial);
            if (partial) {
                amount.setHelperText("From " + MoneyText.of(view.smallestPayment()) + " to " + MoneyText.of(balance));
            }
            Button pay = new Button("Pay " + MoneyText.of(payNow) + " online");
            pay.setId("pay-online");
            pay.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            pay.setDisableOnClick(true);
            amount.addValueChangeListener(e -> pay.setText(e.getValue() == null ? "Pay online"
                    : "Pay " + MoneyText.of(new Money(e.getValue(), balance.currency())) + " online"));
            Paragraph refused = new Paragraph();
            refused.setId("pay-refused");
            refused.getElement().setAttribute("role", "alert");
            refused.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "500").set("margin", "0");
            refused.setVisible(false);
            bankTransfer = view.bankInstructions() != null;
            pay.addClickListener(e -> pay(amount, partial ? amount::getValue : () -> null, pay, refused));
            Paragraph how = new Paragraph("By card" + (PayPanelParts.bankDebit(balance) ? " or bank debit" : "") + ", on Stripe's secure "
                    + "payment page. You come back here afterwards.");
            how.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
            FlexLayout row = new FlexLayout(amount, pay);
            row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            row.getStyle().set("gap", "var(--lumo-space-m)");
            panel.add(row, refused, how);
            if (payments.testMode()) {
                pay.getElement().setAttribute("aria-describedby", "pay-test-mode");
                panel.add(PayPanelParts.testModeNote());
            }
        }
        if (view.bankInstructions() != null) {
            H2 transfer = new H2(view.payOnline() ? "Or pay by bank transfer" : "Pay by bank transfer");
            transfer.getStyle().set("font-size", "var(--lumo-font-size-l)");
            Pre instructions = new Pre(view.bankInstructions() + "\nReference: " + view.invoice().number().orElse(""));
            instructions.setId("bank-instructions");
            instructions.getStyle().set("white-space", "pre-wrap").set("font-family", "inherit").set("margin", "0");
            panel.add(transfer, instructions);
        } else if (!view.payOnline()) {
            panel.add(new Paragraph("Ask " + view.freelancerName() + " (" + view.freelancerEmail() + ") how to pay."));
        }
        return panel;
    }

    /** Runs what a button asks; a refusal is shown on {@code refused} and the button is enabled again. */
    private void attempt(Button button, Paragraph refused, Runnable action) {
        refused.setVisible(false);
        if (!limits.admitPage(token, this)) {
            return;
        }
        try {
            action.run();
        } catch (PortalLinkNotFound e) {
            showLinkNotFound(e.renewable());
        } catch (DomainException | com.becflow.invoicing.payments.PaymentOutcomeUnknown e) {
            refused.setText(e.getMessage());
            refused.setVisible(true);
            button.setEnabled(true);
        }
    }

    private void promise(DatePicker day, Button button) {
        day.setInvalid(false);
        if (!limits.admitPage(token, this)) {
            return;
        }
        try {
            promises.promise(token, day.getValue());
            load();
        } catch (PortalLinkNotFound e) {
            showLinkNotFound(e.renewable());
        } catch (DomainException e) {
            day.setErrorMessage(e.fieldErrors().getOrDefault("payBy", e.getMessage()));
            day.setInvalid(true);
            button.setEnabled(true);
        }
    }

    /** A refusal goes back to the panel, to be put on its fields. */
    private void dispute(ClientDisputes.RaiseDispute dispute) {
        if (!limits.admitPage(token, this)) {
            return;
        }
        try {
            disputes.raise(token, dispute);
            load();
        } catch (PortalLinkNotFound e) {
            showLinkNotFound(e.renewable());
        }
    }

    /** Pays an installment of an accepted plan (or all that remains) through the invoice's checkout. */
    private void payInstallment(Money amount, Button button, Paragraph refused) {
        attempt(button, refused, () -> UI.getCurrent().getPage().setLocation(payments.checkout(token, amount.amount())));
    }

    private void pay(BigDecimalField field, Supplier<BigDecimal> amount, Button pay, Paragraph refused) {
        field.setInvalid(false);
        refused.setVisible(false);
        if (!limits.admitPage(token, this)) {
            return;
        }
        try {
            String url = payments.checkout(token, amount.get());
            UI.getCurrent().getPage().setLocation(url);
        } catch (RateLimited e) {
            // Too many payment pages opened for this link or invoice: said here, the page stays as it is.
            refused.setText(e.getMessage() + (bankTransfer ? " You can also pay by bank transfer (below)." : ""));
            refused.setVisible(true);
            pay.setEnabled(true);
        } catch (com.becflow.invoicing.InvalidInvoice e) {
            field.setErrorMessage(e.fieldErrors().getOrDefault("amount", e.getMessage()));
            field.setInvalid(true);
            field.setVisible(true);
            pay.setEnabled(true);
        } catch (PortalLinkNotFound e) {
            showLinkNotFound(e.renewable());
        } catch (DomainException e) {
            Notification.show(e.getMessage(), 8000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            load();
        }
    }

    private void showLinkNotFound(boolean renewable) {
        removeAll();
        add(DeadLinkPanel.of(renewable, () -> {
            limits.checkPage(token);
            portal.renew(token);
        }, "this invoice"));
    }
}
