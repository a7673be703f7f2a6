package com.becflow.it.inserver;

import static org.assertj.core.api.Assertions.assertThat;

import com.becflow.clients.Client;
import com.becflow.contracts.SignatureContext;
import com.becflow.invoicing.Invoice;
import com.becflow.invoicing.InvoiceEvent;
import com.becflow.invoicing.InvoiceEventType;
import com.becflow.invoicing.InvoiceLine;
import com.becflow.invoicing.Payment;
import com.becflow.invoicing.PaymentKind;
import com.becflow.invoicing.PaymentMethod;
import com.becflow.invoicing.app.InvoiceDrafts;
import com.becflow.invoicing.app.InvoiceIssuing;
import com.becflow.invoicing.app.InvoiceQueries;
import com.becflow.invoicing.app.PaymentAccountService;
import com.becflow.invoicing.app.SaveInvoice;
import com.becflow.invoicing.payments.SavedMethodGateway;
import com.becflow.invoicing.plans.Autopay;
import com.becflow.invoicing.plans.AutopayStatus;
import com.becflow.invoicing.plans.app.AcceptPlan;
import com.becflow.invoicing.plans.app.AutopayCalendar;
import com.becflow.invoicing.plans.app.AutopayCharging;
import com.becflow.invoicing.plans.app.AutopaySetup;
import com.becflow.invoicing.plans.app.AutopaySteps;
import com.becflow.invoicing.plans.app.PlanPortal;
import com.becflow.invoicing.plans.app.PlanProposals;
import com.becflow.invoicing.plans.app.ProposePlan;
import com.becflow.it.inserver.scenario.ClockScenarios;
import com.becflow.platform.jobs.ChargeAutopay;
import com.becflow.platform.jobs.ChargeAutopayHandler;
import com.becflow.reminders.app.ReminderSweep;
import com.becflow.shared.money.Money;
import com.becflow.shared.tenant.TenantContext;
import com.becflow.shared.time.ServerClock;
import com.becflow.workspace.local.LocalMailbox;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Autopay on the movable clock, inside the real server against the fake Stripe: the client accepts a plan, saves a
 * card on the fake's setup page, and days pass; the job (as the housekeeping round hands it, tenant and invoice as its
 * arguments) charges each installment on its due date in the client's zone, once, however often it runs.
 */
@ExtendWith(ArquillianExtension.class)
class AutopayScenariosIT {

    private static final Pattern INVOICE_LINK = Pattern.compile("/portal/invoice/([A-Za-z0-9_-]{43})");

    @Deployment
    static WebArchive workspace() {
        return InServerArchive.everyInServerTest();
    }

    @Inject
    InServerFixtures fixtures;

    @Inject
    PaymentAccountService paymentAccounts;

    @Inject
    InvoiceDrafts drafts;

    @Inject
    InvoiceIssuing issuing;

    @Inject
    InvoiceQueries invoices;

    @Inject
    PlanProposals proposals;

    @Inject
    PlanPortal planPortal;

    @Inject
    AutopaySetup autopay;

    @Inject
    AutopaySteps steps;

    @Inject
    AutopayCalendar calendar;

    @Inject
    AutopayCharging charging;

    @Inject
    ChargeAutopayHandler job;

    @Inject
    ServerClock clock;

    @Inject
    ReminderSweep reminders;

    @Inject
    ClockScenarios scenarios;

    @Inject
    LocalMailbox mailbox;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private TenantContext tenant;

    @AfterEach
    void backToRealTime() {
        clock.returnToRealTime();
        if (tenant != null) {
            scenarios.takeOffTheAgenda(tenant.tenant());
        }
    }

    @Test
    void autopayChargesEachInstallmentOnItsDueDateOnceEvenWhenTheJobRunsAgainAfterARestart() throws Exception {
        Plan plan = planWithAutopay("Autopay Studio", "4242424242424242");

        runJobs(plan);
        assertThat(cardPayments(plan)).as("nothing is due before the first due date").isEmpty();

        timePassesTo(plan, plan.firstDue);
        runJobs(plan);
        runJobs(plan);
        assertThat(cardPayments(plan)).extracting(p -> p.amount().rounded()).containsExactly(Money.of("300.00", "EUR"));

        // A restart between asking Stripe and storing its answer: the charge is stored, Stripe charged, the answer lost.
        timePassesTo(plan, plan.firstDue.plusMonths(1));
        AutopaySteps.ToCharge asked = steps.prepare(plan.ctx, plan.invoice.id()).orElseThrow();
        SavedMethodGateway.Charge lost = charging.ask(plan.ctx, plan.account, asked);
        runJobs(plan);
        runJobs(plan);

        List<Payment> paid = cardPayments(plan);
        assertThat(paid).hasSize(2);
        assertThat(paid.get(1).externalId()).as("the job asked again with the charge's key: Stripe's first payment")
                .hasValue(lost.paymentReference());

        // The same, with the server down for two days: Stripe may have forgotten the key, so the charge is looked up.
        timePassesTo(plan, plan.firstDue.plusMonths(2));
        AutopaySteps.ToCharge third = steps.prepare(plan.ctx, plan.invoice.id()).orElseThrow();
        SavedMethodGateway.Charge lostLonger = charging.ask(plan.ctx, plan.account, third);
        timePassesTo(plan, plan.firstDue.plusMonths(2).plusDays(2));
        runJobs(plan);
        runJobs(plan);
        assertThat(cardPayments(plan)).hasSize(3).last().satisfies(p -> assertThat(p.externalId())
                .hasValue(lostLonger.paymentReference()));
        assertThat(history(plan, InvoiceEventType.AUTOPAY_CHARGE_DECLINED)).isEmpty();
        assertThat(invoices.get(plan.invoice.id(), plan.ctx).balance().isPositive()).isFalse();
        assertThat(history(plan, InvoiceEventType.AUTOPAY_ON)).hasSize(1);
    }

