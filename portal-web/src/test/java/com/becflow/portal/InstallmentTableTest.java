package com.becflow.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.becflow.invoicing.plans.Installment;
import com.becflow.invoicing.plans.InstallmentStatus;
import com.becflow.shared.money.Money;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.html.Div;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An accepted plan's schedule as the portal shows it: a row per installment, which fits a phone. */
class InstallmentTableTest {

    private static final LocalDate DUE = LocalDate.of(2027, 3, 12);

    @Test
    void eachInstallmentIsARowAndOnePaidInPartSaysWhatIsPaidAndLeft() {
        Div schedule = InstallmentTable.schedule("plan-schedule", List.of(
                installment(1, "300.00", "100.00", InstallmentStatus.PARTIALLY_PAID),
                installment(2, "300.00", "0.00", InstallmentStatus.DUE)));

        List<Component> rows = schedule.getChildren().toList();
        assertThat(rows).hasSize(2);
        assertThat(texts(rows.get(0))).containsExactly("1. Fri 12 Mar 2027", "EUR 100.00 paid, EUR 200.00 left",
                "EUR 300.00", "Partly paid");
        assertThat(texts(rows.get(1))).containsExactly("2. Fri 12 Mar 2027", "EUR 300.00", "Due");
    }

    @Test
    void anInstallmentPaidInFullShowsItsAmountAndPaidAlone() {
        Div schedule = InstallmentTable.schedule("plan-schedule", List.of(
                installment(1, "300.00", "300.00", InstallmentStatus.PAID)));

        assertThat(texts(schedule.getChildren().findFirst().orElseThrow()))
                .containsExactly("1. Fri 12 Mar 2027", "EUR 300.00", "Paid");
    }

    /** The texts of a row's leaves, in order. */
    private static List<String> texts(Component component) {
        List<Component> children = component.getChildren().toList();
        if (children.isEmpty()) {
            return component instanceof HasText text ? List.of(text.getText()) : List.of();
        }
        return children.stream().flatMap(c -> texts(c).stream()).toList();
    }

    private static Installment installment(int number, String amount, String paid, InstallmentStatus status) {
        Money whole = Money.of(amount, "EUR");
        Money settled = Money.of(paid, "EUR");
        return new Installment(number, DUE, whole, settled, whole.minus(settled), status);
    }
}
