package com.becflow.it.inserver;

import static org.assertj.core.api.Assertions.assertThat;

import com.becflow.clients.app.ClientService;
import com.becflow.contracts.Contract;
import com.becflow.contracts.ContractTerms;
import com.becflow.invoicing.Invoice;
import com.becflow.invoicing.InvoiceEventType;
import com.becflow.invoicing.InvoiceLine;
import com.becflow.invoicing.InvoiceOrigin;
import com.becflow.invoicing.app.InvoiceQueries;
import com.becflow.invoicing.app.SaveInvoice;
import com.becflow.invoicing.recurring.RecurringInvoice;
import com.becflow.invoicing.recurring.RecurringInvoices;
import com.becflow.invoicing.recurring.RecurringStatus;
import com.becflow.invoicing.recurring.Retainer;
import com.becflow.invoicing.recurring.app.LogHours;
import com.becflow.invoicing.recurring.app.RetainerTimesheet;
import com.becflow.invoicing.recurring.app.RecurringInvoicing;
import com.becflow.invoicing.recurring.app.SaveRecurringInvoice;
import com.becflow.it.inserver.scenario.ClockScenarios;
import com.becflow.it.inserver.scenario.Scenario;
import com.becflow.it.inserver.scenario.ScenarioClient;
import com.becflow.it.inserver.scenario.ScenarioTenant;
import com.becflow.shared.agenda.AgendaEntry;
import com.becflow.shared.agenda.AgendaTopic;
import com.becflow.shared.tenant.Actor;
import com.becflow.shared.tenant.TenantContext;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Recurring invoices on the movable clock: each day's invoice is issued and sent at 08:00 where the workspace is, across
 * a month end and the change to summer time, once however often the round runs; paused days are skipped; days missed
 * while no round ran are issued late, each once; a series whose client was archived pauses with the reason.
 */
@ExtendWith(ArquillianExtension.class)
class RecurringScenariosIT {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Deployment
    static WebArchive workspace() {
        return InServerArchive.everyInServerTest();
    }

    @Inject
    ClockScenarios scenarios;

    @Inject
    RecurringInvoicing recurring;

    @Inject
    InvoiceQueries queries;

    @Inject
    ClientService clients;

    @Inject
    RetainerTimesheet timesheet;

