package com.becflow.it.bench;

import com.becflow.db.BecflowDataSource;
import com.becflow.integrations.jobs.TenantJobHandler;
import com.becflow.invoicing.app.NotificationWorker;
import com.becflow.invoicing.app.PaymentNotifications;
import com.becflow.invoicing.app.PaymentReconciliation;
import com.becflow.it.inserver.scenario.ClockScenarios;
import com.becflow.it.inserver.scenario.Scenario;
import com.becflow.it.inserver.scenario.ScenarioTenant;
import com.becflow.platform.jobs.PaymentHousekeepingRound;
import com.becflow.shared.agenda.Agenda;
import com.becflow.shared.tenant.TenantContext;
import com.becflow.shared.tenant.TenantId;
import com.becflow.tenancy.Tenant;
import com.becflow.tenancy.TenantNotServed;
import com.becflow.tenancy.TenantSlug;
import com.becflow.tenancy.app.TenantRegistry;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.io.File;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Properties;
import java.util.function.IntSupplier;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Prints what one minute's housekeeping round costs with a few hundred tenants, before the agenda (every tenant
 * entered and asked for unsettled attempts and owed receipts, as the round was until this change) and with it (only
 * the tenants with something due); asserts nothing about speed. Runs inside the server (Arquillian) against the test
 * platform's PostgreSQL; tenants are made up to the number asked and kept in {@code server/target/it-data} for later
 * runs. Queries are counted by PostgreSQL itself: table and index scans in tenant schemas and in the platform tables
 * a round reads, and committed transactions, with the other servers' background work as noise of a few.
 * Not part of the test run (its name ends neither in Test nor IT). Run it with
 * <pre>mvn -B verify -pl server -Dit.test=HousekeepingBenchmark -Dtest=NoSuchTest -Dsurefire.failIfNoSpecifiedTests=false \
 *     [-Dbench.tenants=300] [-Dbench.busy=5] [-Dbench.rounds=5]</pre>
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HousekeepingBenchmark {

    /** Where the server writes the figures for the test's own JVM to print (Payara's console is not shown). */
    private static final String FIGURES = "housekeeping-benchmark.txt";

    private final List<String> figures = new ArrayList<>();

    @Deployment
    static WebArchive workspace() throws Exception {
        String settings = "tenants=" + Integer.getInteger("bench.tenants", 300) + "\nbusy=" + Integer.getInteger("bench.busy", 5)
                + "\nrounds=" + Integer.getInteger("bench.rounds", 5) + "\nfigures=" + figuresFile() + "\n";
        return ClockScenarios.addTo(ShrinkWrap.createFromZipFile(WebArchive.class,
                        new File(System.getProperty("becflow.it.workspaceWar"))))
                .addClass(HousekeepingBenchmark.class)
                .addAsResource(new StringAsset(settings), "housekeeping-bench.properties");
    }

    @Inject
    TenantRegistry registry;

    @Inject
    ClockScenarios scenarios;

    @Inject
    Agenda agenda;

    @Inject
    PaymentHousekeepingRound round;

    @Inject
    PaymentNotifications notifications;

    @Inject
    NotificationWorker worker;

    @Inject
    PaymentReconciliation reconciliation;

    @Inject
    Clock clock;

    @Resource(lookup = BecflowDataSource.JNDI_NAME)
    DataSource dataSource;

    @Test
    @Order(1)
    void measureRoundsInsideTheServer() throws Exception {
        Properties settings = new Properties();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("housekeeping-bench.properties")) {
            settings.load(in);
        }
        int tenants = Integer.parseInt(settings.getProperty("tenants"));
        int busy = Integer.parseInt(settings.getProperty("busy"));
        int rounds = Integer.parseInt(settings.getProperty("rounds"));
        long made = System.nanoTime();
        int existing = registry.all().size();
        for (int i = existing; i < tenants; i++) {
            TenantId id = TenantId.newId();
            registry.ensureExists(Tenant.active(id, new TenantSlug("bench-" + id.value()), "Bench " + i,
                    ZoneId.of("Europe/Berlin"), Currency.getInstance("EUR"), "bench-" + id.value() + "@bench.test", clock));
        }
        long madeSeconds = (System.nanoTime() - made) / 1_000_000_000;
        List<TenantId> busyTenants = new ArrayList<>();
        try (Scenario s = scenarios.begin()) {
            for (int i = 0; i < busy; i++) {
                ScenarioTenant tenant = s.tenant("Busy " + i, "Europe/Berlin");
                tenant.client("Acme Inc", "America/New_York").invoice().dueInDays(14).issue();
                busyTenants.add(tenant.id());
            }
        }
        figures.add(String.format("== Housekeeping round: %d tenants (%d made in %d s), %d with something due ==",
                registry.all().size(), Math.max(0, tenants - existing), madeSeconds, busy));
        // Both variants once before measuring (JIT, connection pool, entity managers); the agenda drained by it.
        round.run();
        walkEveryTenant();

        measure("before: every tenant entered", rounds, () -> { }, this::walkEveryTenant);
        // The busy tenants' overdue moments are weeks away: made due now before each round, as if they had come.
        measure("after: the agenda's due tenants", rounds, () -> busyTenants.forEach(t -> agenda.bringForward(t,
                clock.instant())), () -> round.run().entered().size());
        Files.write(Path.of(settings.getProperty("figures")), figures);
    }

    @Test
    @Order(2)
    @RunAsClient
    void printFigures() throws Exception {
        Path written = figuresFile();
        Files.readAllLines(written).forEach(System.out::println);
        Files.delete(written);
    }

    /** The round as it was before the agenda: every tenant the registry knows, whether it has anything pending or not. */
    private int walkEveryTenant() {
        for (String eventId : notifications.due(500)) {
            worker.apply(eventId);
        }
        int entered = 0;
        for (Tenant tenant : registry.all()) {
            TenantContext ctx;
            try {
                ctx = registry.enter(tenant.id(), TenantJobHandler.JOBS);
            } catch (TenantNotServed e) {
                continue;
            }
            entered++;
            reconciliation.reconcile(ctx);
        }
        return entered;
    }

    private void measure(String variant, int rounds, Runnable prepare, IntSupplier round) throws Exception {
        List<Long> millis = new ArrayList<>();
        List<Long> scans = new ArrayList<>();
        List<Long> commits = new ArrayList<>();
        int entered = 0;
        for (int i = 0; i < rounds; i++) {
            prepare.run();
            long[] before = databaseCounters();
            long start = System.nanoTime();
            entered = round.getAsInt();
            millis.add((System.nanoTime() - start) / 1_000_000);
            long[] after = databaseCounters();
            scans.add(after[0] - before[0]);
            commits.add(after[1] - before[1]);
        }
        figures.add(String.format("%-36s tenants entered %4d | ms per round: median %5d (all %s) | table scans: median"
                        + " %6d | transactions: median %5d", variant, entered, median(millis), millis, median(scans),
                median(commits)));
    }

    /**
     * Scans of tenant schemas' tables and of the platform tables a round reads, and committed transactions. Each
     * server process reports its counts to PostgreSQL when idle, at most once a second, so this waits two seconds.
     */
    private long[] databaseCounters() throws Exception {
        Thread.sleep(2000);
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            long scans;
            try (ResultSet rs = st.executeQuery("SELECT coalesce(sum(coalesce(seq_scan, 0) + coalesce(idx_scan, 0)), 0)"
                    + " FROM pg_stat_user_tables WHERE schemaname LIKE 'tenant%' OR (schemaname = 'public' AND relname IN"
                    + " ('tenant', 'agenda', 'payment_account', 'payment_notification'))")) {
                rs.next();
                scans = rs.getLong(1);
            }
            try (ResultSet rs = st.executeQuery("SELECT xact_commit FROM pg_stat_database WHERE datname = current_database()")) {
                rs.next();
                return new long[] {scans, rs.getLong(1)};
            }
        }
    }

    private static Path figuresFile() {
        return Path.of(System.getProperty("becflow.it.dataDir"), FIGURES).toAbsolutePath();
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
