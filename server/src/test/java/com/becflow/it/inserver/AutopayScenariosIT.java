package com.becflow.it.inserver;

import static org.assertj.core.api.Assertions.assertThat;

import com.becflow.invoicing.InvoiceEventType;
import com.becflow.invoicing.Payment;
import com.becflow.invoicing.app.InvoiceQueries;
import com.becflow.invoicing.payments.SavedMethodGateway;
import com.becflow.invoicing.plans.Autopay;
import com.becflow.invoicing.plans.AutopayStatus;
import com.becflow.invoicing.plans.app.AutopayCalendar;
import com.becflow.invoicing.plans.app.AutopayCharging;
import com.becflow.invoicing.plans.app.AutopaySetup;
import com.becflow.invoicing.plans.app.AutopaySteps;
import com.becflow.invoicing.plans.app.PlanProposals;
import com.becflow.it.inserver.AutopayPlans.Plan;
import com.becflow.it.inserver.scenario.ClockScenarios;
import com.becflow.shared.money.Money;
import com.becflow.shared.time.ServerClock;
import com.becflow.workspace.local.LocalMailbox;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Autopay by card on the movable clock, inside the real server against the fake Stripe: the client accepts a plan,
 * saves a card on the fake's setup page, and days pass; the job (as the housekeeping round hands it, tenant and invoice
 * as its arguments) charges each installment on its due date in the client's zone, once, however often it runs.
 * Bank debits are {@link AutopayDebitScenariosIT}'s.
 */
@ExtendWith(ArquillianExtension.class)
class AutopayScenariosIT {

    @Deployment
    static WebArchive workspace() {
        return InServerArchive.everyInServerTest();
    }

    @Inject
    AutopayPlans plans;

    @Inject
    InvoiceQueries invoices;

    @Inject
    PlanProposals proposals;

    @Inject
    AutopaySetup autopay;

    @Inject
    AutopaySteps steps;

    @Inject
    AutopayCalendar calendar;

    @Inject
    AutopayCharging charging;

    @Inject
    ServerClock clock;

    @Inject
    ClockScenarios scenarios;

    private Plan plan;

    @AfterEach
    void backToRealTime() {
        clock.returnToRealTime();
        if (plan != null) {
            scenarios.takeOffTheAgenda(plan.ctx().tenant());
        }
    }

    @Test
    void autopayChargesEachInstallmentOnItsDueDateOnceEvenWhenTheJobRunsAgainAfterARestart() throws Exception {
        plan = plans.withCard("Autopay Studio", "4242424242424242");

        plans.runJobs(plan);
        assertThat(plans.cardPayments(plan)).as("nothing is due before the first due date").isEmpty();

        plans.timePassesTo(plan, plan.firstDue());
        plans.runJobs(plan);
        plans.runJobs(plan);
        assertThat(plans.cardPayments(plan)).extracting(p -> p.amount().rounded())
                .containsExactly(Money.of("300.00", "EUR"));

        // A restart between asking Stripe and storing its answer: the charge is stored, Stripe charged, the answer lost.
        plans.timePassesTo(plan, plan.firstDue().plusMonths(1));
        AutopaySteps.ToCharge asked = steps.prepare(plan.ctx(), plan.invoice().id()).orElseThrow();
        SavedMethodGateway.Charge lost = charging.ask(plan.ctx(), plan.account(), asked);
        plans.runJobs(plan);
        plans.runJobs(plan);

        List<Payment> paid = plans.cardPayments(plan);
        assertThat(paid).hasSize(2);
        assertThat(paid.get(1).externalId()).as("the job asked again with the charge's key: Stripe's first payment")
                .hasValue(lost.paymentReference());

        // The same, with the server down for two days: Stripe may have forgotten the key, so the charge is looked up.
        plans.timePassesTo(plan, plan.firstDue().plusMonths(2));
        AutopaySteps.ToCharge third = steps.prepare(plan.ctx(), plan.invoice().id()).orElseThrow();
        SavedMethodGateway.Charge lostLonger = charging.ask(plan.ctx(), plan.account(), third);
        plans.timePassesTo(plan, plan.firstDue().plusMonths(2).plusDays(2));
        plans.runJobs(plan);
        plans.runJobs(plan);
        assertThat(plans.cardPayments(plan)).hasSize(3).last().satisfies(p -> assertThat(p.externalId())
                .hasValue(lostLonger.paymentReference()));
        assertThat(plans.history(plan, InvoiceEventType.AUTOPAY_CHARGE_DECLINED)).isEmpty();
        assertThat(invoices.get(plan.invoice().id(), plan.ctx()).balance().isPositive()).isFalse();
        assertThat(plans.history(plan, InvoiceEventType.AUTOPAY_ON)).hasSize(1);
    }

    @Test
    void theClientIsToldThreeDaysAheadOfEachChargeOnceWithWhatWhenAndFromWhichCard() throws Exception {
        plan = plans.withCard("Notice Studio", "4242424242424242");
        plans.runJobs(plan);
        plans.runJobs(plan);

        assertThat(plans.history(plan, InvoiceEventType.AUTOPAY_CHARGE_ANNOUNCED))
                .as("the first installment, due tomorrow, is announced as the card is saved, once").hasSize(1);
        assertThat(plans.awaitMail(plan.client().email(), "Automatic payment on " + plan.firstDue()).text())
                .contains("EUR 300.00 for installment 1 will be charged", "4242");

        plans.timePassesTo(plan, plan.firstDue());
        plans.runJobs(plan);
        assertThat(plans.cardPayments(plan)).hasSize(1);

        LocalDate second = plan.firstDue().plusMonths(1);
        plans.timePassesTo(plan, second.minusDays(4));
        plans.runJobs(plan);
        assertThat(plans.history(plan, InvoiceEventType.AUTOPAY_CHARGE_ANNOUNCED)).hasSize(1);
        plans.timePassesTo(plan, second.minusDays(3));
        plans.runJobs(plan);
        plans.runJobs(plan);
        assertThat(plans.history(plan, InvoiceEventType.AUTOPAY_CHARGE_ANNOUNCED)).hasSize(2);
        assertThat(plans.awaitMail(plan.client().email(), "Automatic payment on " + second).text())
                .contains("EUR 300.00 for installment 2 will be charged");
        assertThat(plans.cardPayments(plan)).as("announced, not charged before its day").hasSize(1);

        plans.timePassesTo(plan, second);
        plans.runJobs(plan);
        assertThat(plans.cardPayments(plan)).hasSize(2);
        assertThat(plans.history(plan, InvoiceEventType.AUTOPAY_CHARGE_ANNOUNCED)).hasSize(2);
    }

