package com.becflow.portal;

import static com.becflow.portal.PortalDays.DAY;

import com.becflow.invoicing.plans.Autopay;
import com.becflow.invoicing.plans.AutopayCharge;
import com.becflow.invoicing.plans.AutopayStatus;
import com.becflow.invoicing.plans.Installment;
import com.becflow.invoicing.plans.app.AutopaySetup;
import com.becflow.shared.money.MoneyText;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import java.util.Optional;

/**
 * Autopay of an accepted plan on the invoice's page: where it stands (charging from which card, stopped and why, or
 * waiting for the client), a button to save a card on the payment provider's page, and one to turn autopay off.
 */
final class AutopayPanel {

    /** What the buttons do; each says on {@code refused} why not, and enables {@code button} again. */
    interface Actions {
        void saveCard(Button button, Paragraph refused);

        void turnOff(Button button, Paragraph refused);
    }

    private AutopayPanel() {
    }

    /** @param online whether cards can be saved now (the freelancer takes online payments, the invoice is open) */
    static Component of(Optional<Autopay> autopay, boolean online, Actions actions) {
        return of(autopay, Optional.empty(), online, actions);
    }

    /** @param debit a bank debit autopay asked for that is on its way, if one is */
    static Component of(Optional<Autopay> autopay, Optional<AutopayCharge> debit, boolean online, Actions actions) {
        return of(autopay, debit, Optional.empty(), online, actions);
    }

    /** @param next the installment autopay charges next, not yet due, if one is */
    static Component of(Optional<Autopay> autopay, Optional<AutopayCharge> debit, Optional<Installment> next,
                        boolean online, Actions actions) {
        H2 title = new H2("Automatic payments");
        title.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin-top", "0");
        Div panel = PortalLayout.card(title);
        panel.setId("autopay-panel");
        AutopayStatus status = autopay.map(Autopay::status).orElse(AutopayStatus.OFF);
        Paragraph state = new Paragraph(describe(autopay) + next.filter(i -> status == AutopayStatus.ON)
                .map(i -> " The next: " + MoneyText.of(i.remaining().rounded()) + " on " + DAY.format(i.dueDate()) + ".")
                .orElse(""));
        state.setId("autopay-status");
        panel.add(state);
        debit.ifPresent(d -> {
            Paragraph onItsWay = new Paragraph("A bank debit of " + MoneyText.of(d.amount().rounded())
                    + " for installment " + d.installment() + " is on its way from your account. Banks take a few days"
                    + " to confirm it; you don't need to pay it again.");
            onItsWay.setId("autopay-debit");
            onItsWay.getStyle().set("font-weight", "500");
            panel.add(onItsWay);
        });
        Paragraph refused = new Paragraph();
        refused.setId("autopay-refused");
        refused.getElement().setAttribute("role", "alert");
        refused.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "500").set("margin", "0");
        refused.setVisible(false);
        FlexLayout buttons = new FlexLayout();
        buttons.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        buttons.setAlignItems(FlexComponent.Alignment.BASELINE);
        buttons.getStyle().set("gap", "var(--lumo-space-m)");
        if (online) {
            Button save = new Button(status == AutopayStatus.ON ? "Use another card" : "Save a card for automatic payments");
            save.setId("save-autopay-card");
            if (status != AutopayStatus.ON) {
                save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            save.setDisableOnClick(true);
            save.addClickListener(e -> actions.saveCard(save, refused));
            buttons.add(save);
        }
        if (status != AutopayStatus.OFF) {
            Button off = new Button("Turn off autopay");
            off.setId("turn-off-autopay");
            off.setDisableOnClick(true);
            off.addClickListener(e -> actions.turnOff(off, refused));
            buttons.add(off);
        }
        panel.add(buttons, refused);
        return panel;
    }

    static String describe(Optional<Autopay> autopay) {
        if (autopay.isEmpty()) {
            return "Save a card and each installment is charged to it on its due date. You can turn this off at any time.";
        }
        Autopay a = autopay.get();
        String card = a.method() == null ? "" : a.method().label();
        return switch (a.status()) {
            case ON -> "Autopay is on: each installment is charged to your " + card + " on its due date.";
            case NEEDS_CLIENT -> "Your last automatic payment needs you" + (a.reason() == null ? "" : ": " + a.reason())
                    + ". Pay the installment, or save your card again.";
            case SETTING_UP -> "You have not saved a card yet; nothing is charged automatically.";
            case OFF -> "Autopay is off" + (a.reason() == null ? "" : ": " + a.reason()) + ".";
        };
    }
}
