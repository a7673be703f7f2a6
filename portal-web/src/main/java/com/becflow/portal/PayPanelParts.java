package com.becflow.portal;

import static com.becflow.portal.PortalDays.DAY;

import com.becflow.invoicing.app.InvoicePortalView;
import com.becflow.shared.money.Money;
import com.becflow.shared.money.MoneyText;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;

/** Pieces of the invoice page's pay panel: what is owed and why, and the notes beside the pay button. */
final class PayPanelParts {

    private PayPanelParts() {
    }

    /**
     * What is still to pay: the balance, less what the client disputes (said apart), the late fees it includes, and
     * the early-payment price while it lasts.
     */
    static void owed(Div panel, InvoicePortalView view) {
        Money balance = view.ledger().balance().rounded();
        Paragraph owed = new Paragraph("Still to pay: " + MoneyText.of(view.payableNow()));
        owed.setId("invoice-balance");
        owed.getStyle().set("font-weight", "600").set("font-size", "var(--lumo-font-size-l)").set("margin", "0");
        panel.add(owed);
        if (view.disputed().isPositive()) {
            Paragraph disputed = new Paragraph("The " + MoneyText.of(view.disputed().rounded()) + " you dispute is not"
                    + " asked for until " + view.freelancerName() + " answers; you may pay it too if you wish.");
            disputed.setId("invoice-disputed");
            panel.add(disputed);
        }
        if (view.ledger().lateFees().isPositive()) {
            Paragraph fees = new Paragraph("This includes late fees of " + MoneyText.of(view.ledger().lateFees().rounded())
                    + " under the late-fee clause of your signed contract, on top of the invoice's total of "
                    + MoneyText.of(view.ledger().total().rounded()) + ".");
            fees.setId("invoice-late-fees");
            panel.add(fees);
        }
        view.earlyPayment().ifPresent(offer -> {
            Paragraph early = new Paragraph("Pay " + MoneyText.of(offer.price()) + " by " + DAY.format(offer.lastDay())
                    + " and save " + MoneyText.of(offer.discount()) + ": the early-payment discount of your signed "
                    + "contract. From the next day the full " + MoneyText.of(balance) + " is due.");
            early.setId("early-payment-offer");
            early.getStyle().set("color", "var(--lumo-success-text-color)").set("font-weight", "500");
            panel.add(early);
        });
    }

    /** What the pay button offers first: the early-payment price while it lasts, else what is not disputed. */
    static Money payNow(InvoicePortalView view) {
        Money due = view.payableNow();
        return view.earlyPayment().map(o -> o.price()).filter(due::isMoreThan).orElse(due);
    }

    /** Online payments take test cards only here: said beside the button, so nobody believes they paid for real. */
    static Component testModeNote() {
        Span badge = new Span("Test mode");
        badge.getElement().getThemeList().add("badge contrast");
        Paragraph note = new Paragraph(badge, new Span(" No real money moves: pay with a test card such as 4242 4242 "
                + "4242 4242."));
        note.setId("pay-test-mode");
        note.getStyle().set("font-size", "var(--lumo-font-size-s)").set("margin", "0");
        return note;
    }

    static boolean bankDebit(Money balance) {
        return List.of("EUR", "USD", "GBP", "AUD").contains(balance.currency().getCurrencyCode());
    }
}