    @Test
    void aChargeWhoseAnswerWasLostIsAskedAgainAfterThePlanIsCancelledSoItsMoneyReachesTheLedger() throws Exception {
        Plan plan = planWithAutopay("Cancelled Plan Studio", "4242424242424242");

        timePassesTo(plan, plan.firstDue);
        AutopaySteps.ToCharge asked = steps.prepare(plan.ctx, plan.invoice.id()).orElseThrow();
        SavedMethodGateway.Charge lost = charging.ask(plan.ctx, plan.account, asked);
        proposals.cancel(plan.invoice.id(), plan.ctx);
        assertThat(calendar.due(plan.ctx)).as("Stripe took the money: the charge is looked at again").hasSize(1);
        runJobs(plan);

        assertThat(cardPayments(plan)).singleElement().satisfies(p -> {
            assertThat(p.externalId()).hasValue(lost.paymentReference());
            assertThat(p.amount().rounded()).isEqualTo(Money.of("300.00", "EUR"));
        });
        timePassesTo(plan, plan.firstDue.plusMonths(1));
        runJobs(plan);
        assertThat(cardPayments(plan)).as("without a plan nothing new is charged").hasSize(1);
        assertThat(calendar.due(plan.ctx)).isEmpty();
    }

    @Test
    void aDeclinedCardIsRetriedAfterOneThreeAndSevenDaysThenAutopayStopsAndBothSidesAreTold() throws Exception {
        Plan plan = planWithAutopay("Declined Studio", "4000000000000341");

        timePassesTo(plan, plan.firstDue);
        runJobs(plan);
        assertThat(history(plan, InvoiceEventType.AUTOPAY_CHARGE_DECLINED)).hasSize(1);
        assertThat(remindersDue(plan)).as("the card is tried again: no reminder on the due day while autopay is on")
                .isEmpty();
        for (int days : new int[] {1, 3, 7}) {
            runJobs(plan);
            timePassesTo(plan, clientToday(plan).plusDays(days));
            runJobs(plan);
        }

        assertThat(cardPayments(plan)).isEmpty();
        assertThat(history(plan, InvoiceEventType.AUTOPAY_CHARGE_DECLINED)).hasSize(3);
        assertThat(history(plan, InvoiceEventType.AUTOPAY_OFF)).singleElement()
                .satisfies(e -> assertThat(e.detail()).contains("declined 4 times"));
        assertThat(autopay.status(plan.token)).map(Autopay::status).hasValue(AutopayStatus.OFF);
        assertThat(remindersDue(plan)).as("autopay stopped: the reminders held come back, the latest of them")
                .containsExactly("D+7");
        assertThat(awaitMail(plan.client.email(), "Automatic payments stopped").subject())
                .endsWith(plan.invoice.number().orElseThrow());
        assertThat(awaitMail(plan.client.email(), "Automatic payment declined").text()).contains("tried again on");
        assertThat(awaitMail(plan.ownerEmail(), "Automatic payment declined").text()).contains("the client was told");
    }

    @Test
    void aChargeThatNeedsAuthenticationAsksTheClientByMailWithALinkAndChargesNothingMore() throws Exception {
        Plan plan = planWithAutopay("Authentication Studio", "4000002760003184");

        timePassesTo(plan, plan.firstDue);
        runJobs(plan);
        runJobs(plan);

        assertThat(cardPayments(plan)).isEmpty();
        assertThat(autopay.status(plan.token)).map(Autopay::status).hasValue(AutopayStatus.NEEDS_CLIENT);
        assertThat(history(plan, InvoiceEventType.AUTOPAY_NEEDS_CLIENT)).hasSize(1);
        LocalMailbox.ReceivedMail asked = awaitMail(plan.client.email(), "Your automatic payment needs you");
        assertThat(asked.text()).contains("requires authentication");
        assertThat(INVOICE_LINK.matcher(asked.text()).find()).isTrue();
        assertThat(calendar.due(plan.ctx)).isEmpty();
    }

