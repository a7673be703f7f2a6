package com.becflow.portal;

import com.becflow.contracts.ConsentText;
import com.becflow.contracts.Contract;
import com.becflow.contracts.ContractRendering;
import com.becflow.contracts.ContractStateConflict;
import com.becflow.contracts.ContractStatus;
import com.becflow.contracts.InvalidContract;
import com.becflow.contracts.app.ContractPortal;
import com.becflow.contracts.app.ContractPortalView;
import com.becflow.contracts.app.SignContract;
import com.becflow.invoicing.app.DepositPayment;
import com.becflow.invoicing.app.OnlinePayments;
import com.becflow.portal.PortalLayout.Tone;
import com.becflow.shared.limits.RateLimited;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Where a client reads and signs a contract, from the personal link emailed to them
 * ({@code /portal/contract/<token>}). The link is the only key: a link that opens nothing gets the same neutral
 * page whatever the reason, so a stranger learns nothing about whose it was. The view only wires things up;
 * {@link ContractPortal} decides.
 */
@Route(value = "contract/:token", layout = PortalLayout.class)
@PageTitle("Contract | Becflow")
public class SignContractView extends VerticalLayout implements BeforeEnterObserver {

    private static final DateTimeFormatter DAY = PortalDays.DAY.withZone(ZoneOffset.UTC);

    private static final Logger LOG = Logger.getLogger(SignContractView.class.getName());

    private final ContractPortal portal;
    private final DepositPayment deposits;
    private final OnlinePayments payments;
    private final PortalLimits limits;
    private String token = "";
    private boolean watching;
    private Checkbox consent;
    private Span consentError;
    private TextField fullName;
    private Button sign;

    @Inject
    public SignContractView(ContractPortal portal, DepositPayment deposits, OnlinePayments payments, PortalLimits limits) {
        this.portal = portal;
        this.deposits = deposits;
        this.payments = payments;
        this.limits = limits;
        setPadding(false);
        setDefaultHorizontalComponentAlignment(Alignment.STRETCH);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        // No 404 for a dead link: Vaadin runs this in a request after the page's HTML went out with 200
        // (and with eager server load, Router.initializeUI overwrites the status with the navigation's own).
        if (!limits.admitPage(token, this)) {
            return;
        }
        load();
        if (!watching) {
            watching = true;
            // Opening the page records no view: mail scanners open links and run their scripts. The client's first
            // own interaction with the page does.
            FirstInteraction.watch(this, this::interacted);
        }
    }

    private void load() {
        try {
            render(portal.view(token, false, PortalSignatureContext.ofCurrentRequest()));
        } catch (PortalLinkNotFound e) {
            showLinkNotFound(e.renewable());
        }
    }

    private void interacted(PageInteraction interaction, Duration afterOpening) {
        try {
            portal.interacted(token, PortalSignatureContext.ofCurrentRequest(), interaction, afterOpening);
        } catch (PortalLinkNotFound e) {
            // Nothing to record on a link that opens nothing.
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The client's view of a contract was not recorded", e);
        }
    }

    private void render(ContractPortalView view) {
        removeAll();
        ContractStatus status = view.status();
        H1 heading = new H1(status.awaitsClient() ? view.freelancerName() + " asks you to sign"
                : "Contract from " + view.freelancerName());
        heading.setId("contract-heading");
        heading.getStyle().set("font-size", "var(--lumo-font-size-xxl)").set("margin", "var(--lumo-space-s) 0 0 0");
        add(heading, statusLine(view), ClientHomeView.linkFrom(token, view.freelancerName()));
        if (status.signed()) {
            Component banner = SignedContractBanner.of(view, token, portal);
            add(banner);
            PayDepositPanel.forSigned(token, deposits, payments, limits, this).ifPresent(this::add);
            add(document(view));
            banner.scrollIntoView();
        } else if (status.awaitsClient()) {
            add(document(view), signingPanel(view));
        } else {
            add(closedNotice(view));
            if (!view.html().isBlank()) {
                add(document(view));
            }
        }
    }

