package com.becflow.it.inserver;

import static org.assertj.core.api.Assertions.assertThat;

import com.becflow.contracts.Contract;
import com.becflow.contracts.ContractTerms;
import com.becflow.invoicing.Invoice;
import com.becflow.invoicing.InvoiceEventType;
import com.becflow.invoicing.app.LateFees;
import com.becflow.invoicing.payments.SavedMethodGateway;
import com.becflow.invoicing.plans.Autopay;
import com.becflow.invoicing.plans.AutopayCharge;
import com.becflow.invoicing.plans.app.AutopayCalendar;
import com.becflow.invoicing.plans.app.AutopaySetup;
import com.becflow.invoicing.plans.app.AutopaySteps;
import com.becflow.invoicing.plans.app.PlanStatements;
import com.becflow.it.inserver.AutopayPlans.Plan;
import com.becflow.it.inserver.scenario.ClockScenarios;
import com.becflow.it.inserver.scenario.Scenario;
import com.becflow.it.inserver.scenario.ScenarioClient;
import com.becflow.it.inserver.scenario.ScenarioTenant;
import com.becflow.shared.time.ServerClock;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Autopay by SEPA Direct Debit on the movable clock, inside the real server against the fake Stripe: a debit is on its
 * way from its due date until the bank answers (which only the fake's controls or Stripe's notification to the shared
 * server can make happen, so AutopayApiIT shows the answer); meanwhile it is looked up once a day, nothing more is
 * charged, nobody is reminded, and no late fee is charged.
 */
@ExtendWith(ArquillianExtension.class)
class AutopayDebitScenariosIT {

    private static final String CLEARS = "DE89370400440532013000";

    @Deployment
    static WebArchive workspace() {
        return InServerArchive.everyInServerTest();
    }

    @Inject
    AutopayPlans plans;

    @Inject
    AutopaySetup autopay;

    @Inject
    AutopayCalendar calendar;

    @Inject
    AutopaySteps steps;

    @Inject
    PlanStatements statements;

    @Inject
    LateFees lateFees;

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
    void aBankDebitIsOnItsWayUntilTheBankAnswersAndMeanwhileNothingMoreIsChargedAndNobodyIsReminded() throws Exception {
        plan = plans.withBankAccount("Debit Studio", CLEARS);
        assertThat(autopay.status(plan.token())).map(Autopay::method).map(Autopay.SavedCard::label)
                .hasValue("SEPA Direct Debit •••• 3000");

        plans.timePassesTo(plan, plan.firstDue());
        plans.runJobs(plan);
        assertThat(plans.history(plan, InvoiceEventType.AUTOPAY_DEBIT_ON_ITS_WAY)).singleElement()
                .satisfies(e -> assertThat(e.detail()).contains("Bank debit of 300.00 EUR for installment 1"));
        assertThat(calendar.due(plan.ctx())).as("asked today: looked up tomorrow").isEmpty();
        assertThat(statements.details(plan.invoice().id(), plan.ctx()).debitOnItsWay())
                .as("the freelancer's plan shows it").map(AutopayCharge::installment).hasValue(1);
        assertThat(plans.payments(plan)).as("nothing is paid until the bank says so").isEmpty();

        // The server's own minute round may do a step before the test does: what is asserted is what was done, by either.
        plans.timePassesTo(plan, plan.firstDue().plusDays(1));
        plans.runJobs(plan);
        assertThat(steps.debitOnItsWay(plan.ctx(), plan.invoice().id())).map(AutopayCharge::lookedOn)
                .as("looked up today, still on its way").hasValue(plan.firstDue().plusDays(1));
        assertThat(calendar.due(plan.ctx())).as("not again today").isEmpty();
        assertThat(plans.history(plan, InvoiceEventType.AUTOPAY_DEBIT_ON_ITS_WAY)).hasSize(1);
        assertThat(plans.remindersDue(plan)).as("the installment is a day late, but its money is on its way").isEmpty();

        plans.timePassesTo(plan, plan.firstDue().plusMonths(1));
        plans.runJobs(plan);
        assertThat(plans.payments(plan)).isEmpty();
        assertThat(plans.history(plan, InvoiceEventType.AUTOPAY_DEBIT_ON_ITS_WAY))
                .as("the second is not debited meanwhile").hasSize(1);

        // The bank answers at last: the debit bounced. Its retry day has long come, so it is tried again at once.
        AutopayCharge debit = steps.debitOnItsWay(plan.ctx(), plan.invoice().id()).orElseThrow();
        steps.answered(plan.ctx(), debit, new SavedMethodGateway.Charge(SavedMethodGateway.ChargeOutcome.DECLINED,
                debit.amount(), debit.paymentReference(), null, "The customer's account has insufficient funds"), "Stripe");
        assertThat(plans.history(plan, InvoiceEventType.AUTOPAY_CHARGE_DECLINED)).singleElement()
                .satisfies(e -> assertThat(e.detail()).endsWith("tried again on " + plans.clientToday(plan)));
        assertThat(plans.awaitMail(plan.client().email(), "Automatic payment declined").text())
                .contains("insufficient funds", "tried again on " + plans.clientToday(plan));
        plans.runJobs(plan);
        assertThat(plans.history(plan, InvoiceEventType.AUTOPAY_DEBIT_ON_ITS_WAY)).as("debited again, installment 1")
                .hasSize(2).last().satisfies(e -> assertThat(e.detail()).contains("installment 1"));
    }

    @Test
    void noLateFeeIsChargedWhileADebitIsOnItsWayThoughOneIsOnAnInvoiceWithoutOne() throws Exception {
        try (Scenario s = scenarios.begin()) {
            ScenarioTenant studio = s.tenant("Debit Fee Studio", "Europe/Berlin");
            ScenarioClient acme = studio.client("Acme GmbH", "Europe/Berlin");
            Contract signed = acme.signedContract(ContractTerms.netDays(14).withLateFee(new ContractTerms.LateFee(
                    new BigDecimal("25.00"), null, 30, 0, new BigDecimal("10"))));
            plan = plans.withBankAccount(studio.context(), acme.client(), signed.id(), CLEARS);
            Invoice byHand = acme.invoice().underContract(signed).line("Print files", "300.00").dueInDays(1).issue();

            plans.timePassesTo(plan, plan.firstDue());
            plans.runJobs(plan);
            assertThat(plans.history(plan, InvoiceEventType.AUTOPAY_DEBIT_ON_ITS_WAY)).hasSize(1);
            plans.timePassesTo(plan, plan.firstDue().plusDays(2));
            s.housekeeping();

            assertThat(plans.lateFees(plan.ctx(), byHand.id())).as("the control: late under the same clause").hasSize(1);
            assertThat(plans.lateFees(plan.ctx(), plan.invoice().id())).as("its money is on its way").isEmpty();
            assertThat(lateFees.chargeDue(plan.invoice().id(), plan.ctx())).isEmpty();
        }
    }
}