    @Test
    void theClientTurnsAutopayOffAndNothingIsChargedAfterwards() throws Exception {
        Plan plan = planWithAutopay("Off Studio", "4242424242424242");

        assertThat(autopay.turnOff(plan.token).status()).isEqualTo(AutopayStatus.OFF);
        timePassesTo(plan, plan.firstDue.plusDays(2));
        runJobs(plan);

        assertThat(cardPayments(plan)).isEmpty();
        assertThat(remindersDue(plan)).as("the client pays by hand again, so is reminded").containsExactly("D+0");
        assertThat(history(plan, InvoiceEventType.AUTOPAY_OFF)).hasSize(1);
    }

    /** An accepted plan of three monthly installments of 300.00 from tomorrow, with a card saved on the fake's page. */
    private Plan planWithAutopay(String name, String card) throws Exception {
        tenant = fixtures.newTenant(name);
        Client client = fixtures.newClient(tenant, "Carla Client");
        HttpResponse<String> onboarded = post(paymentAccounts.onboardingLink(tenant,
                InServerFixtures.publicPage("/invoice-settings")), "");
        assertThat(onboarded.statusCode()).as(onboarded.body()).isIn(200, 303);
        String account = paymentAccounts.refresh(tenant).orElseThrow().accountId();
        Invoice draft = drafts.create(new SaveInvoice(client.id(), null, null, List.of(InvoiceLine.of("Design work", "1",
                "900.00")), null, null, 14, null, null), tenant);
        Invoice invoice = issuing.issue(draft.id(), tenant);
        String token = fixtures.linkMailedTo(client.email(), INVOICE_LINK, 1);
        LocalDate firstDue = LocalDate.now(clock.withZone(client.zone())).plusDays(1);
        proposals.propose(invoice.id(), new ProposePlan("MONTHLY", null, 3, firstDue, null, true), tenant);
        String terms = planPortal.plan(token).orElseThrow().terms().sha256();
        planPortal.accept(token, new AcceptPlan(terms, true), new SignatureContext("127.0.0.1", "AutopayScenariosIT"));

        String page = autopay.open(token);
        HttpResponse<String> saved = post(page + "/card", "card-number=" + URLEncoder.encode(card, StandardCharsets.UTF_8));
        String location = saved.headers().firstValue("Location").orElseThrow(() -> new AssertionError(saved.body()));
        if (location.contains("/authenticate/")) {
            location = post(URI.create(page).resolve(location) + "?outcome=complete", "").headers().firstValue("Location")
                    .orElseThrow();
        }
        String pageId = page.substring(page.lastIndexOf('/') + 1);
        assertThat(location).endsWith("?" + AutopaySetup.RETURN_PARAMETER + "=" + pageId);
        assertThat(autopay.returned(token, pageId)).map(Autopay::status).hasValue(AutopayStatus.ON);
        return new Plan(tenant, client, invoice, token, account, firstDue);
    }

    private record Plan(TenantContext ctx, Client client, Invoice invoice, String token, String account,
                        LocalDate firstDue) {

        String ownerEmail() {
            return "owner-" + ctx.tenant().value() + "@it.becflow.test";
        }
    }

    /** What the housekeeping round hands to jobs now, each run as its job runs it. */
    private void runJobs(Plan plan) {
        calendar.due(plan.ctx).forEach(invoice -> job.run(new ChargeAutopay(plan.ctx.tenant().value().toString(),
                invoice.value().toString())));
    }

    private void timePassesTo(Plan plan, LocalDate clientDay) {
        clock.advanceTo(clientDay.atStartOfDay(plan.client.zone()).plusHours(9).toInstant());
    }

    /** The steps of the plan's invoice that the reminder sweep finds due now. */
    private List<String> remindersDue(Plan plan) {
        return reminders.sweep(plan.ctx).due().stream().filter(d -> d.invoice().equals(plan.invoice.id()))
                .map(ReminderSweep.Due::step).toList();
    }

    private LocalDate clientToday(Plan plan) {
        return LocalDate.now(clock.withZone(plan.client.zone()));
    }

    private List<Payment> cardPayments(Plan plan) {
        return invoices.payments(plan.invoice.id(), plan.ctx).stream()
                .filter(p -> p.kind() == PaymentKind.PAYMENT && p.method() == PaymentMethod.CARD).toList();
    }

    private List<InvoiceEvent> history(Plan plan, InvoiceEventType type) {
        return invoices.events(plan.invoice.id(), plan.ctx).stream().filter(e -> e.type() == type).toList();
    }

    private LocalMailbox.ReceivedMail awaitMail(String address, String subjectStart) throws InterruptedException {
        for (int i = 0; i < 150; i++) {
            try {
                for (LocalMailbox.ReceivedMail mail : mailbox.inbox(address)) {
                    if (mail.subject().startsWith(subjectStart)) {
                        return mail;
                    }
                }
            } catch (IllegalStateException notYet) {
                // GreenMail makes the mailbox on first delivery
            }
            Thread.sleep(100);
        }
        throw new AssertionError("No mail \"" + subjectStart + "...\" to " + address);
    }

    private HttpResponse<String> post(String url, String form) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
