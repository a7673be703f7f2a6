package com.becflow.it.inserver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.becflow.contracts.Contract;
import com.becflow.contracts.ContractTerms;
import com.becflow.contracts.SignatureContext;
import com.becflow.invoicing.Invoice;
import com.becflow.invoicing.InvoiceEventType;
import com.becflow.invoicing.InvoiceStatus;
import com.becflow.invoicing.Payment;
import com.becflow.invoicing.PaymentKind;
import com.becflow.invoicing.app.InvoiceLinks;
import com.becflow.invoicing.app.InvoiceQueries;
import com.becflow.invoicing.app.ManualPayments;
import com.becflow.invoicing.app.RecordPayment;
import com.becflow.invoicing.plans.Installment;
import com.becflow.invoicing.plans.PlanStatement;
import com.becflow.invoicing.plans.app.AcceptPlan;
import com.becflow.invoicing.plans.app.PlanDetails;
import com.becflow.invoicing.plans.app.PlanPortal;
import com.becflow.invoicing.plans.app.PlanProposals;
import com.becflow.invoicing.plans.app.ProposePlan;
import com.becflow.it.inserver.scenario.ClockScenarios;
import com.becflow.it.inserver.scenario.Scenario;
import com.becflow.it.inserver.scenario.ScenarioClient;
import com.becflow.it.inserver.scenario.ScenarioTenant;
import com.becflow.reminders.ReminderRecord;
import com.becflow.reminders.app.NextReminder;
import com.becflow.reminders.app.ReminderControls;
import com.becflow.shared.agenda.AgendaEntry;
import com.becflow.shared.agenda.AgendaTopic;
import com.becflow.shared.tenant.TenantContext;
import com.becflow.workspace.local.LocalMailbox;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An invoice under an accepted payment plan is due by its installments, one after the other, not by its own due date:
 * it is overdue only while an installment is, noticed once per installment, reminded of each installment in turn, and
 * back on its own due date once the plan is cancelled.
 */
@ExtendWith(ArquillianExtension.class)
class PlanScheduleScenariosIT {

    @Deployment
    static WebArchive workspace() {
        return InServerArchive.everyInServerTest();
    }

    @Inject
    ClockScenarios scenarios;

    @Inject
    InvoiceQueries queries;

    @Inject
    ManualPayments payments;

    @Inject
    PlanProposals proposals;

    @Inject
    PlanPortal portal;

    @Inject
    InvoiceLinks links;

    @Inject
    ReminderControls reminders;

