package com.becflow.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.becflow.invoicing.InvoiceId;
import com.becflow.invoicing.plans.AutopayStatus;
import com.becflow.invoicing.plans.Installment;
import com.becflow.invoicing.plans.InstallmentStatus;
import com.becflow.invoicing.plans.PlanStatus;
import com.becflow.portal.home.ClientOverview;
import com.becflow.portal.home.PlanEntry;
import com.becflow.portal.home.SavedMethodEntry;
import com.becflow.shared.money.Money;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.button.Button;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The client's payment plans on their home, without a browser: each plan's rows in the client's words, the saved
 * methods with what they pay, and neither section for a client without a plan.
 */
class HomePlanSectionsTest {

    private static final LocalDate MARCH = LocalDate.of(2027, 3, 12);
    private static final InvoiceId INVOICE = InvoiceId.newId();

    private final List<InvoiceId> opened = new ArrayList<>();

    @Test
    void aPlanSaysWhereItStandsWhatIsPaidOfItsTotalAndItsNextInstallments() {
        PlanEntry plan = plan(AutopayStatus.ON, "visa •••• 4242",
                installment(1, MARCH, "300.00", "300.00", InstallmentStatus.PAID),
                installment(2, MARCH.plusMonths(1), "300.00", "100.00", InstallmentStatus.OVERDUE),
                installment(3, MARCH.plusMonths(2), "300.00", "0.00", InstallmentStatus.ON_ITS_WAY));

        assertThat(HomePlanSections.summary(plan))
                .isEqualTo("An installment is overdue · EUR 400.00 of EUR 900.00 paid");
        assertThat(HomePlanSections.autopay(plan)).hasValue("Autopay on: charged to your visa •••• 4242 on each due date");
        assertThat(plan.upcoming()).extracting(HomePlanSections::installment).containsExactly(
                "12 April 2027 · EUR 200.00 of EUR 300.00 · Overdue",
                "12 May 2027 · EUR 300.00 · Debit on its way");
    }

    @Test
    void aProposedPlanSaysSoAndNothingOfAutopayAndAPlanPaidByHandSaysThat() {
        PlanEntry proposed = new PlanEntry(INVOICE, "INV-7", PlanStatus.PROPOSED, Money.of("0.00", "EUR"),
                Money.of("600.00", "EUR"), List.of(installment(1, MARCH, "600.00", "0.00", InstallmentStatus.DUE)),
                AutopayStatus.OFF, null);
        PlanEntry byHand = plan(AutopayStatus.OFF, null, installment(1, MARCH, "300.00", "0.00", InstallmentStatus.DUE));

        assertThat(HomePlanSections.summary(proposed)).isEqualTo("Proposed to you, not accepted yet · EUR 0.00 of"
                + " EUR 600.00 paid");
        assertThat(HomePlanSections.autopay(proposed)).isEmpty();
        assertThat(HomePlanSections.autopay(byHand)).hasValue("Autopay off: you pay each installment yourself");
    }

    @Test
    void aClientWithoutAPlanSeesNeitherSection() {
        assertThat(HomePlanSections.of(overview(List.of()), opened::add)).isEmpty();
    }

    @Test
    void thePlanShowsItsNextThreeInstallmentsAndTheSavedMethodOpensTheInvoiceWhereAutopayIsTurnedOff() {
        PlanEntry plan = plan(AutopayStatus.ON, "SEPA Direct Debit •••• 3000",
                installment(1, MARCH, "100.00", "0.00", InstallmentStatus.ON_ITS_WAY),
                installment(2, MARCH.plusMonths(1), "100.00", "0.00", InstallmentStatus.DUE),
                installment(3, MARCH.plusMonths(2), "100.00", "0.00", InstallmentStatus.DUE),
                installment(4, MARCH.plusMonths(3), "100.00", "0.00", InstallmentStatus.DUE),
                installment(5, MARCH.plusMonths(4), "100.00", "0.00", InstallmentStatus.DUE));

        List<Component> sections = HomePlanSections.of(overview(List.of(plan)), opened::add);

        assertThat(sections).extracting(c -> c.getId().orElse("")).containsExactly("home-plans", "home-saved-methods");
        assertThat(descendants(sections.get(0)).filter(c -> c.hasClassName("home-installment")).count())
                .isEqualTo(HomePlanSections.UPCOMING_SHOWN);
        assertThat(text(sections.get(0))).contains("Invoice INV-7 in installments", "and 2 more");
        assertThat(text(sections.get(1))).contains("SEPA Direct Debit •••• 3000",
                "Pays the installments of invoice INV-7. To stop it, open the invoice and turn autopay off.");
        Button manage = (Button) descendants(sections.get(1)).filter(Button.class::isInstance).findFirst().orElseThrow();
        assertThat(manage.getElement().getAttribute("aria-label")).isEqualTo("Manage autopay on INV-7");
        manage.click();
        assertThat(opened).containsExactly(INVOICE);
    }

    @Test
    void aMethodPayingTwoPlansNamesBoth() {
        SavedMethodEntry both = new SavedMethodEntry("visa •••• 4242", List.of(
                new SavedMethodEntry.PaidPlan(INVOICE, "INV-7"), new SavedMethodEntry.PaidPlan(InvoiceId.newId(), "INV-9")));

        assertThat(HomePlanSections.pays(both)).startsWith("Pays the installments of invoices INV-7 and INV-9.");
    }

    private static PlanEntry plan(AutopayStatus autopay, String method, Installment... installments) {
        Money paid = Money.zero(installments[0].amount().currency());
        Money total = paid;
        for (Installment i : installments) {
            paid = paid.plus(i.paid());
            total = total.plus(i.amount());
        }
        return new PlanEntry(INVOICE, "INV-7", PlanStatus.ACCEPTED, paid, total, List.of(installments), autopay, method);
    }

    private static Installment installment(int number, LocalDate due, String amount, String paid,
                                           InstallmentStatus status) {
        Money whole = Money.of(amount, "EUR");
        Money settled = Money.of(paid, "EUR");
        return new Installment(number, due, whole, settled, whole.minus(settled), status);
    }

    private static ClientOverview overview(List<PlanEntry> plans) {
        return new ClientOverview("Pat Payer", ZoneId.of("Europe/Berlin"), "Home Studio", "studio@example.test",
                "home-studio", List.of(), List.of(), List.of(), List.of(), plans, SavedMethodEntry.of(plans));
    }

    private static Stream<Component> descendants(Component c) {
        return Stream.concat(Stream.of(c), c.getChildren().flatMap(HomePlanSectionsTest::descendants));
    }

    private static String text(Component c) {
        return c.getElement().getTextRecursively();
    }
}