    @Test
    void aMonthlyInvoiceIsIssuedOnItsDaysAcrossAMonthEndAndTheChangeToSummerTimeOnceEach() throws InterruptedException {
        try (Scenario s = scenarios.begin()) {
            ScenarioTenant studio = s.tenant("Monthly Studio", "Europe/Berlin");
            ScenarioClient acme = studio.client("Acme Inc", "America/New_York");
            TenantContext ctx = studio.context();
            LocalDate today = LocalDate.now(s.clock().withZone(BERLIN));
            LocalDate january31 = today.plusDays(1).with(TemporalAdjusters.firstDayOfNextYear()).withDayOfMonth(31);
            RecurringInvoice series = recurring.start(monthly(acme, january31, 3), ctx);
            LocalDate february = january31.plusMonths(1);
            LocalDate march31 = january31.plusMonths(2);
            assertThat(series.upcoming(6)).containsExactly(january31, february, march31);
            assertThat(recurringEntries(studio)).extracting(AgendaEntry::dueAt)
                    .containsExactly(Instant.parse(january31 + "T07:00:00Z"));

            s.timePassesUntil(Instant.parse(january31 + "T06:59:59Z"));
            s.housekeeping();
            assertThat(issued(series, ctx)).as("not before 08:00 in Berlin").isEmpty();

            s.timePassesUntil(Instant.parse(january31 + "T07:00:00Z"));
            s.housekeeping();
            s.housekeeping();
            List<RecurringInvoices.IssuedDay> first = issued(series, ctx);
            assertThat(first).extracting(RecurringInvoices.IssuedDay::day).containsExactly(january31);
            Invoice january = queries.get(first.get(0).invoice(), ctx);
            assertThat(january.issueDate()).isEqualTo(january31);
            assertThat(january.total().amount()).isEqualByComparingTo("1500.00");
            assertThat(january.lines().items().get(0).description()).as("{month} names the month billed")
                    .isEqualTo("Retainer for January " + january31.getYear());
            assertThat(studio.history(january, InvoiceEventType.ISSUED)).singleElement()
                    .satisfies(e -> assertThat(e.actor().kind()).isEqualTo(Actor.Kind.SYSTEM));
            assertThat(acme.awaitMails("Monthly Studio sent you invoice", 1)).as("sent as it is issued")
                    .hasSize(1);
            assertThat(recurringEntries(studio)).extracting(AgendaEntry::dueAt)
                    .containsExactly(Instant.parse(february + "T07:00:00Z"));

            s.timePassesUntil(Instant.parse(february + "T07:00:00Z"));
            s.housekeeping();
            s.timePassesUntil(Instant.parse(march31 + "T05:59:59Z"));
            s.housekeeping();
            assertThat(issued(series, ctx)).extracting(RecurringInvoices.IssuedDay::day).containsExactly(february, january31);

            s.timePassesUntil(Instant.parse(march31 + "T06:00:00Z"));
            s.housekeeping();
            s.housekeeping();
            List<RecurringInvoices.IssuedDay> all = issued(series, ctx);
            assertThat(all).extracting(RecurringInvoices.IssuedDay::day).as("08:00 summer time is 06:00 UTC")
                    .containsExactly(march31, february, january31);
            assertThat(all).extracting(d -> queries.get(d.invoice(), ctx).issueDate())
                    .containsExactly(march31, february, january31);
            List<String> numbers = all.stream().map(d -> queries.get(d.invoice(), ctx).number().orElseThrow()).toList();
            assertThat(numbers).doesNotHaveDuplicates();
            RecurringInvoice ended = recurring.get(series.id(), ctx);
            assertThat(ended.status()).as("three invoices, as counted").isEqualTo(RecurringStatus.ENDED);
            assertThat(ended.issuedCount()).isEqualTo(3);
            assertThat(recurringEntries(studio)).as("nothing left on the agenda").isEmpty();
        }
    }

    @Test
    void pausedWeeksAreSkippedMissedWeeksAreIssuedLateEachOnceAndAnArchivedClientPausesTheSeries() {
        try (Scenario s = scenarios.begin()) {
            ScenarioTenant studio = s.tenant("Weekly Studio", "Europe/Berlin");
            ScenarioClient kiwi = studio.client("Kiwi Ltd", "Pacific/Auckland");
            TenantContext ctx = studio.context();
            LocalDate start = LocalDate.now(s.clock().withZone(BERLIN)).plusDays(1);
            RecurringInvoice series = recurring.start(new SaveRecurringInvoice(invoiceTo(kiwi), "WEEKLY", start, null,
                    null, null), ctx);

            s.timePassesUntil(RecurringInvoice.issueMoment(start.plusWeeks(2), BERLIN));
            s.housekeeping();
            assertThat(issued(series, ctx)).extracting(RecurringInvoices.IssuedDay::day)
                    .as("three days came while no round ran: each issued late, once")
                    .containsExactly(start.plusWeeks(2), start.plusWeeks(1), start);
            s.housekeeping();
            assertThat(issued(series, ctx)).hasSize(3);

            recurring.pause(series.id(), ctx);
            s.timePassesUntil(RecurringInvoice.issueMoment(start.plusWeeks(4).minusDays(1), BERLIN));
            s.housekeeping();
            assertThat(issued(series, ctx)).as("paused").hasSize(3);
            RecurringInvoice resumed = recurring.resume(series.id(), ctx);
            assertThat(resumed.nextDay()).as("the paused week is skipped").contains(start.plusWeeks(4));

            clients.archive(kiwi.client().id(), ctx);
            long invoicesBefore = queries.count(kiwi.client().id(), null, ctx);
            s.timePassesUntil(RecurringInvoice.issueMoment(start.plusWeeks(4), BERLIN));
            s.housekeeping();
            RecurringInvoice paused = recurring.get(series.id(), ctx);
            assertThat(paused.status()).isEqualTo(RecurringStatus.PAUSED);
            assertThat(paused.problem()).contains("The client Kiwi Ltd is archived");
            assertThat(queries.count(kiwi.client().id(), null, ctx)).as("no draft left behind").isEqualTo(invoicesBefore);
            assertThat(recurringEntries(studio)).as("a paused series waits for the freelancer").isEmpty();
        }
    }