    private Component statusLine(ContractPortalView view) {
        Span status = new Span(statusLabel(view));
        status.setId("contract-status");
        status.getStyle().set("display", "inline-block").set("align-self", "flex-start")
                .set("padding", "var(--lumo-space-xs) var(--lumo-space-s)")
                .set("border-radius", "var(--lumo-border-radius-l)")
                .set("font-size", "var(--lumo-font-size-s)").set("font-weight", "500")
                .set("background", view.status().signed() ? "var(--lumo-success-color-10pct)" : "var(--lumo-contrast-10pct)")
                .set("color", view.status().signed() ? "var(--lumo-success-text-color)" : "var(--lumo-body-text-color)");
        return status;
    }

    private static String statusLabel(ContractPortalView view) {
        Contract contract = view.contract();
        return switch (view.status()) {
            case SENT, VIEWED -> contract.expiresAt() == null ? "Awaiting your signature"
                    : "Awaiting your signature · open until " + DAY.format(contract.expiresAt());
            case SIGNED -> contract.countersignRequired() ? "Signed by you · awaiting " + view.freelancerName()
                    : "Signed";
            case COUNTERSIGNED -> "Signed by both parties";
            case DECLINED -> "Declined";
            case VOIDED -> "Withdrawn";
            case CANCELLED -> "Signed, then cancelled";
            case EXPIRED -> "Offer expired";
            case DRAFT -> "Not sent";
        };
    }

    /** The contract exactly as the freelancer previewed it: the same fragment the PDF is made from. */
    private static Component document(ContractPortalView view) {
        Div card = PortalLayout.card(new Html(ContractRendering.forWebPage(view.html())));
        card.setId("contract-document");
        return card;
    }

    private Component signingPanel(ContractPortalView view) {
        H2 title = new H2("Sign this contract");
        title.getStyle().set("font-size", "var(--lumo-font-size-xl)").set("margin-top", "0");
        consent = new Checkbox(ConsentText.CURRENT.text());
        consent.setId("consent");
        consent.setManualValidation(true);
        consentError = new Span();
        consentError.setId("consent-error");
        consentError.getStyle().set("display", "block").set("color", "var(--lumo-error-text-color)")
                .set("font-size", "var(--lumo-font-size-s)").set("margin", "0 0 var(--lumo-space-s) var(--lumo-space-l)");
        consentError.setVisible(false);
        consent.addValueChangeListener(e -> {
            if (Boolean.TRUE.equals(e.getValue())) {
                consent.setInvalid(false);
                consentError.setVisible(false);
            }
        });
        fullName = new TextField("Type your full name");
        fullName.setId("full-name");
        fullName.setManualValidation(true);
        fullName.setMaxLength(SignContract.NAME_LENGTH);
        fullName.setAutocomplete(Autocomplete.NAME);
        fullName.setWidthFull();
        fullName.getStyle().set("max-width", "28rem");
        sign = new Button("Sign contract", e -> sign());
        sign.setId("sign");
        sign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        sign.setDisableOnClick(true);
        Button decline = new Button("Decline", e -> openDeclineDialog(view));
        decline.setId("decline");
        FlexLayout actions = new FlexLayout(sign, decline);
        actions.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        actions.getStyle().set("gap", "var(--lumo-space-m)").set("margin-top", "var(--lumo-space-m)");
        Paragraph copy = new Paragraph("After signing you can download the signed contract and its audit certificate.");
        copy.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        Div panel = PortalLayout.card(title, consent, consentError, fullName, actions, copy);
        panel.setId("signing-panel");
        return panel;
    }

