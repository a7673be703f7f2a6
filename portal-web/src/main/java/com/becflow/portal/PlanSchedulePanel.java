package com.becflow.portal;

import static com.becflow.portal.PortalDays.DAY;

import com.becflow.invoicing.plans.InstallmentStatus;
import com.becflow.invoicing.plans.PlanAcceptance;
import com.becflow.invoicing.plans.PlanStatement;
import com.becflow.invoicing.plans.app.InstallmentPayments;
import com.becflow.invoicing.plans.app.PlanDetails;
import com.becflow.invoicing.plans.app.PlanPortal;
import com.becflow.shared.money.Money;
import com.becflow.shared.money.MoneyText;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * An accepted plan on the invoice's page: each installment with what is paid and left of it and where it stands; the
 * next installment, or everything still owed, paid online through the invoice's own checkout; and the agreement PDF.
 */
final class PlanSchedulePanel {

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMMM uuuu, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    /** Opens the checkout for an amount; says on {@code refused} why not, and enables {@code button} again. */
    interface Checkout {
        void pay(Money amount, Button button, Paragraph refused);
    }

    private PlanSchedulePanel() {
    }

    /**
     * @param payOnline whether the invoice can be paid online now (open, online payments on, no payment pending)
     */
    static Component of(String token, PlanDetails details, PlanPortal plans, boolean payOnline, Checkout checkout) {
        PlanStatement statement = details.statement();
        H2 title = new H2("Your payment plan");
        title.getStyle().set("font-size", "var(--lumo-font-size-xl)").set("margin-top", "0");
        Div panel = PortalLayout.card(title);
        panel.setId("plan-schedule-panel");
        details.acceptance().map(PlanSchedulePanel::accepted).ifPresent(panel::add);
        panel.add(InstallmentTable.schedule("plan-schedule", statement.installments()));
        Paragraph left = new Paragraph("Left to pay on the plan: " + MoneyText.of(statement.remaining().rounded())
                + (statement.outsidePlan().isPositive() ? "; plus " + MoneyText.of(statement.outsidePlan().rounded())
                + " owed outside it (late fees)" : ""));
        left.setId("plan-remaining");
        left.getStyle().set("font-weight", "500");
        panel.add(left);
        Optional<Money> next = InstallmentPayments.nextInstallment(statement);
        if (payOnline && next.isPresent()) {
            Money balance = statement.balance().rounded();
            Button payNext = new Button("Pay the next installment: " + MoneyText.of(next.get()));
            payNext.setId("pay-next-installment");
            payNext.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button payAll = new Button("Pay all that remains: " + MoneyText.of(balance));
            payAll.setId("pay-all-remaining");
            payAll.setVisible(balance.isMoreThan(next.get()));
            Paragraph refused = new Paragraph();
            refused.setId("plan-pay-refused");
            refused.getElement().setAttribute("role", "alert");
            refused.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "500").set("margin", "0");
            refused.setVisible(false);
            for (Button b : new Button[] {payNext, payAll}) {
                b.setDisableOnClick(true);
            }
            payNext.addClickListener(e -> checkout.pay(next.get(), payNext, refused));
            payAll.addClickListener(e -> checkout.pay(balance, payAll, refused));
            FlexLayout buttons = new FlexLayout(payNext, payAll);
            buttons.setFlexWrap(FlexLayout.FlexWrap.WRAP);
            buttons.setAlignItems(FlexComponent.Alignment.BASELINE);
            buttons.getStyle().set("gap", "var(--lumo-space-m)");
            panel.add(buttons, refused);
        }
        if (details.acceptance().isPresent()) {
            panel.add(PdfDownloadLink.of("download-plan-agreement", "Payment plan agreement (PDF)",
                    () -> plans.agreement(token).pdf(), "payment-plan-agreement.pdf"));
        }
        return panel;
    }

    /**
     * Where an invoice on an accepted plan stands, by its installments' due dates rather than its own: "Paying in
     * installments · EUR 750.00 still open, next EUR 250.00 due 3 January 2027"; empty once nothing is owed.
     */
    static Optional<String> statusLabel(PlanDetails details) {
        PlanStatement s = details.statement();
        if (!s.balance().isPositive()) {
            return Optional.empty();
        }
        boolean late = s.installments().stream().anyMatch(i -> i.status() == InstallmentStatus.OVERDUE);
        String next = s.installments().stream().filter(i -> i.remaining().isPositive()).findFirst()
                .map(i -> ", next " + MoneyText.of(i.remaining().rounded()) + " due " + DAY.format(i.dueDate()))
                .orElse("");
        return Optional.of((late ? "An installment is overdue · " : "Paying in installments · ")
                + MoneyText.of(s.balance().rounded()) + " still open" + next);
    }

    private static Paragraph accepted(PlanAcceptance acceptance) {
        Paragraph accepted = new Paragraph("You accepted this plan on " + MOMENT.format(acceptance.acceptedAt())
                + ". Payments count toward the installments in due-date order.");
        accepted.setId("plan-accepted-at");
        accepted.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin-top", "0");
        return accepted;
    }
}
