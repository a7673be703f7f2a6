package com.becflow.it.inserver;

import static org.assertj.core.api.Assertions.assertThat;

import com.becflow.invoicing.Invoice;
import com.becflow.invoicing.InvoiceEventType;
import com.becflow.it.inserver.scenario.ClockScenarios;
import com.becflow.it.inserver.scenario.Scenario;
import com.becflow.it.inserver.scenario.ScenarioClient;
import com.becflow.it.inserver.scenario.ScenarioTenant;
import com.becflow.reminders.ReminderOutcome;
import com.becflow.reminders.ReminderRecord;
import com.becflow.reminders.app.ReminderControls;
import com.becflow.reminders.app.ReminderSending;
import com.becflow.workspace.local.LocalMailbox;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Several servers reminding at once, on the movable clock: their housekeeping rounds sweep the same tenant at the same
 * moment, and their jobs try to send the same reminders, while the minute's own round runs too. Everything they share
 * is in PostgreSQL (the agenda entry's lock, the invoice's lock, the reminder's unique record in the mail's
 * transaction), so threads of one server started together race exactly as servers would. Each reminder reaches the
 * client once.
 */
@ExtendWith(ArquillianExtension.class)
class ReminderConcurrencyScenariosIT {

    private static final int INVOICES = 6;
    private static final int SERVERS = 4;

    @Deployment
    static WebArchive workspace() {
        return InServerArchive.everyInServerTest();
    }

    @Inject
    ClockScenarios scenarios;

    @Inject
    ReminderSending sending;

    @Inject
    ReminderControls reminders;

    @Inject
    LocalMailbox mailbox;

    @Resource
    ManagedExecutorService executor;

    @Test
    void fourServersSweepingAndSendingTheSameRemindersAtOnceRemindEachInvoiceOnce() throws Exception {
        try (Scenario s = scenarios.begin()) {
            ScenarioTenant studio = s.tenant("Crowded Studio", "Europe/Berlin");
            ScenarioClient acme = studio.client("Acme Inc", "Europe/Berlin");
            List<Invoice> invoices = new ArrayList<>();
            for (int i = 1; i <= INVOICES; i++) {
                invoices.add(acme.invoice().line("Sprint " + i, "800.00").dueInDays(14).issue());
            }
            Instant nine = ZonedDateTime.of(invoices.get(0).dueDate().minusDays(3), LocalTime.of(9, 0), acme.zone())
                    .toInstant();
            s.timePassesUntil(nine);

            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<ReminderSending.Result>>> servers = new ArrayList<>();
            for (int n = 0; n < SERVERS; n++) {
                servers.add(executor.submit((Callable<List<ReminderSending.Result>>) () -> {
                    start.await();
                    s.housekeeping();
                    List<ReminderSending.Result> sent = new ArrayList<>();
                    for (Invoice invoice : invoices) {
                        sent.add(sending.send(studio.context(), invoice.id(), "D-3"));
                    }
                    s.housekeeping();
                    return sent;
                }));
            }
            start.countDown();
            List<ReminderSending.Result> results = new ArrayList<>();
            for (Future<List<ReminderSending.Result>> server : servers) {
                results.addAll(server.get(3, TimeUnit.MINUTES));
            }

            assertThat(results).as("a send either went or found it done").allMatch(r -> r == ReminderSending.Result.SENT
                    || r == ReminderSending.Result.ALREADY_DONE);
            assertThat(results).filteredOn(r -> r == ReminderSending.Result.SENT).hasSizeLessThanOrEqualTo(INVOICES);
            for (Invoice invoice : invoices) {
                assertThat(awaitStep(studio, invoice)).extracting(ReminderRecord::outcome).isEqualTo(ReminderOutcome.SENT);
                assertThat(reminders.done(studio.context(), invoice.id())).filteredOn(r -> r.step().equals("D-3"))
                        .hasSize(1);
                assertThat(studio.history(invoice, InvoiceEventType.REMINDER_SENT)).hasSize(1);
            }
            s.housekeeping();
            assertThat(acme.awaitMails(" is due on ", INVOICES)).hasSize(INVOICES);
            Thread.sleep(2000);
            List<LocalMailbox.ReceivedMail> mails = mailbox.inbox(acme.client().email()).stream()
                    .filter(m -> m.subject().contains(" is due on ")).toList();
            assertThat(mails).as("one reminder per invoice, however many tried").hasSize(INVOICES);
            assertThat(mails).extracting(LocalMailbox.ReceivedMail::subject).doesNotHaveDuplicates()
                    .allSatisfy(subject -> assertThat(invoices).anyMatch(i -> subject.startsWith("Invoice "
                            + i.number().orElseThrow() + " is due on")));
        }
    }

    private ReminderRecord awaitStep(ScenarioTenant studio, Invoice invoice) throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            List<ReminderRecord> done = reminders.done(studio.context(), invoice.id());
            if (!done.isEmpty()) {
                return done.get(0);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("No reminder of " + invoice.number().orElse("") + " was kept");
    }
}