    @Test
    void anInvoiceOnAPlanIsOverdueOnlyWhileAnInstallmentIsAndIsRemindedOfEachInstallmentInTurn()
            throws InterruptedException {
        try (Scenario s = scenarios.begin()) {
            ScenarioTenant studio = s.tenant("Planning Studio", "Europe/Berlin");
            ScenarioClient acme = studio.client("Acme Inc", "America/New_York");
            TenantContext ctx = studio.context();
            Invoice invoice = acme.invoice().line("Brand guide", "900.00").dueInDays(7).issue();
            LocalDate first = acme.today().plusDays(20);
            List<LocalDate> days = accept(invoice, acme, new ProposePlan("MONTHLY", null, 3, first, null, false), ctx);
            assertThat(days).hasSize(3).first().isEqualTo(first);
            assertThat(queries.get(invoice.id(), ctx).dueNow()).as("due by the first installment").isEqualTo(first);

            s.timePassesUntil(acme.midnightEnding(invoice.dueDate()).plusSeconds(3600));
            s.housekeeping();
            assertThat(overdueEntries(studio)).extracting(AgendaEntry::dueAt).as("the agenda waits for the installment")
                    .containsExactly(acme.midnightEnding(first));
            assertThat(studio.statusOf(invoice)).as("past its own due date, on time with its plan").isNotEqualTo(InvoiceStatus.OVERDUE);
            assertThat(studio.api().invoiceStatuses("OVERDUE")).isEmpty();
            assertThat(studio.history(invoice, InvoiceEventType.OVERDUE)).isEmpty();
            assertThat(reminders.next(ctx, invoice.id())).get().extracting(NextReminder::at)
                    .as("the first reminder counts from the first installment")
                    .isEqualTo(ZonedDateTime.of(first.minusDays(3), LocalTime.of(9, 0), acme.zone()).toInstant());

            s.timePassesUntil(nineOn(first, acme));
            s.housekeeping();
            assertThat(awaitReminders(s, studio, invoice, "D+0", 1)).as("the first installment's due day").hasSize(1);

            s.timePassesUntil(acme.midnightEnding(first).plusSeconds(3600));
            s.housekeeping();
            s.housekeeping();
            String number = invoice.number().orElseThrow();
            assertThat(studio.statusOf(invoice)).isEqualTo(InvoiceStatus.OVERDUE);
            assertThat(studio.api().invoiceStatuses("OVERDUE")).containsExactly(Map.entry(number, "OVERDUE"));
            assertThat(studio.history(invoice, InvoiceEventType.OVERDUE)).singleElement()
                    .satisfies(e -> assertThat(e.reference()).contains(first.toString()));

            payments.record(invoice.id(), new RecordPayment(new BigDecimal("300.00"), "BANK_TRANSFER", null, null), ctx);
            Invoice caughtUp = queries.get(invoice.id(), ctx);
            assertThat(caughtUp.dueNow()).as("the first installment paid, the second sets the day").isEqualTo(days.get(1));
            assertThat(acme.awaitMails("Receipt", 1)).singleElement()
                    .satisfies(m -> assertThat(m.text()).contains("Still open: EUR 600.00. Next under your payment plan: EUR"
                            + " 300.00 by " + DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH).format(days.get(1))));
            assertThat(studio.statusOf(invoice)).isEqualTo(InvoiceStatus.PARTIALLY_PAID);
            assertThat(studio.api().invoiceStatuses("OVERDUE")).isEmpty();
            assertThat(reminders.next(ctx, invoice.id())).get().extracting(NextReminder::step, NextReminder::at)
                    .as("the second installment is reminded of from its first step")
                    .containsExactly("D-3", ZonedDateTime.of(days.get(1).minusDays(3), LocalTime.of(9, 0), acme.zone())
                            .toInstant());
            assertThat(overdueEntries(studio)).extracting(AgendaEntry::dueAt).contains(acme.midnightEnding(days.get(1)));

            s.timePassesUntil(nineOn(days.get(1), acme));
            s.housekeeping();
            assertThat(awaitReminders(s, studio, invoice, "D+0", 2)).as("the due-day step once for each installment")
                    .hasSize(2);
            List<LocalMailbox.ReceivedMail> mails = acme.awaitMails("due today", 2);
            assertThat(mails).as("each installment's due-day reminder names what is unpaid of it, not the balance")
                    .extracting(LocalMailbox.ReceivedMail::text).allSatisfy(text -> assertThat(text).contains("300.00")
                            .doesNotContain("900.00").doesNotContain("600.00"));

            s.timePassesUntil(acme.midnightEnding(days.get(1)).plusSeconds(3600));
            s.housekeeping();
            s.housekeeping();
            assertThat(studio.statusOf(invoice)).isEqualTo(InvoiceStatus.OVERDUE);
            assertThat(studio.history(invoice, InvoiceEventType.OVERDUE)).as("noticed once per installment")
                    .extracting(e -> e.reference().orElseThrow()).containsExactly(first.toString(), days.get(1).toString());

            PlanStatement cancelled = proposals.cancel(invoice.id(), ctx);
            assertThat(cancelled.plan().status().name()).isEqualTo("CANCELLED");
            assertThat(queries.get(invoice.id(), ctx).dueNow()).as("back on its own due date").isEqualTo(invoice.dueDate());
            assertThat(studio.statusOf(invoice)).isEqualTo(InvoiceStatus.OVERDUE);
        }
    }

    @Test
    void aPaymentLargerThanAnInstallmentMovesTheDueDayPastEveryInstallmentItSettles() {
        try (Scenario s = scenarios.begin()) {
            ScenarioTenant studio = s.tenant("Prepaying Studio", "Europe/Berlin");
            ScenarioClient kiwi = studio.client("Kiwi Ltd", "Pacific/Auckland");
            TenantContext ctx = studio.context();
            Invoice invoice = kiwi.invoice().line("Site build", "1000.00").dueInDays(14).issue();
            LocalDate first = kiwi.today().plusDays(5);
            List<LocalDate> days = accept(invoice, kiwi, new ProposePlan("WEEKLY", null, 4, first, null, false), ctx);

            payments.record(invoice.id(), new RecordPayment(new BigDecimal("600.00"), "BANK_TRANSFER", null, null), ctx);
            assertThat(queries.get(invoice.id(), ctx).dueNow()).as("600 settles two installments of 250 and part of the third")
                    .isEqualTo(days.get(2));

            s.timePassesUntil(kiwi.midnightEnding(days.get(1)).plusSeconds(60));
            s.housekeeping();
            assertThat(studio.statusOf(invoice)).isEqualTo(InvoiceStatus.PARTIALLY_PAID);
            assertThat(studio.history(invoice, InvoiceEventType.OVERDUE)).isEmpty();

            payments.record(invoice.id(), new RecordPayment(new BigDecimal("400.00"), "BANK_TRANSFER", null, null), ctx);
            Invoice paid = queries.get(invoice.id(), ctx);
            assertThat(paid.status()).isEqualTo(InvoiceStatus.PAID);
            assertThat(paid.dueNow()).as("all settled: the last installment's day").isEqualTo(days.get(3));
        }
    }

    @Test
    void underAPlanALateFeeFollowsTheInstallmentFallenBehindOnAndEachMissedInstallmentStartsItsOwnPeriods()
            throws Exception {
        try (Scenario s = scenarios.begin()) {
            ScenarioTenant studio = s.tenant("Plan Fee Studio", "Europe/Berlin");
            ScenarioClient acme = studio.client("Acme Inc", "America/New_York");
            TenantContext ctx = studio.context();
            Contract signed = acme.signedContract(ContractTerms.netDays(14).withLateFee(new ContractTerms.LateFee(
                    new BigDecimal("25.00"), new BigDecimal("1.5"), 30, 5, new BigDecimal("10"))));
            Invoice invoice = acme.invoice().underContract(signed).line("Brand guide", "900.00").dueInDays(14).issue();
            LocalDate first = acme.today().plusDays(25);
            List<LocalDate> days = accept(invoice, acme, new ProposePlan("MONTHLY", null, 3, first, null, false), ctx);

            s.timePassesUntil(acme.midnightEnding(invoice.dueDate().plusDays(6)));
            s.housekeeping();
            assertThat(lateFees(invoice, ctx)).as("past its own due date and grace, but on time with the plan").isEmpty();

            s.timePassesUntil(acme.midnightEnding(first.plusDays(5)).plusSeconds(60));
            s.housekeeping();
            s.housekeeping();
            assertThat(lateFees(invoice, ctx)).as("25 + 1.5% of the 300.00 installment, not of the 900.00 invoice")
                    .extracting(p -> p.amount().amount().toPlainString()).containsExactly("29.5000");

            payments.record(invoice.id(), new RecordPayment(new BigDecimal("300.00"), "BANK_TRANSFER", null, null), ctx);
            s.timePassesUntil(acme.midnightEnding(days.get(1)).minusSeconds(60));
            s.housekeeping();
            assertThat(lateFees(invoice, ctx)).as("caught up: no fee while the next installment is not due").hasSize(1);

            s.timePassesUntil(acme.midnightEnding(days.get(1).plusDays(5)).plusSeconds(60));
            s.housekeeping();
            s.housekeeping();
            assertThat(lateFees(invoice, ctx)).as("the second installment missed starts its own first period")
                    .extracting(p -> p.externalId().orElseThrow())
                    .containsExactlyInAnyOrder(Payment.lateFeeKey(invoice.id(), first, 1),
                            Payment.lateFeeKey(invoice.id(), days.get(1), 1));
            s.housekeeping();
            assertThat(lateFees(invoice, ctx)).as("once per period however often the round runs").hasSize(2);
        }
    }

    @Test
    void twoInstallmentsBehindAtOnceEachStartTheirOwnPeriodsOnWhatIsUnpaidOfThem() throws Exception {
        try (Scenario s = scenarios.begin()) {
            ScenarioTenant studio = s.tenant("Two Behind Studio", "Europe/Berlin");
            ScenarioClient acme = studio.client("Acme Inc", "Europe/Berlin");
            TenantContext ctx = studio.context();
            Contract signed = acme.signedContract(ContractTerms.netDays(14).withLateFee(new ContractTerms.LateFee(
                    new BigDecimal("10.00"), new BigDecimal("2"), 45, 0, null)));
            Invoice invoice = acme.invoice().underContract(signed).line("Brand guide", "900.00").dueInDays(14).issue();
            LocalDate first = acme.today().plusDays(25);
            List<LocalDate> days = accept(invoice, acme, new ProposePlan("MONTHLY", null, 3, first, null, false), ctx);

            s.timePassesUntil(acme.midnightEnding(days.get(1)).plusSeconds(60));
            s.housekeeping();
            s.housekeeping();

            assertThat(lateFees(invoice, ctx)).as("10 + 2% of each 300.00 installment behind, the first still unpaid")
                    .extracting(p -> p.externalId().orElseThrow(), p -> p.amount().amount().toPlainString())
                    .containsExactlyInAnyOrder(tuple(Payment.lateFeeKey(invoice.id(), first, 1), "16.0000"),
                            tuple(Payment.lateFeeKey(invoice.id(), days.get(1), 1), "16.0000"));
        }
    }

    private static java.time.Instant nineOn(LocalDate day, ScenarioClient client) {
        return ZonedDateTime.of(day, LocalTime.of(9, 0), client.zone()).toInstant();
    }

    /** Waits for the round's jobs to have done the step {@code count} times (once per due date), as the minute's would. */
    private List<ReminderRecord> awaitReminders(Scenario s, ScenarioTenant studio, Invoice invoice, String step, int count)
            throws InterruptedException {
        List<ReminderRecord> done = List.of();
        for (int i = 1; i <= 450 && done.size() < count; i++) {
            done = reminders.done(studio.context(), invoice.id()).stream().filter(r -> r.step().equals(step)).toList();
            if (i % 50 == 0) {
                s.housekeeping();
            }
            Thread.sleep(100);
        }
        return done;
    }

    private List<LocalDate> accept(Invoice invoice, ScenarioClient client, ProposePlan plan, TenantContext ctx) {
        proposals.propose(invoice.id(), plan, ctx);
        String token = links.issue(ctx, invoice, client.client(), client.client().email(), invoice.dueDate()).token();
        PlanDetails proposed = portal.plan(token).orElseThrow();
        portal.accept(token, new AcceptPlan(proposed.terms().sha256(), true), new SignatureContext("127.0.0.1", "test"));
        return proposed.statement().installments().stream().map(Installment::dueDate).toList();
    }

    private List<Payment> lateFees(Invoice invoice, TenantContext ctx) {
        return queries.payments(invoice.id(), ctx).stream().filter(p -> p.kind() == PaymentKind.LATE_FEE).toList();
    }

    private static List<AgendaEntry> overdueEntries(ScenarioTenant tenant) {
        return tenant.agenda().stream().filter(e -> e.topic() == AgendaTopic.OVERDUE_INVOICES).toList();
    }
}
