package com.becflow.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.becflow.invoicing.plans.Installment;
import com.becflow.invoicing.plans.InstallmentStatus;
import com.becflow.shared.money.Money;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.grid.Grid;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An accepted plan's schedule as the portal shows it: four columns that fit a phone. */
class InstallmentTableTest {

    private static final LocalDate DUE = LocalDate.of(2027, 3, 12);

    @Test
    void theScheduleHasFourColumnsAndAnInstallmentPaidInPartSaysWhatIsPaidAndLeftUnderItsAmount() {
        Installment partly = installment("300.00", "100.00", InstallmentStatus.PARTIALLY_PAID);

        Grid<Installment> schedule = InstallmentTable.schedule("plan-schedule", List.of(partly));

        assertThat(schedule.getColumns()).hasSize(4);
        assertThat(texts(InstallmentTable.amount(partly)))
                .containsExactly("EUR 300.00", "EUR 100.00 paid, EUR 200.00 left");
    }

    @Test
    void anInstallmentPaidInFullOrNotAtAllShowsItsAmountAlone() {
        assertThat(texts(InstallmentTable.amount(installment("300.00", "300.00", InstallmentStatus.PAID))))
                .containsExactly("EUR 300.00");
        assertThat(texts(InstallmentTable.amount(installment("300.00", "0.00", InstallmentStatus.DUE))))
                .containsExactly("EUR 300.00");
    }

    private static List<String> texts(Component cell) {
        return cell.getChildren().map(c -> ((HasText) c).getText()).toList();
    }

    private static Installment installment(String amount, String paid, InstallmentStatus status) {
        Money whole = Money.of(amount, "EUR");
        Money settled = Money.of(paid, "EUR");
        return new Installment(1, DUE, whole, settled, whole.minus(settled), status);
    }
}