    @Test
    void aRetainerBillsTheHoursBeyondEachPeriodsAllowanceOnTheNextInvoiceAtTheContractsChangeRate() throws Exception {
        try (Scenario s = scenarios.begin()) {
            ScenarioTenant studio = s.tenant("Retainer Studio", "Europe/Berlin");
            ScenarioClient acme = studio.client("Acme Inc", "Europe/London");
            TenantContext ctx = studio.context();
            Contract signed = acme.signedContract(ContractTerms.netDays(14).withScope(
                    new ContractTerms.Scope("Monthly design support", 2, new BigDecimal("80.00"))));
            LocalDate start = LocalDate.now(s.clock().withZone(BERLIN)).plusDays(1);
            RecurringInvoice series = recurring.start(new SaveRecurringInvoice(new SaveInvoice(acme.client().id(),
                    signed.id(), null, List.of(InvoiceLine.of("Design retainer, {month}", "1", "1500.00")), null, null,
                    14, false, null), "MONTHLY", start, null, 3, null,
                    new SaveRecurringInvoice.RetainerTerms(new BigDecimal("10"), null, true)), ctx);
            assertThat(series.retainer()).get().extracting(Retainer::extraHourRate).as("the contract's change rate")
                    .isEqualTo(new BigDecimal("80.00"));

            s.timePassesUntil(RecurringInvoice.issueMoment(start.plusDays(2), BERLIN));
            s.housekeeping();
            timesheet.log(series.id(), new LogHours(start.plusDays(2), new BigDecimal("6"), "Banner set"), ctx);
            assertThat(lines(issued(series, ctx).get(0), ctx)).as("the first invoice bills the fee ahead, no hours")
                    .containsExactly("1500.00");

            s.timePassesUntil(RecurringInvoice.issueMoment(start.plusMonths(1), BERLIN));
            s.housekeeping();
            assertThat(lines(issued(series, ctx).get(0), ctx)).as("6 of 10 hours used: nothing extra").containsExactly("1500.00");
            RetainerTimesheet.Standing standing = timesheet.standing(series.id(), ctx);
            assertThat(standing.carried()).as("4 unused hours roll over").isEqualByComparingTo("4");
            assertThat(standing.allowance()).isEqualByComparingTo("14");
            assertThat(standing.unbilled()).isEqualByComparingTo("0");

            s.timePasses(java.time.Duration.ofDays(3));
            timesheet.log(series.id(), new LogHours(start.plusMonths(1).plusDays(1), new BigDecimal("9.5"), null), ctx);
            timesheet.log(series.id(), new LogHours(start.plusMonths(1).plusDays(3), new BigDecimal("6.5"), null), ctx);
            s.timePassesUntil(RecurringInvoice.issueMoment(start.plusMonths(2), BERLIN));
            s.housekeeping();
            RecurringInvoices.IssuedDay third = issued(series, ctx).get(0);
            assertThat(lines(third, ctx)).as("16 hours against 10 + 4 carried: 2 extra at 80.00")
                    .containsExactly("1500.00", "160.00");
            Invoice invoice = queries.get(third.invoice(), ctx);
            assertThat(invoice.lines().items().get(1).description()).isEqualTo("Extra hours: 16 h worked, 14 h included");
            assertThat(invoice.total().amount()).isEqualByComparingTo("1660.00");
            assertThat(timesheet.standing(series.id(), ctx).entries()).as("each entry billed once, by the invoice counting it")
                    .extracting(e -> e.billedBy().orElseThrow()).containsOnly(third.invoice(), issued(series, ctx).get(1).invoice());
            assertThat(recurring.get(series.id(), ctx).status()).as("its last period is still open")
                    .isEqualTo(RecurringStatus.ACTIVE);

            s.timePasses(java.time.Duration.ofDays(1));
            timesheet.log(series.id(), new LogHours(start.plusMonths(2).plusDays(1), new BigDecimal("12.25"), null), ctx);
            s.timePassesUntil(RecurringInvoice.issueMoment(start.plusMonths(3), BERLIN));
            s.housekeeping();
            RecurringInvoices.IssuedDay closing = issued(series, ctx).get(0);
            assertThat(closing.day()).isEqualTo(start.plusMonths(3));
            assertThat(lines(closing, ctx)).as("the last period's 2.25 extra hours alone, no fee").containsExactly("180.00");
            assertThat(recurring.get(series.id(), ctx).status()).isEqualTo(RecurringStatus.ENDED);
            assertThat(issued(series, ctx)).hasSize(4);
        }
    }

