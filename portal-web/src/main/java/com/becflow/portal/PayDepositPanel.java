package com.becflow.portal;

import com.becflow.invoicing.app.DepositPayment;
import com.becflow.invoicing.app.DepositPayment.DepositDue;
import com.becflow.invoicing.app.OnlinePayments;
import com.becflow.invoicing.payments.PaymentOutcomeUnknown;
import com.becflow.shared.error.DomainException;
import com.becflow.shared.money.MoneyText;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Optional;

/**
 * "Pay the deposit now", under the confirmation of a signature whose contract asks for a deposit: one click opens
 * the deposit invoice's checkout, so signing and paying are one flow. The deposit invoice is mailed all the same;
 * this only saves the client the trip to their mailbox.
 */
final class PayDepositPanel {

    private final String contractToken;
    private final DepositPayment deposits;
    private final OnlinePayments payments;
    private final PortalLimits limits;
    private final HasComponents page;
    /** The deposit invoice's link made for this page: the checkout comes back to it, and a second click reuses it. */
    private String invoiceToken;

    private PayDepositPanel(String contractToken, DepositPayment deposits, OnlinePayments payments, PortalLimits limits,
                            HasComponents page) {
        this.contractToken = contractToken;
        this.deposits = deposits;
        this.payments = payments;
        this.limits = limits;
        this.page = page;
    }

    /** The panel for the signed contract behind a link, if it has a deposit the client can pay online now. */
    static Optional<Component> forSigned(String contractToken, DepositPayment deposits, OnlinePayments payments,
                                         PortalLimits limits, HasComponents page) {
        Optional<DepositDue> due;
        try {
            due = deposits.due(contractToken);
        } catch (PortalLinkNotFound e) {
            return Optional.empty();
        }
        return due.map(d -> new PayDepositPanel(contractToken, deposits, payments, limits, page).panel(d));
    }

    private Component panel(DepositDue due) {
        H2 title = new H2("Deposit: " + MoneyText.of(due.balance()));
        title.getStyle().set("font-size", "var(--lumo-font-size-xl)").set("margin-top", "0");
        Paragraph why = new Paragraph("This contract asks for a deposit. Pay it now, by card or bank debit on Stripe's "
                + "secure payment page; you come back to your receipt afterwards. The deposit invoice (" + due.invoiceNumber()
                + ") is also in your email, if you would rather pay later.");
        why.getStyle().set("margin", "0 0 var(--lumo-space-s) 0");
        Button pay = new Button("Pay the deposit now");
        pay.setId("pay-deposit");
        pay.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        pay.setDisableOnClick(true);
        Paragraph refused = new Paragraph();
        refused.setId("pay-deposit-refused");
        refused.getElement().setAttribute("role", "alert");
        refused.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "500").set("margin", "0");
        refused.setVisible(false);
        pay.addClickListener(e -> pay(pay, refused));
        Div panel = PortalLayout.card(title, why, pay, refused);
        if (payments.testMode()) {
            pay.getElement().setAttribute("aria-describedby", "pay-test-mode");
            panel.add(PayPanelParts.testModeNote());
        }
        panel.setId("deposit-panel");
        return panel;
    }

    private void pay(Button pay, Paragraph refused) {
        refused.setVisible(false);
        if (!limits.admitPage(contractToken, page)) {
            return;
        }
        try {
            if (invoiceToken == null) {
                invoiceToken = deposits.invoiceLink(contractToken);
            }
            UI.getCurrent().getPage().setLocation(payments.checkout(invoiceToken, null));
        } catch (PortalLinkNotFound e) {
            refuse(pay, refused, "The deposit cannot be paid from here any more. The deposit invoice in your email "
                    + "shows where it stands.");
        } catch (DomainException | PaymentOutcomeUnknown e) {
            refuse(pay, refused, e.getMessage());
        }
    }

    private static void refuse(Button pay, Paragraph refused, String why) {
        refused.setText(why);
        refused.setVisible(true);
        pay.setEnabled(true);
    }
}
