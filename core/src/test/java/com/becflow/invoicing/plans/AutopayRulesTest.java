package com.becflow.invoicing.plans;

import static com.becflow.invoicing.plans.InstallmentAllocationTest.EUR;
import static com.becflow.invoicing.plans.InstallmentAllocationTest.NOW;
import static com.becflow.invoicing.plans.InstallmentAllocationTest.TODAY;
import static com.becflow.invoicing.plans.InstallmentAllocationTest.fourMonthly;
import static com.becflow.invoicing.plans.InstallmentAllocationTest.issuedInvoice;
import static org.assertj.core.api.Assertions.assertThat;

import com.becflow.invoicing.Invoice;
import com.becflow.shared.money.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Autopay charges the first unsettled installment from its due date on, once, and retries declines on a schedule. */
class AutopayRulesTest {

    private static final String CARD = "pm_card";

    private final Invoice invoice = issuedInvoice("1000.00");
    private final PaymentPlan plan = fourMonthly(invoice);
    private final List<AutopayCharge> charges = new ArrayList<>();

    @Test
    void nothingIsChargedBeforeTheFirstDueDateAndTheWaitEndsOnIt() {
        AutopayRules.Step step = next(TODAY.minusDays(1));

        assertThat(step).isEqualTo(new AutopayRules.Wait(Optional.of(TODAY)));
    }

    @Test
    void onItsDueDateTheFirstInstallmentIsChargedWhatIsUnpaidOfIt() {
        invoice.receivePayment(Money.of("100.00", EUR), NOW);

        assertThat(next(TODAY)).isEqualTo(new AutopayRules.Charge(1, 1, Money.of("150.00", EUR)));
    }

    @Test
    void aChargeWithoutAStoredAnswerIsAskedAgainWithItsKeyNotMadeAnew() {
        AutopayCharge asked = charge(1, 1, AutopayChargeStatus.CHARGING, TODAY);

        AutopayRules.Step step = next(TODAY.plusDays(40));

        assertThat(step).isEqualTo(new AutopayRules.AskAgain(asked));
        assertThat(asked.idempotencyKey()).isEqualTo("becflow-autopay-" + plan.id() + "-1-1");
    }

    @Test
    void aPaidInstallmentIsNotChargedAgainAndTheNextWaitsForItsOwnDate() {
        charge(1, 1, AutopayChargeStatus.SUCCEEDED, TODAY);
        invoice.receivePayment(Money.of("250.00", EUR), NOW);

        assertThat(next(TODAY.plusDays(3))).isEqualTo(new AutopayRules.Wait(Optional.of(TODAY.plusMonths(1))));
        assertThat(next(TODAY.plusMonths(1))).isEqualTo(new AutopayRules.Charge(2, 1, Money.of("250.00", EUR)));
    }

    @Test
    void anInstallmentChargedOnceIsNeverChargedAgainByAutopayEvenIfItsMoneyWentBack() {
        charge(1, 1, AutopayChargeStatus.SUCCEEDED, TODAY);

        assertThat(next(TODAY.plusDays(10))).isEqualTo(new AutopayRules.Wait(Optional.empty()));
    }

    @Test
    void laterInstallmentsWaitWhileAnEarlierOneIsUnpaid() {
        charge(1, 1, AutopayChargeStatus.DECLINED, TODAY);

        assertThat(next(TODAY.plusMonths(1))).isEqualTo(new AutopayRules.Charge(1, 2, Money.of("250.00", EUR)));
    }

    @Test
    void declinesAreRetriedAfterOneThreeAndSevenDaysThenAutopayStops() {
        charge(1, 1, AutopayChargeStatus.DECLINED, TODAY);
        assertThat(next(TODAY)).isEqualTo(new AutopayRules.Wait(Optional.of(TODAY.plusDays(1))));
        assertThat(next(TODAY.plusDays(1))).isEqualTo(new AutopayRules.Charge(1, 2, Money.of("250.00", EUR)));

        charge(1, 2, AutopayChargeStatus.DECLINED, TODAY.plusDays(1));
        assertThat(next(TODAY.plusDays(3))).isEqualTo(new AutopayRules.Wait(Optional.of(TODAY.plusDays(4))));
        assertThat(next(TODAY.plusDays(4))).isEqualTo(new AutopayRules.Charge(1, 3, Money.of("250.00", EUR)));

        charge(1, 3, AutopayChargeStatus.DECLINED, TODAY.plusDays(4));
        assertThat(next(TODAY.plusDays(10))).isEqualTo(new AutopayRules.Wait(Optional.of(TODAY.plusDays(11))));
        assertThat(next(TODAY.plusDays(11))).isEqualTo(new AutopayRules.Charge(1, 4, Money.of("250.00", EUR)));

        charge(1, 4, AutopayChargeStatus.DECLINED, TODAY.plusDays(11));
        assertThat(next(TODAY.plusDays(11))).isInstanceOf(AutopayRules.Stop.class)
                .extracting(s -> ((AutopayRules.Stop) s).installment()).isEqualTo(1);
    }

