package com.becflow.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.becflow.invoicing.InvoiceId;
import com.becflow.invoicing.plans.Autopay;
import com.becflow.invoicing.plans.AutopayCharge;
import com.becflow.invoicing.plans.AutopayChargeStatus;
import com.becflow.invoicing.plans.PlanId;
import com.becflow.shared.money.Money;
import com.becflow.invoicing.plans.AutopayStatus;
import com.becflow.invoicing.plans.Installment;
import com.becflow.invoicing.plans.InstallmentStatus;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The autopay panel without a browser: what it says of each state, and which buttons it offers. */
class AutopayPanelTest {

    private static final InvoiceId INVOICE = new InvoiceId(UUID.randomUUID());
    private static final Instant NOW = Instant.parse("2027-01-10T10:00:00Z");
    private static final Autopay.SavedCard VISA = new Autopay.SavedCard("cus_1", "pm_1", "visa •••• 4242");

    private final List<String> clicked = new ArrayList<>();
    private final AutopayPanel.Actions actions = new AutopayPanel.Actions() {
        @Override
        public void saveCard(Button button, Paragraph refused) {
            clicked.add("save");
        }

        @Override
        public void turnOff(Button button, Paragraph refused) {
            clicked.add("off");
        }
    };

    @Test
    void withoutAutopayTheClientIsOfferedToSaveACardAndNothingToTurnOff() {
        Component panel = AutopayPanel.of(Optional.empty(), true, actions);

        ((Button) find(panel, "save-autopay-card").orElseThrow()).click();

        assertThat(find(panel, "save-autopay-card").map(c -> ((Button) c).getText()))
                .hasValue("Save a card for automatic payments");
        assertThat(find(panel, "turn-off-autopay")).isEmpty();
        assertThat(clicked).containsExactly("save");
    }

    @Test
    void autopayThatIsOnNamesTheCardAndCanBeTurnedOff() {
        Autopay on = Autopay.settingUp(INVOICE, "cs_1", null, NOW).saved(VISA, NOW);
        Component panel = AutopayPanel.of(Optional.of(on), true, actions);

        ((Button) find(panel, "turn-off-autopay").orElseThrow()).click();

        assertThat(text(panel, "autopay-status")).contains("Autopay is on", "visa •••• 4242");
        assertThat(find(panel, "save-autopay-card").map(c -> ((Button) c).getText())).hasValue("Use another card");
        assertThat(clicked).containsExactly("off");
    }

    @Test
    void autopayThatIsOnSaysWhatItChargesNextAndWhen() {
        Autopay on = Autopay.settingUp(INVOICE, "cs_1", null, NOW).saved(VISA, NOW);
        Installment second = new Installment(2, LocalDate.of(2027, 2, 10), Money.of("250.00", "EUR"),
                Money.of("0.00", "EUR"), Money.of("250.00", "EUR"), InstallmentStatus.DUE);

        Component panel = AutopayPanel.of(Optional.of(on), Optional.empty(), Optional.of(second), true, actions);
        Component off = AutopayPanel.of(Optional.of(on.turnedOff("Turned off by the client", NOW)), Optional.empty(),
                Optional.of(second), true, actions);

        assertThat(text(panel, "autopay-status")).endsWith("on its due date. The next: EUR 250.00 on 10 February 2027.");
        assertThat(text(off, "autopay-status")).as("nothing is charged while off").doesNotContain("The next");
    }

    @Test
    void aChargeThatNeedsTheClientSaysWhyAndAsksForTheCardAgain() {
        Autopay waiting = Autopay.settingUp(INVOICE, "cs_1", null, NOW).saved(VISA, NOW)
                .needsClient("Your card was declined. This transaction requires authentication.", NOW);

        Component panel = AutopayPanel.of(Optional.of(waiting), true, actions);

        assertThat(waiting.status()).isEqualTo(AutopayStatus.NEEDS_CLIENT);
        assertThat(text(panel, "autopay-status")).contains("needs you", "requires authentication", "save your card again");
        assertThat(find(panel, "save-autopay-card")).isPresent();
    }

    @Test
    void aBankDebitOnItsWaySaysSoBesideTheAccountItComesFrom() {
        Autopay.SavedCard account = new Autopay.SavedCard("cus_1", "pm_2", "SEPA Direct Debit •••• 3000");
        Autopay on = Autopay.settingUp(INVOICE, "cs_1", null, NOW).saved(account, NOW);
        AutopayCharge debit = AutopayCharge.asked(INVOICE, new PlanId(UUID.randomUUID()), 2, 1, account,
                Money.of("250.00", "EUR"), LocalDate.of(2027, 1, 10), NOW).answered(AutopayChargeStatus.PROCESSING,
                "pi_1", null);

        Component panel = AutopayPanel.of(Optional.of(on), Optional.of(debit), true, actions);
        Component quiet = AutopayPanel.of(Optional.of(on), Optional.empty(), true, actions);

        assertThat(text(panel, "autopay-status")).contains("SEPA Direct Debit •••• 3000");
        assertThat(text(panel, "autopay-debit")).isEqualTo("A bank debit of EUR 250.00 for installment 2 is on its way"
                + " from your account. Banks take a few days to confirm it; you don't need to pay it again.");
        assertThat(find(quiet, "autopay-debit")).isEmpty();
        assertThat(InstallmentTable.label(InstallmentStatus.ON_ITS_WAY)).as("the schedule's word for that installment")
                .isEqualTo("Debit on its way");
    }

    @Test
    void withoutOnlinePaymentsNoCardCanBeSaved() {
        Component panel = AutopayPanel.of(Optional.empty(), false, actions);

        assertThat(find(panel, "save-autopay-card")).isEmpty();
    }

    private static String text(Component root, String id) {
        return find(root, id).orElseThrow().getElement().getText();
    }

    private static Optional<Component> find(Component root, String id) {
        if (root.getId().filter(id::equals).isPresent()) {
            return Optional.of(root);
        }
        return root.getChildren().map(c -> find(c, id)).flatMap(Optional::stream).findFirst();
    }
}