    @Test
    void aChargeWhoseAnswerWasLostIsAskedAgainAfterThePlanIsCancelledSoItsMoneyReachesTheLedger() throws Exception {
        plan = plans.withCard("Cancelled Plan Studio", "4242424242424242");

        plans.timePassesTo(plan, plan.firstDue());
        AutopaySteps.ToCharge asked = steps.prepare(plan.ctx(), plan.invoice().id()).orElseThrow();
        SavedMethodGateway.Charge lost = charging.ask(plan.ctx(), plan.account(), asked);
        proposals.cancel(plan.invoice().id(), plan.ctx());
        // Stripe took the money: the charge is asked again (by this run, or by the server's own minute round first).
        plans.runJobs(plan);

        assertThat(plans.cardPayments(plan)).singleElement().satisfies(p -> {
            assertThat(p.externalId()).hasValue(lost.paymentReference());
            assertThat(p.amount().rounded()).isEqualTo(Money.of("300.00", "EUR"));
        });
        plans.timePassesTo(plan, plan.firstDue().plusMonths(1));
        plans.runJobs(plan);
        assertThat(plans.cardPayments(plan)).as("without a plan nothing new is charged").hasSize(1);
        assertThat(calendar.due(plan.ctx())).isEmpty();
    }

    @Test
    void aDeclinedCardIsRetriedAfterOneThreeAndSevenDaysThenAutopayStopsAndBothSidesAreTold() throws Exception {
        plan = plans.withCard("Declined Studio", "4000000000000341");

        plans.timePassesTo(plan, plan.firstDue());
        plans.runJobs(plan);
        assertThat(plans.history(plan, InvoiceEventType.AUTOPAY_CHARGE_DECLINED)).hasSize(1);
        assertThat(plans.remindersDue(plan)).as("the card is tried again: no reminder on the due day while autopay is on")
                .isEmpty();
        for (int days : new int[] {1, 3, 7}) {
            plans.runJobs(plan);
            plans.timePassesTo(plan, plans.clientToday(plan).plusDays(days));
            plans.runJobs(plan);
        }

        assertThat(plans.cardPayments(plan)).isEmpty();
        assertThat(plans.history(plan, InvoiceEventType.AUTOPAY_CHARGE_DECLINED)).hasSize(3);
        assertThat(plans.history(plan, InvoiceEventType.AUTOPAY_OFF)).singleElement()
                .satisfies(e -> assertThat(e.detail()).contains("declined 4 times"));
        assertThat(autopay.status(plan.token())).map(Autopay::status).hasValue(AutopayStatus.OFF);
        assertThat(plans.remindersDue(plan)).as("autopay stopped: the reminders held come back, the latest of them")
                .containsExactly("D+7");
        assertThat(plans.awaitMail(plan.client().email(), "Automatic payments stopped").subject())
                .endsWith(plan.invoice().number().orElseThrow());
        assertThat(plans.awaitMail(plan.client().email(), "Automatic payment declined").text()).contains("tried again on");
        assertThat(plans.awaitMail(plan.ownerEmail(), "Automatic payment declined").text()).contains("the client was told");
    }

    @Test
    void aChargeThatNeedsAuthenticationAsksTheClientByMailWithALinkAndChargesNothingMore() throws Exception {
        plan = plans.withCard("Authentication Studio", "4000002760003184");

        plans.timePassesTo(plan, plan.firstDue());
        plans.runJobs(plan);
        plans.runJobs(plan);

        assertThat(plans.cardPayments(plan)).isEmpty();
        assertThat(autopay.status(plan.token())).map(Autopay::status).hasValue(AutopayStatus.NEEDS_CLIENT);
        assertThat(plans.history(plan, InvoiceEventType.AUTOPAY_NEEDS_CLIENT)).hasSize(1);
        LocalMailbox.ReceivedMail asked = plans.awaitMail(plan.client().email(), "Your automatic payment needs you");
        assertThat(asked.text()).contains("requires authentication");
        assertThat(AutopayPlans.INVOICE_LINK.matcher(asked.text()).find()).isTrue();
        assertThat(calendar.due(plan.ctx())).isEmpty();
    }

    @Test
    void theClientTurnsAutopayOffAndNothingIsChargedAfterwards() throws Exception {
        plan = plans.withCard("Off Studio", "4242424242424242");

        assertThat(autopay.turnOff(plan.token()).status()).isEqualTo(AutopayStatus.OFF);
        plans.timePassesTo(plan, plan.firstDue().plusDays(2));
        plans.runJobs(plan);

        assertThat(plans.cardPayments(plan)).isEmpty();
        assertThat(plans.remindersDue(plan)).as("the client pays by hand again, so is reminded").containsExactly("D+0");
        assertThat(plans.history(plan, InvoiceEventType.AUTOPAY_OFF)).hasSize(1);
    }
}
