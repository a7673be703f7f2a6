package com.becflow.it.bench;

import com.becflow.db.BecflowDataSource;
import com.becflow.integrations.jobs.TenantJobHandler;
import com.becflow.it.TestPlatform;
import com.becflow.it.inserver.scenario.ClockScenarios;
import com.becflow.it.inserver.scenario.Scenario;
import com.becflow.platform.jobs.PaymentHousekeepingRound;
import com.becflow.reminders.app.ReminderSweep;
import com.becflow.shared.tenant.TenantId;
import com.becflow.tenancy.app.TenantRegistry;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.File;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jobrunr.configuration.JobRunr;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Prints what issue 15's reminders cost at scale; asserts nothing about speed. Inside the server (Arquillian) against
 * the test platform's PostgreSQL and GreenMail, with {@code bench.tenants} tenants (1,000 unless told) holding
 * {@code bench.invoices} open invoices (100,000) made by {@link ReminderBenchData} and kept for later runs.
 * <ol>
 *   <li>The sweep: the clock is moved to 14:30 UTC on the data's day, after one sweep of every bench tenant two hours
 *       earlier has set their agenda entries as production leaves them. Then the housekeeping round runs as the
 *       minute's job runs it (the agenda's due entries, {@code ReminderRound} per tenant: sweep, one JobRunr job per
 *       reminder due) until no entry is due, with JobRunr's workers paused so nothing is sent meanwhile. Yardsticks
 *       from the same run: one SQL {@code count(*)} over the same open invoices, and the sweep's own statement read
 *       page by page over plain JDBC.</li>
 *   <li>The send: JobRunr's workers resume and send those reminders ({@code ReminderSending}: link, rendering, the
 *       step kept, the mail queued) and the outbox hands the mails to GreenMail, timed until the outbox has sent them
 *       all. Yardstick: the same number of small mails sent with plain Jakarta Mail from this JVM to the same SMTP
 *       server, on two connections like the outbox's two senders.</li>
 * </ol>
 * CPU is read from {@code /proc} ({@link ProcessCpu}): this server's, PostgreSQL's (with its exited backends) and the
 * test JVM's, which runs GreenMail and the SMTP proxy. Not part of the test run (its name ends neither in Test nor
 * IT). Run it with
 * <pre>mvn -o -B verify -pl server -am -Dit.test=ReminderBenchmark -Dtest=NoSuchTest -Dsurefire.failIfNoSpecifiedTests=false \
 *     [-Dbench.tenants=1000] [-Dbench.invoices=100000] [-Dbench.profile=true]</pre>
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReminderBenchmark {

    /** Where the server writes the figures for the test's own JVM to print (Payara's console is not shown). */
    private static final String FIGURES = "reminder-benchmark.txt";
    /** The sweep's statement for a page of open invoices, as {@code JpaReminderBook} sends it. */
    private static final String OPEN = "SELECT i.id, i.client_id, COALESCE(i.plan_due_date, i.due_date), i.issued_at,"
            + " c.time_zone, c.reminder_channel, h.paused_through, h.promised_for, COALESCE(h.off, false),"
            + " (SELECT string_agg(r.step, ',') FROM %1$s.invoice_reminder r WHERE r.invoice_id = i.id"
            + " AND r.due_date = COALESCE(i.plan_due_date, i.due_date)),"
            + " i.plan_due_date IS NOT NULL AND EXISTS (SELECT 1 FROM %1$s.autopay a WHERE a.invoice_id = i.id"
            + " AND a.status = 'ON')"
            + " FROM %1$s.invoice i JOIN %1$s.client c ON c.id = i.client_id"
            + " LEFT JOIN %1$s.invoice_reminder_hold h ON h.invoice_id = i.id"
            + " WHERE i.status IN ('ISSUED', 'VIEWED', 'PARTIALLY_PAID') AND i.kind <> 'CREDIT_NOTE'";
    private static final String REMINDER_JOBS = "FROM jobrunr_jobs WHERE jobsignature LIKE '%SendReminder%'";
    private static final String BENCH_MAIL = "FROM mail_outbox WHERE tenant_id IN (SELECT id FROM tenant WHERE slug LIKE '"
            + ReminderBenchData.SLUG_PREFIX + "%') AND queued_at >= ";

    private final List<String> figures = new ArrayList<>();
    /** {@code server/target/it-data}, as the test's JVM names it. */
    private Path dataDir;
    private boolean jobsPaused;

    @Deployment
    static WebArchive workspace() {
        String settings = "tenants=" + Integer.getInteger("bench.tenants", 1000) + "\ninvoices="
                + Integer.getInteger("bench.invoices", 100_000) + "\nprofile=" + Boolean.getBoolean("bench.profile")
                + "\nfigures=" + figuresFile() + "\ndataDir=" + figuresFile().getParent() + "\ngreenMailPort="
                + TestPlatform.greenMailSmtpPort() + "\n";
        return ClockScenarios.addTo(ShrinkWrap.createFromZipFile(WebArchive.class,
                        new File(System.getProperty("becflow.it.workspaceWar"))))
                .addClasses(ReminderBenchmark.class, ReminderBenchData.class, ProcessCpu.class, FlightRecording.class)
                .addAsResource(new StringAsset(settings), "reminder-bench.properties");
    }

    @Inject
    TenantRegistry registry;

    @Inject
    ClockScenarios scenarios;

    @Inject
    PaymentHousekeepingRound round;

    @Inject
    ReminderSweep sweep;

    @Inject
    Clock clock;

    @Resource(lookup = BecflowDataSource.JNDI_NAME)
    DataSource dataSource;

    @Test
    @Order(1)
    void measureInsideTheServer() throws Exception {
        Properties settings = new Properties();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("reminder-bench.properties")) {
            settings.load(in);
        }
        int tenants = Integer.parseInt(settings.getProperty("tenants"));
        int invoices = Integer.parseInt(settings.getProperty("invoices"));
        boolean profile = Boolean.parseBoolean(settings.getProperty("profile"));
        dataDir = Path.of(settings.getProperty("dataDir"));
        ReminderBenchData data = new ReminderBenchData(registry, scenarios, dataSource, clock, dataDir);
        figures.add(String.format("== Reminder benchmark (issue 15): %d tenants, %d open invoices; %d cores; load %s ==",
                tenants, invoices, Runtime.getRuntime().availableProcessors(), load()));
        try {
            List<TenantId> bench = data.prepare(tenants, invoices);
            figures.addAll(data.log());
            // Nothing is sent while the sweep is measured; the minute's housekeeping job waits too.
            JobRunr.getBackgroundJobServer().pauseProcessing();
            jobsPaused = true;
            Thread.sleep(2000);
            try (Scenario s = scenarios.begin()) {
                int enqueued = measureSweep(s, data, bench, profile);
                measureSend(data, enqueued, profile);
                int mails = Math.max(enqueued, 1000);
                String smtpPort = ConfigProvider.getConfig().getOptionalValue("SMTP_PORT", String.class).orElse("587");
                mailYardstick("the SMTP server the outbox uses (the test platform's proxy before GreenMail)", smtpPort, mails);
                mailYardstick("GreenMail itself", settings.getProperty("greenMailPort"), mails);
            }
        } catch (Exception | Error e) {
            figures.add("FAILED: " + e);
            throw e;
        } finally {
            if (jobsPaused) {
                JobRunr.getBackgroundJobServer().resumeProcessing();
            }
            Files.write(Path.of(settings.getProperty("figures")), figures);
        }
    }

    @Test
    @Order(2)
    @RunAsClient
    void printFigures() throws Exception {
        Path written = figuresFile();
        Files.readAllLines(written).forEach(System.out::println);
        Files.copy(written, written.resolveSibling("reminder-benchmark-" + Instant.now().getEpochSecond() + ".txt"));
        Files.delete(written);
    }

    /** Figure 1; returns the reminder jobs enqueued. */
    private int measureSweep(Scenario s, ReminderBenchData data, List<TenantId> bench, boolean profile) throws Exception {
        Instant measured = data.measuredAt();
        // Two hours before: each tenant's agenda entry moves to its next reminder, as the rounds before would leave it.
        s.timePassesUntil(measured.minus(Duration.ofHours(2)));
        long start = System.nanoTime();
        int read = 0;
        int dueEarlier = 0;
        for (TenantId tenant : bench) {
            ReminderSweep.Swept swept = sweep.sweep(registry.enter(tenant, TenantJobHandler.JOBS));
            read += swept.invoicesRead();
            dueEarlier += swept.due().size();
        }
        figures.add(String.format("set-up sweep of every bench tenant at %s (also the JIT's warm-up; nothing enqueued):"
                        + " %d invoices read, %d reminders due then, %.1f s", measured.minus(Duration.ofHours(2)), read,
                dueEarlier, (System.nanoTime() - start) / 1e9));

        s.timePassesUntil(measured);
        try (Connection c = dataSource.getConnection(); Statement sql = c.createStatement()) {
            List<String> due = new ArrayList<>();
            try (ResultSet r = sql.executeQuery("SELECT topic, count(*) FROM agenda WHERE due_at <= TIMESTAMPTZ '" + measured
                    + "' GROUP BY topic ORDER BY topic")) {
                while (r.next()) {
                    due.add(r.getString(1) + " " + r.getLong(2));
                }
            }
            figures.add("agenda entries due at " + measured + ": " + String.join(", ", due) + "; load " + load());
            long jobsBefore = ReminderBenchData.count(sql, "SELECT count(*) " + REMINDER_JOBS);
            Recording recording = profile ? startRecording() : null;
            Map<String, Double> cpuBefore = ProcessCpu.read(dataDir.getParent());
            start = System.nanoTime();
            Set<TenantId> entered = new LinkedHashSet<>();
            int rounds = 0;
            PaymentHousekeepingRound.Report report;
            do {
                report = round.run();
                rounds++;
                entered.addAll(report.entered());
            } while (!report.entered().isEmpty() && rounds < 20);
            double seconds = (System.nanoTime() - start) / 1e9;
            Map<String, Double> cpuAfter = ProcessCpu.read(dataDir.getParent());
            List<String> profiled = recording == null ? List.of() : stopRecording(recording, "reminder-sweep");
            int enqueued = (int) (ReminderBenchData.count(sql, "SELECT count(*) " + REMINDER_JOBS) - jobsBefore);
            long invoicesRead = openInvoices(sql, entered);
            double server = ProcessCpu.used(cpuBefore, cpuAfter, "server");
            double postgres = ProcessCpu.used(cpuBefore, cpuAfter, "postgres");
            long benchEntered = entered.stream().filter(bench::contains).count();
            figures.add(String.format("FIGURE 1, the sweep: %d rounds; tenants entered %d (%d bench); invoices read %d;"
                            + " reminders enqueued %d (%.1f %% of those read); wall %.2f s (goal < 20 s); load %s", rounds,
                    entered.size(), benchEntered, invoicesRead, enqueued, 100.0 * enqueued / Math.max(1, invoicesRead), seconds,
                    load()));
            figures.add(String.format("  CPU: server %.2f s + PostgreSQL %.2f s = %.2f s (%.2f cores); per invoice read"
                            + " %.3f ms (server %.3f, PostgreSQL %.3f); per reminder enqueued %.2f ms", server, postgres,
                    server + postgres, (server + postgres) / seconds, 1e3 * (server + postgres) / Math.max(1, invoicesRead),
                    1e3 * server / Math.max(1, invoicesRead), 1e3 * postgres / Math.max(1, invoicesRead),
                    1e3 * (server + postgres) / Math.max(1, enqueued)));
            figures.addAll(profiled);
            sweepYardsticks(sql, entered, invoicesRead);
            return enqueued;
        }
    }

    /** The open invoices of these tenants, as the sweep reads them (all of them: it pages to the end). */
    private static long openInvoices(Statement sql, Set<TenantId> tenants) throws Exception {
        long all = 0;
        for (TenantId tenant : tenants) {
            all += ReminderBenchData.count(sql, "SELECT count(*) FROM (" + String.format(OPEN, tenant.schemaName()) + ") o");
        }
        return all;
    }

    /** The same rows read without the application: one {@code count(*)}, then the sweep's statement over JDBC. */
    private void sweepYardsticks(Statement sql, Set<TenantId> entered, long invoicesRead) throws Exception {
        String union = entered.stream().map(t -> "SELECT count(*) AS n FROM " + t.schemaName() + ".invoice i WHERE"
                        + " i.status IN ('ISSUED', 'VIEWED', 'PARTIALLY_PAID') AND i.kind <> 'CREDIT_NOTE'")
                .collect(Collectors.joining(" UNION ALL "));
        Map<String, Double> before = ProcessCpu.read(dataDir.getParent());
        long start = System.nanoTime();
        long counted = ReminderBenchData.count(sql, "SELECT coalesce(sum(n), 0) FROM (" + union + ") a");
        double seconds = (System.nanoTime() - start) / 1e9;
        Map<String, Double> after = ProcessCpu.read(dataDir.getParent());
        figures.add(String.format("  yardstick, one SQL count(*) over the entered tenants' open invoices (%d tables):"
                        + " %d rows in %.3f s; CPU server %.2f s, PostgreSQL %.2f s", entered.size(), counted, seconds,
                ProcessCpu.used(before, after, "server"), ProcessCpu.used(before, after, "postgres")));

        before = ProcessCpu.read(dataDir.getParent());
        start = System.nanoTime();
        long rows = 0;
        for (TenantId tenant : entered) {
            String page = String.format(OPEN, tenant.schemaName()) + " AND i.id > '%s'::uuid ORDER BY i.id LIMIT 500";
            String after1 = "00000000-0000-0000-0000-000000000000";
            int got;
            do {
                got = 0;
                try (ResultSet r = sql.executeQuery(String.format(page, after1))) {
                    while (r.next()) {
                        got++;
                        after1 = r.getString(1);
                        for (int col = 2; col <= 11; col++) {
                            r.getObject(col);
                        }
                    }
                }
                rows += got;
            } while (got == 500);
        }
        seconds = (System.nanoTime() - start) / 1e9;
        after = ProcessCpu.read(dataDir.getParent());
        double server = ProcessCpu.used(before, after, "server");
        double postgres = ProcessCpu.used(before, after, "postgres");
        figures.add(String.format("  yardstick, the sweep's statement over plain JDBC, pages of 500, every entered tenant:"
                        + " %d rows in %.2f s; CPU server %.2f s + PostgreSQL %.2f s, %.3f ms per row", rows, seconds, server,
                postgres, 1e3 * (server + postgres) / Math.max(1, rows)));
    }

    /** Figure 2: the reminder jobs run and their mails reach GreenMail through the outbox. */
    private void measureSend(ReminderBenchData data, int jobs, boolean profile) throws Exception {
        String since = "TIMESTAMPTZ '" + data.measuredAt() + "'";
        try (Connection c = dataSource.getConnection(); Statement sql = c.createStatement()) {
            Recording recording = profile ? startRecording() : null;
            Map<String, Double> cpuBefore = ProcessCpu.read(dataDir.getParent());
            long start = System.nanoTime();
            JobRunr.getBackgroundJobServer().resumeProcessing();
            jobsPaused = false;
            double jobsDoneAt = -1;
            long finished;
            long queued;
            long sent;
            do {
                Thread.sleep(200);
                finished = ReminderBenchData.count(sql, "SELECT count(*) " + REMINDER_JOBS
                        + " AND state IN ('SUCCEEDED', 'FAILED', 'DELETED')");
                queued = ReminderBenchData.count(sql, "SELECT count(*) " + BENCH_MAIL + since);
                sent = ReminderBenchData.count(sql, "SELECT count(*) " + BENCH_MAIL + since + " AND state <> 'QUEUED'");
                if (jobsDoneAt < 0 && finished >= jobs) {
                    jobsDoneAt = (System.nanoTime() - start) / 1e9;
                }
            } while ((finished < jobs || sent < queued) && System.nanoTime() - start < Duration.ofMinutes(20).toNanos());
            double seconds = (System.nanoTime() - start) / 1e9;
            Map<String, Double> cpuAfter = ProcessCpu.read(dataDir.getParent());
            List<String> profiled = recording == null ? List.of() : stopRecording(recording, "reminder-send");
            double server = ProcessCpu.used(cpuBefore, cpuAfter, "server");
            double postgres = ProcessCpu.used(cpuBefore, cpuAfter, "postgres");
            double testJvm = ProcessCpu.used(cpuBefore, cpuAfter, "test JVM");
            long failedJobs = ReminderBenchData.count(sql, "SELECT count(*) " + REMINDER_JOBS + " AND state = 'FAILED'");
            long delivered = ReminderBenchData.count(sql, "SELECT count(*) " + BENCH_MAIL + since + " AND state = 'SENT'");
            double firstToLast;
            try (ResultSet r = sql.executeQuery("SELECT EXTRACT(EPOCH FROM max(sent_at) - min(queued_at)) " + BENCH_MAIL + since)) {
                r.next();
                firstToLast = r.getDouble(1);
            }
            figures.add(String.format("FIGURE 2, the send: %d reminder jobs run (%d failed) in %.1f s from resuming JobRunr"
                            + " (%.0f jobs/s); %d mails queued, %d delivered to GreenMail (SMTP) after %.1f s: %.0f mails/s"
                            + " from resuming, %.0f mails/s from the first queued to the last sent (%.1f s); goal >= 1,000/s;"
                            + " load %s", finished, failedJobs, jobsDoneAt, finished / Math.max(0.001, jobsDoneAt), queued,
                    delivered, seconds, delivered / seconds, delivered / Math.max(0.001, firstToLast), firstToLast, load()));
            figures.add(String.format("  CPU: server %.2f s + PostgreSQL %.2f s = %.2f ms per mail (%.2f cores); the test"
                            + " JVM (GreenMail, SMTP proxy) %.2f s more, %.2f ms per mail", server, postgres,
                    1e3 * (server + postgres) / Math.max(1, delivered), (server + postgres) / seconds, testJvm,
                    1e3 * testJvm / Math.max(1, delivered)));
            figures.addAll(profiled);
        }
    }

    /** Plain Jakarta Mail: {@code count} small mails on two connections to an SMTP server on this machine. */
    private void mailYardstick(String server, String port, int count) throws Exception {
        Properties props = new Properties();
        props.put("mail.smtp.host", ConfigProvider.getConfig().getValue("SMTP_HOST", String.class));
        props.put("mail.smtp.port", port);
        Session session = Session.getInstance(props);
        String body = "Dear client,\n\nthis is a friendly reminder that invoice RB-42 of EUR 1,515.00 is due today.\n"
                + "Pay here: http://127.0.0.1/portal/invoice/" + "x".repeat(43) + "\n\nKind regards\n";
        Map<String, Double> before = ProcessCpu.read(dataDir.getParent());
        long start = System.nanoTime();
        ExecutorService threads = Executors.newFixedThreadPool(2);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < 2; t++) {
            int thread = t;
            done.add(threads.submit(() -> {
                try (Transport transport = session.getTransport("smtp")) {
                    transport.connect();
                    for (int i = thread; i < count; i += 2) {
                        MimeMessage message = new MimeMessage(session);
                        message.setFrom(new InternetAddress("no-reply@becflow.local"));
                        message.setRecipient(Message.RecipientType.TO, new InternetAddress("yardstick-" + i + "@bench.test"));
                        message.setSubject("Friendly reminder: invoice RB-" + i, "UTF-8");
                        message.setText(body, "UTF-8");
                        transport.sendMessage(message, message.getAllRecipients());
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        threads.shutdown();
        double seconds = (System.nanoTime() - start) / 1e9;
        Map<String, Double> after = ProcessCpu.read(dataDir.getParent());
        figures.add(String.format("  yardstick, plain Jakarta Mail from the server's JVM, 2 connections, %d small mails to"
                        + " %s: %.1f s, %.0f mails/s; CPU server %.2f ms per mail, test JVM (GreenMail, proxy)"
                        + " %.2f ms per mail", count, server, seconds, count / seconds, 1e3 * ProcessCpu.used(before, after, "server") / count,
                1e3 * ProcessCpu.used(before, after, "test JVM") / count));
    }

    private Recording startRecording() throws Exception {
        Recording recording = new Recording(Configuration.getConfiguration("profile"));
        recording.start();
        return recording;
    }

    private List<String> stopRecording(Recording recording, String name) throws Exception {
        recording.stop();
        Path file = dataDir.resolve("bench-" + name + ".jfr");
        recording.dump(file);
        recording.close();
        return FlightRecording.summary(name, file);
    }

    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    private static Path figuresFile() {
        return Path.of(System.getProperty("becflow.it.dataDir", "target/it-data"), FIGURES).toAbsolutePath();
    }
}