    private void sign() {
        clearErrors();
        if (!limits.admitPage(token, this)) {
            return;
        }
        try {
            render(portal.sign(token, new SignContract(consent.getValue(), fullName.getValue()), PortalSignatureContext.ofCurrentRequest()));
        } catch (InvalidContract e) {
            showErrors(e.fieldErrors());
        } catch (ContractStateConflict e) {
            conflict(e);
        } catch (PortalLinkNotFound e) {
            showLinkNotFound(e.renewable());
        } finally {
            sign.setEnabled(true);
        }
    }

    private void clearErrors() {
        consent.setInvalid(false);
        consentError.setText("");
        consentError.setVisible(false);
        fullName.setInvalid(false);
        fullName.setErrorMessage(null);
    }

    private void showErrors(Map<String, String> errors) {
        errors.forEach((field, message) -> {
            switch (field) {
                case "consent" -> {
                    consent.setInvalid(true);
                    consentError.setText(message);
                    consentError.setVisible(true);
                }
                case "fullName" -> {
                    fullName.setErrorMessage(message);
                    fullName.setInvalid(true);
                }
                default -> error(message);
            }
        });
    }

    private void openDeclineDialog(ContractPortalView view) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Decline this contract?");
        dialog.setMaxWidth("32rem");
        Paragraph what = new Paragraph(view.freelancerName() + " will see that you declined, and your reason if you "
                + "give one. This link stops working once you decline.");
        TextArea reason = new TextArea("Reason (optional)");
        reason.setId("decline-reason");
        reason.setManualValidation(true);
        reason.setMaxLength(2000);
        reason.setWidthFull();
        dialog.add(what, reason);
        Button confirm = new Button("Decline contract");
        confirm.setId("decline-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.setDisableOnClick(true);
        confirm.addClickListener(e -> {
            if (!limits.admitPage(token, this)) {
                dialog.close();
                return;
            }
            try {
                ContractPortalView declined = portal.decline(token, reason.getValue(), PortalSignatureContext.ofCurrentRequest());
                dialog.close();
                render(declined);
            } catch (InvalidContract ex) {
                reason.setErrorMessage(ex.fieldErrors().getOrDefault("reason", ex.getMessage()));
                reason.setInvalid(true);
                confirm.setEnabled(true);
            } catch (ContractStateConflict ex) {
                dialog.close();
                conflict(ex);
            } catch (PortalLinkNotFound ex) {
                dialog.close();
                showLinkNotFound(ex.renewable());
            }
        });
        Button keep = new Button("Keep it open", e -> dialog.close());
        keep.setId("decline-cancel");
        dialog.getFooter().add(keep, confirm);
        dialog.open();
    }

    private static Component closedNotice(ContractPortalView view) {
        Contract contract = view.contract();
        String name = view.freelancerName();
        String text = switch (view.status()) {
            case DECLINED -> "You declined this contract" + on(contract.declinedAt()) + ". If you change your mind, ask "
                    + name + " to send it again.";
            case VOIDED -> name + " withdrew this contract" + on(contract.voidedAt()) + ", so it can no longer be signed.";
            case EXPIRED -> contract.expiresAt() == null ? "This offer expired; ask " + name + " to send it again."
                    : "This offer expired on " + DAY.format(contract.expiresAt()) + "; ask " + name
                    + " to send it again.";
            default -> "This contract is not open for signing.";
        };
        Paragraph message = new Paragraph(text);
        message.getStyle().set("margin", "0").set("font-weight", "500");
        Div notice = PortalLayout.notice(Tone.NEUTRAL, message);
        notice.setId("contract-closed");
        return notice;
    }

    private static String on(Instant when) {
        return when == null ? "" : " on " + DAY.format(when);
    }

    private void showLinkNotFound(boolean renewable) {
        removeAll();
        add(DeadLinkPanel.of(renewable, () -> {
            limits.checkPage(token);
            portal.renew(token);
        }, "this contract"));
    }

    private void conflict(ContractStateConflict e) {
        error(e.getMessage());
        load();
    }

    private static void error(String message) {
        Notification.show(message, 8000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