    @Test
    void aRetainerTheFreelancerEndsStillBillsTheHoursBeyondThePeriodUnderWayOnItsClosingDay() throws Exception {
        try (Scenario s = scenarios.begin()) {
            ScenarioTenant studio = s.tenant("Ended Retainer Studio", "Europe/Berlin");
            ScenarioClient acme = studio.client("Acme Inc", "Europe/Berlin");
            TenantContext ctx = studio.context();
            LocalDate start = LocalDate.now(s.clock().withZone(BERLIN)).plusDays(1);
            RecurringInvoice series = recurring.start(new SaveRecurringInvoice(invoiceTo(acme), "MONTHLY", start, null,
                    null, null, new SaveRecurringInvoice.RetainerTerms(new BigDecimal("10"), new BigDecimal("80"), false)),
                    ctx);
            s.timePassesUntil(RecurringInvoice.issueMoment(start, BERLIN));
            s.housekeeping();
            timesheet.log(series.id(), new LogHours(start, new BigDecimal("12"), "Launch week"), ctx);

            RecurringInvoice ended = recurring.end(series.id(), ctx);

            assertThat(ended.upcoming(3)).as("no further fee").isEmpty();
            assertThat(ended.nextIssueDay()).as("the period under way closes when the next would begin")
                    .contains(start.plusMonths(1));
            s.timePassesUntil(RecurringInvoice.issueMoment(start.plusMonths(1), BERLIN));
            s.housekeeping();
            List<RecurringInvoices.IssuedDay> days = issued(series, ctx);
            assertThat(days).hasSize(2);
            assertThat(lines(days.get(0), ctx)).as("2 hours beyond the 10 included, at 80.00, no fee")
                    .containsExactly("160.00");
            assertThat(queries.origin(days.get(0).invoice(), ctx)).as("the invoice names the series that issued it")
                    .contains(new InvoiceOrigin(InvoiceOrigin.Source.RECURRING_INVOICE, series.id().value()));
            assertThat(recurring.get(series.id(), ctx).status()).isEqualTo(RecurringStatus.ENDED);
        }
    }

    private List<String> lines(RecurringInvoices.IssuedDay day, TenantContext ctx) {
        Invoice invoice = queries.get(day.invoice(), ctx);
        return invoice.lines().items().stream().map(l -> l.net(invoice.currency()).amount().toPlainString()).toList();
    }

    private List<RecurringInvoices.IssuedDay> issued(RecurringInvoice series, TenantContext ctx) {
        return recurring.issuedDays(series.id(), ctx);
    }

    private static SaveRecurringInvoice monthly(ScenarioClient client, LocalDate start, int count) {
        return new SaveRecurringInvoice(invoiceTo(client), "MONTHLY", start, null, count, null);
    }

    private static SaveInvoice invoiceTo(ScenarioClient client) {
        return new SaveInvoice(client.client().id(), null, null, List.of(InvoiceLine.of("Retainer for {month}", "1", "1500.00")),
                null, null, 14, false, null);
    }

    private static List<AgendaEntry> recurringEntries(ScenarioTenant tenant) {
        return tenant.agenda().stream().filter(e -> e.topic() == AgendaTopic.RECURRING_INVOICES).toList();
    }
}