    @Test
    void aChargeThatNeedsTheClientWaitsForANewMethodWhichIsChargedAtOnceWithFreshRetries() {
        charge(1, 1, AutopayChargeStatus.DECLINED, TODAY);
        charge(1, 2, AutopayChargeStatus.NEEDS_CLIENT, TODAY.plusDays(1));

        assertThat(next(TODAY.plusDays(5))).isEqualTo(new AutopayRules.Wait(Optional.empty()));
        assertThat(AutopayRules.next(statement(TODAY.plusDays(5)), "pm_new_card", charges, TODAY.plusDays(5)))
                .isEqualTo(new AutopayRules.Charge(1, 3, Money.of("250.00", EUR)));
    }

    @Test
    void aBankDebitOnItsWayIsLookedUpOnceADayAndNothingMoreIsChargedMeanwhile() {
        AutopayCharge debit = charge(1, 1, AutopayChargeStatus.PROCESSING, TODAY);

        assertThat(next(TODAY)).as("asked today").isEqualTo(new AutopayRules.Wait(Optional.of(TODAY.plusDays(1))));
        assertThat(next(TODAY.plusMonths(1))).as("not the next installment either")
                .isEqualTo(new AutopayRules.LookUp(debit));
        charges.set(0, debit.stillOnItsWay(TODAY.plusDays(2)));
        assertThat(next(TODAY.plusDays(2))).as("looked up today").isEqualTo(new AutopayRules.Wait(Optional.of(TODAY.plusDays(3))));
        assertThat(next(TODAY.plusDays(3))).isEqualTo(new AutopayRules.LookUp(charges.get(0)));
    }

    @Test
    void whateverBecameOfThePlanAnUnansweredChargeComesBeforeADebitOnItsWay() {
        AutopayCharge debit = charge(1, 1, AutopayChargeStatus.PROCESSING, TODAY);
        assertThat(AutopayRules.settling(charges, TODAY.plusDays(1))).hasValue(new AutopayRules.LookUp(debit));
        AutopayCharge unanswered = charge(2, 1, AutopayChargeStatus.CHARGING, TODAY.plusMonths(1));

        assertThat(AutopayRules.settling(charges, TODAY.plusDays(1))).hasValue(new AutopayRules.AskAgain(unanswered));
        assertThat(AutopayRules.settling(List.of(), TODAY)).isEmpty();
    }

    @Test
    void theClientIsToldThreeDaysAheadOfEachInstallmentOnceAndThenItIsChargedOnItsDay() {
        charge(1, 1, AutopayChargeStatus.SUCCEEDED, TODAY);
        invoice.receivePayment(Money.of("300.00", EUR), NOW);
        LocalDate second = TODAY.plusMonths(1);

        assertThat(noticed(TODAY.plusDays(1), Set.of())).isEqualTo(new AutopayRules.Wait(Optional.of(second.minusDays(3))));
        assertThat(noticed(second.minusDays(3), Set.of()))
                .as("what is still unpaid of it").isEqualTo(new AutopayRules.Notify(2, second, Money.of("200.00", EUR)));
        assertThat(noticed(second.minusDays(1), Set.of()))
                .as("a notice missed on its day goes out late, before the charge").isInstanceOf(AutopayRules.Notify.class);
        assertThat(noticed(second.minusDays(3), Set.of(2))).isEqualTo(new AutopayRules.Wait(Optional.of(second)));
        assertThat(noticed(second, Set.of())).as("on its day it is charged, not announced")
                .isEqualTo(new AutopayRules.Charge(2, 1, Money.of("200.00", EUR)));
    }

    @Test
    void aRetryIsNotAnnouncedAgainAndNothingIsAnnouncedWhileSomethingElseWaits() {
        charge(1, 1, AutopayChargeStatus.DECLINED, TODAY);

        assertThat(noticed(TODAY, Set.of())).as("the decline notice names the retry's day")
                .isEqualTo(new AutopayRules.Wait(Optional.of(TODAY.plusDays(1))));
        charges.clear();
        charge(1, 1, AutopayChargeStatus.CHARGING, TODAY);
        assertThat(noticed(TODAY.minusDays(2), Set.of())).isInstanceOf(AutopayRules.AskAgain.class);
    }

    @Test
    void aSettledPlanHasNothingToCharge() {
        invoice.receivePayment(Money.of("1000.00", EUR), NOW);

        assertThat(next(TODAY.plusYears(1))).isEqualTo(new AutopayRules.Wait(Optional.empty()));
    }

    private AutopayRules.Step next(LocalDate clientToday) {
        return AutopayRules.next(statement(clientToday), CARD, charges, clientToday);
    }

    private AutopayRules.Step noticed(LocalDate clientToday, Set<Integer> noticed) {
        return AutopayRules.withNotice(next(clientToday), statement(clientToday), charges, noticed, clientToday);
    }

    private PlanStatement statement(LocalDate clientToday) {
        return PlanStatement.of(plan, invoice.ledger(), clientToday);
    }

    private AutopayCharge charge(int installment, int attempt, AutopayChargeStatus status, LocalDate on) {
        AutopayCharge charge = AutopayCharge.asked(invoice.id(), plan.id(), installment, attempt,
                new Autopay.SavedCard("cus_1", CARD, "visa •••• 4242"), Money.of("250.00", EUR), on, NOW).answered(status, null, status == AutopayChargeStatus.DECLINED
                ? "Your card was declined." : null);
        charges.add(charge);
        return charge;
    }
}
