package com.becflow.it.bench;

import com.becflow.invoicing.Invoice;
import com.becflow.it.inserver.scenario.ClockScenarios;
import com.becflow.it.inserver.scenario.Scenario;
import com.becflow.it.inserver.scenario.ScenarioClient;
import com.becflow.it.inserver.scenario.ScenarioTenant;
import com.becflow.reminders.ReminderPolicy;
import com.becflow.shared.tenant.TenantId;
import com.becflow.tenancy.Tenant;
import com.becflow.tenancy.TenantSlug;
import com.becflow.tenancy.app.TenantRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * The reminder benchmark's tenants and open invoices, made once and kept in {@code server/target/it-data} for later
 * runs. A template tenant's clients (one per time zone) and one issued invoice are made through the real use cases;
 * every bench tenant is provisioned by the registry, then gets copies of those clients and of that invoice in SQL,
 * with due dates spread from 100 days before the measured day to 60 days after it, and the standard policy's steps
 * whose business hours are over by the measured moment recorded as sent. So at {@link #measuredAt()} (14:30 UTC on
 * the data's day) a reminder is due for the invoices with a step on that day whose clients are in business hours
 * (Berlin, London, New York; not Tokyo, whose day is over, nor Sydney, whose day has not begun).
 *
 * <p>Each run first undoes what the previous one sent (the steps kept with a mail, the reminder jobs JobRunr keeps,
 * the bench tenants' mails in the outbox), so every run finds the same reminders due.
 */
final class ReminderBenchData {

    static final List<String> ZONES = List.of("Europe/Berlin", "Europe/London", "America/New_York", "Asia/Tokyo",
            "Australia/Sydney");
    static final String SLUG_PREFIX = "rbench-";
    /** The measured moment's time of day, UTC: business hours in Europe and New York, not in Tokyo or Sydney. */
    static final LocalTime MEASURED_AT = LocalTime.of(14, 30);
    /** Copies of the template's clients per bench tenant (so 5 x this many clients each). */
    private static final int CLIENT_COPIES = 4;
    private static final String SETTINGS = "reminder-bench.properties";

    private final TenantRegistry registry;
    private final ClockScenarios scenarios;
    private final DataSource dataSource;
    private final Clock clock;
    private final Path dataDir;
    private final List<String> log = new ArrayList<>();
    private LocalDate day;
    private TenantId template;

    ReminderBenchData(TenantRegistry registry, ClockScenarios scenarios, DataSource dataSource, Clock clock, Path dataDir) {
        this.registry = registry;
        this.scenarios = scenarios;
        this.dataSource = dataSource;
        this.clock = clock;
        this.dataDir = dataDir;
    }

    /** The moment measured: 14:30 UTC on the data's day. */
    Instant measuredAt() {
        return day.atTime(MEASURED_AT).toInstant(ZoneOffset.UTC);
    }

    /** What the set-up did, for the figures. */
    List<String> log() {
        return log;
    }

    /**
     * The first {@code tenants} bench tenants, made and filled as needed so that they hold {@code invoices} open
     * invoices in all, and reset to the state before the measured moment.
     */
    List<TenantId> prepare(int tenants, int invoices) throws Exception {
        loadOrStart();
        if (!measuredAt().minusSeconds(3 * 3600).isAfter(clock.instant())) {
            throw new IllegalStateException("The bench data's day " + day + " has passed: delete " + dataDir.resolve(SETTINGS)
                    + " and " + dataDir.resolve("postgres") + " to make it anew");
        }
        long started = System.nanoTime();
        List<Tenant> existing = registry.all().stream().filter(t -> t.slug().value().startsWith(SLUG_PREFIX))
                .sorted(Comparator.comparing(t -> t.slug().value())).collect(Collectors.toCollection(ArrayList::new));
        int made = 0;
        for (int i = existing.size(); i < tenants; i++) {
            TenantId id = TenantId.newId();
            existing.add(registry.ensureExists(Tenant.active(id, new TenantSlug(SLUG_PREFIX + String.format("%05d", i)),
                    "Reminder Bench " + i, ZoneId.of(ZONES.get(i % ZONES.size())), Currency.getInstance("EUR"),
                    "owner-" + SLUG_PREFIX + i + "@bench.test", clock)));
            made++;
        }
        List<TenantId> ids = existing.subList(0, tenants).stream().map(Tenant::id).toList();
        long provisioned = System.nanoTime();
        int filled = 0;
        try (Connection c = dataSource.getConnection(); Statement sql = c.createStatement()) {
            for (int i = 0; i < ids.size(); i++) {
                String schema = ids.get(i).schemaName();
                if (count(sql, "SELECT count(*) FROM " + schema + ".invoice") == 0) {
                    fill(sql, schema, i, invoices / tenants + (i < invoices % tenants ? 1 : 0));
                    filled++;
                }
                // What the previous run sent: its steps (kept with a mail id; the made-up history has none).
                sql.executeUpdate("DELETE FROM " + schema + ".invoice_reminder WHERE mail_id IS NOT NULL");
            }
            // JobRunr keeps a finished job's id, which a reminder's job id is made from: the same reminder would not
            // be enqueued again.
            sql.executeUpdate("DELETE FROM jobrunr_jobs WHERE jobsignature LIKE '%SendReminder%'");
            // Its mails, so the send counts this run's only.
            sql.executeUpdate("DELETE FROM mail_outbox WHERE tenant_id IN (SELECT id FROM tenant WHERE slug LIKE '"
                    + SLUG_PREFIX + "%')");
        }
        log.add(String.format("set-up: %d bench tenants (%d provisioned now in %.1f s), %d filled in SQL now, in %.1f s"
                        + " all; data day %s, template tenant %s", ids.size(), made, (provisioned - started) / 1e9, filled,
                (System.nanoTime() - started) / 1e9, day, template.value()));
        return ids;
    }

    /** The data's day and template tenant, kept from an earlier run or made now. */
    private void loadOrStart() throws IOException {
        Path file = dataDir.resolve(SETTINGS);
        Properties kept = new Properties();
        if (Files.exists(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                kept.load(in);
            }
            day = LocalDate.parse(kept.getProperty("day"));
            template = new TenantId(UUID.fromString(kept.getProperty("template")));
            return;
        }
        // A week ahead: the clock only moves forward, so the data's day must lie ahead of every later run's real time.
        day = LocalDate.now(clock).plusDays(7);
        template = makeTemplate();
        kept.setProperty("day", day.toString());
        kept.setProperty("template", template.value().toString());
        try (OutputStream out = Files.newOutputStream(file)) {
            kept.store(out, "The reminder benchmark's data (ReminderBenchData): delete with it-data/postgres");
        }
    }

    /** A tenant whose clients (one per zone) and one issued invoice are made by the use cases, to copy. */
    private TenantId makeTemplate() {
        try (Scenario s = scenarios.begin()) {
            ScenarioTenant tenant = s.tenant("Reminder Bench Template", "Europe/Berlin");
            List<ScenarioClient> clients = new ArrayList<>();
            for (String zone : ZONES) {
                clients.add(tenant.client("Client in " + zone.substring(zone.indexOf('/') + 1), zone));
            }
            Invoice issued = clients.get(0).invoice().line("Website redesign, phase 2", "1480.00")
                    .line("Hosting, December", "35.00").dueInDays(14).issue();
            log.add("template tenant made through the use cases: " + ZONES.size() + " clients, invoice "
                    + issued.number().orElse("?"));
            return tenant.id();
        }
    }

    /**
     * Copies the template's clients and its invoice {@code count} times into {@code schema}, due on days spread over
     * [-100, +60] around the data's day (a different order for each tenant), and records as sent every step of the
     * standard policy whose day, on the client's clock, ended before the measured moment (or ended at 17:00 of it).
     */
    private void fill(Statement sql, String schema, int tenantIndex, int count) throws Exception {
        String from = template.schemaName();
        Map<String, String> clientOverrides = new LinkedHashMap<>();
        clientOverrides.put("id", "md5('" + schema + "' || t.id || g)::uuid");
        clientOverrides.put("name", "t.name || ' ' || g");
        clientOverrides.put("email", "'c' || g || '-' || substr(t.id::text, 1, 8) || '-" + schema.substring(7, 19)
                + "@client.test'");
        sql.executeUpdate("INSERT INTO " + schema + ".client (" + columns(sql, from, "client") + ") SELECT "
                + select(sql, from, "client", "t", clientOverrides) + " FROM " + from + ".client t, generate_series(1, "
                + CLIENT_COPIES + ") g");
        String measured = "TIMESTAMPTZ '" + measuredAt() + "'";
        String due = "DATE '" + day + "' + ((g * 37 + " + (tenantIndex * 13) + ") % 161 - 100)";
        Map<String, String> invoiceOverrides = new LinkedHashMap<>();
        invoiceOverrides.put("id", "md5('" + schema + ":' || g)::uuid");
        invoiceOverrides.put("number", "'RB-' || g");
        invoiceOverrides.put("client_id", "k.id");
        invoiceOverrides.put("sent_to", "k.email");
        invoiceOverrides.put("due_date", due);
        invoiceOverrides.put("issue_date", "LEAST(" + due + " - 14, DATE '" + day + "' - 1)");
        invoiceOverrides.put("issued_at", "(LEAST(" + due + " - 14, DATE '" + day + "' - 1) + TIME '10:00') AT TIME ZONE 'UTC'");
        invoiceOverrides.put("created_at", "(LEAST(" + due + " - 14, DATE '" + day + "' - 1) + TIME '09:00') AT TIME ZONE 'UTC'");
        invoiceOverrides.put("updated_at", "(LEAST(" + due + " - 14, DATE '" + day + "' - 1) + TIME '10:00') AT TIME ZONE 'UTC'");
        invoiceOverrides.put("viewed_at", "NULL");
        invoiceOverrides.put("status", "'ISSUED'");
        sql.executeUpdate("INSERT INTO " + schema + ".invoice (" + columns(sql, from, "invoice") + ") SELECT "
                + select(sql, from, "invoice", "i", invoiceOverrides) + " FROM " + from + ".invoice i,"
                + " generate_series(0, " + (count - 1) + ") g, (SELECT id, email, row_number() OVER (ORDER BY id) - 1 AS n"
                + " FROM " + schema + ".client) k WHERE i.number IS NOT NULL AND k.n = g % " + (ZONES.size() * CLIENT_COPIES));
        // Keys as ReminderOccurrence.key writes them: D-3, D+0, D+7.
        String steps = ReminderPolicy.standard().occurrences().stream().map(o -> String.valueOf(o.offsetDays()))
                .collect(Collectors.joining(","));
        String local = "(" + measured + " AT TIME ZONE c.time_zone)";
        sql.executeUpdate("INSERT INTO " + schema + ".invoice_reminder (invoice_id, due_date, step, outcome, medium, tone,"
                + " subject, recorded_at) SELECT i.id, i.due_date, CASE WHEN o < 0 THEN 'D-' || -o ELSE 'D+' || o END,"
                + " 'SENT', 'EMAIL', CASE WHEN o <= 0 THEN 'FRIENDLY' WHEN o < 21 THEN 'FIRM' ELSE 'FORMAL' END,"
                + " 'Reminder (made up by the benchmark)', ((i.due_date + o) + TIME '09:00') AT TIME ZONE c.time_zone"
                + " FROM " + schema + ".invoice i JOIN " + schema + ".client c ON c.id = i.client_id,"
                + " unnest(ARRAY[" + steps + "]) o WHERE i.due_date + o > i.issue_date"
                + " AND (i.due_date + o < " + local + "::date OR (i.due_date + o = " + local + "::date AND "
                + local + "::time >= TIME '17:00'))");
        for (String table : List.of("client", "invoice", "invoice_reminder")) {
            sql.execute("ANALYZE " + schema + "." + table);
        }
    }

    private static String select(Statement sql, String schema, String table, String alias, Map<String, String> overrides)
            throws Exception {
        return List.of(columns(sql, schema, table).split(", ")).stream()
                .map(col -> overrides.getOrDefault(col, alias + "." + col)).collect(Collectors.joining(", "));
    }

    static String columns(Statement sql, String schema, String table) throws Exception {
        List<String> names = new ArrayList<>();
        try (ResultSet r = sql.executeQuery("SELECT column_name FROM information_schema.columns WHERE table_schema = '"
                + schema + "' AND table_name = '" + table + "' ORDER BY ordinal_position")) {
            while (r.next()) {
                names.add(r.getString(1));
            }
        }
        return String.join(", ", names);
    }

    static long count(Statement sql, String query) throws Exception {
        try (ResultSet r = sql.executeQuery(query)) {
            r.next();
            return r.getLong(1);
        }
    }
}
