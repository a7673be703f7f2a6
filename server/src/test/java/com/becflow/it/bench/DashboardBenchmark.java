package com.becflow.it.bench;

import com.becflow.it.RunningServer;
import jakarta.json.Json;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Prints how long {@code GET /api/v1/dashboard} takes for one tenant with many invoices (10,000 unless told), measured
 * from the test's JVM over loopback against the assembled server; asserts nothing about speed. The tenant signs up,
 * adds its clients (in five time zones) and issues one invoice and one payment through the API; those rows are then
 * copied in SQL to the number asked, spread over due dates from 150 days ago to 90 days ahead, three in ten paid (with
 * a ledger line each). Not part of the test run (its name ends neither in Test nor IT). Run it with
 * <pre>mvn -B verify -pl server -am -Dit.test=DashboardBenchmark -Dtest=NoSuchTest -Dsurefire.failIfNoSpecifiedTests=false \
 *     [-Dbench.invoices=10000] [-Dbench.clients=50] [-Dbench.reads=30]</pre>
 */
class DashboardBenchmark {

    private static final List<String> ZONES = List.of("Europe/Berlin", "America/New_York", "Asia/Tokyo",
            "Pacific/Kiritimati", "Pacific/Pago_Pago");

    private final int invoices = Integer.getInteger("bench.invoices", 10_000);
    private final int clients = Integer.getInteger("bench.clients", 50);
    private final int reads = Integer.getInteger("bench.reads", 30);

    @Test
    void printDashboardTimes() throws Exception {
        String base = RunningServer.baseUrl();
        InvoiceBenchmark.Tenant tenant = InvoiceBenchmark.Tenant.signUp(base, "Dashboard Bench Studio");
        String api = base + "/api/v1";
        List<String> clientIds = new ArrayList<>(List.of(tenant.clientId()));
        for (int i = 1; i < clients; i++) {
            clientIds.add(InvoiceBenchmark.send("POST", api + "/clients", tenant.token(), Json.createObjectBuilder()
                    .add("name", "Bench Client " + i).add("email", "bench-" + UUID.randomUUID() + "@client.test")
                    .add("timeZone", ZONES.get(i % ZONES.size())).build().toString()).json().getString("id"));
        }
        String template = InvoiceBenchmark.send("POST", api + "/invoices", tenant.token(), tenant.invoiceJson()).json()
                .getString("id");
        InvoiceBenchmark.send("POST", api + "/invoices/" + template + "/issue", tenant.token(), null);
        String paidTemplate = InvoiceBenchmark.send("POST", api + "/invoices", tenant.token(), tenant.invoiceJson()).json()
                .getString("id");
        InvoiceBenchmark.send("POST", api + "/invoices/" + paidTemplate + "/issue", tenant.token(), null);
        String payment = InvoiceBenchmark.send("POST", api + "/invoices/" + paidTemplate + "/payments", tenant.token(),
                "{\"amount\":1,\"method\":\"BANK_TRANSFER\"}").json().getString("id");
        String schema = "tenant_" + InvoiceBenchmark.send("GET", api + "/me", tenant.token(), null).json()
                .getString("tenantId").replace("-", "");

        long copying = System.nanoTime();
        copy(schema, template, payment, invoices - 2);
        System.out.printf("== Becflow dashboard benchmark: %d invoices, %d clients in %d zones (copied in %d ms) ==%n",
                invoices, clients, ZONES.size(), (System.nanoTime() - copying) / 1_000_000);

        for (int i = 0; i < 5; i++) {
            read(api, tenant.token());
        }
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < reads; i++) {
            long start = System.nanoTime();
            read(api, tenant.token());
            times.add((System.nanoTime() - start) / 1_000);
        }
        times.sort(Long::compare);
        System.out.printf("GET /api/v1/dashboard, %d reads after 5 to warm up: median %.1f ms, p95 %.1f ms, max %.1f ms%n",
                reads, times.get(reads / 2) / 1e3, times.get((int) Math.ceil(reads * 0.95) - 1) / 1e3,
                times.get(reads - 1) / 1e3);
    }

    private static void read(String api, String token) {
        InvoiceBenchmark.Reply reply = InvoiceBenchmark.send("GET", api + "/dashboard", token, null);
        if (reply.status() != 200) {
            throw new IllegalStateException("dashboard: " + reply.status() + " " + reply.body());
        }
    }

    /** Copies the issued template {@code count} times, each to a client in turn, three in ten paid with a ledger line. */
    private static void copy(String schema, String template, String payment, int count) throws Exception {
        Map<String, String> settings = RunningServer.settings();
        try (Connection c = DriverManager.getConnection(settings.get("DB_URL"), settings.get("DB_USER"),
                settings.getOrDefault("DB_PASSWORD", "")); Statement sql = c.createStatement()) {
            String invoiceColumns = columns(sql, schema, "invoice");
            String copied = invoiceColumns
                    .replaceFirst("\\bid\\b", "('00000000-0000-4000-8000-' || lpad(to_hex(g), 12, '0'))::uuid")
                    .replace("number", "'BENCH-' || g")
                    .replace("client_id", "(SELECT id FROM (SELECT id, row_number() OVER (ORDER BY id) - 1 AS n FROM "
                            + schema + ".client) k WHERE k.n = g % (SELECT count(*) FROM " + schema + ".client))")
                    .replace("due_date", "current_date + (g % 240 - 150)")
                    .replace("issue_date", "current_date + (g % 240 - 164)")
                    .replace("amount_paid", "CASE WHEN g % 10 < 3 THEN total ELSE 0 END")
                    .replace("status", "CASE WHEN g % 10 < 3 THEN 'PAID' ELSE 'ISSUED' END");
            sql.executeUpdate("INSERT INTO " + schema + ".invoice (" + invoiceColumns + ") SELECT " + copied + " FROM "
                    + schema + ".invoice, generate_series(1, " + count + ") g WHERE id = '" + template + "'");
            String paymentColumns = columns(sql, schema, "invoice_payment");
            String copiedPayment = paymentColumns.replaceFirst("\\bid\\b", "gen_random_uuid()")
                    .replace("invoice_id", "i.id").replace("amount", "i.total").replace("received_on",
                            "i.due_date - 3").replace("recorded_at", "now()");
            sql.executeUpdate("INSERT INTO " + schema + ".invoice_payment (" + paymentColumns + ") SELECT "
                    + copiedPayment.replaceAll("(?<![.\\w])(kind|method|currency|reference|external_id|"
                    + "refunded_payment_id|credit_note_id|actor_kind|actor)\\b", "p.$1") + " FROM " + schema
                    + ".invoice_payment p, " + schema + ".invoice i WHERE p.id = '" + payment
                    + "' AND i.number LIKE 'BENCH-%' AND i.status = 'PAID'");
            sql.execute("ANALYZE " + schema + ".invoice");
            sql.execute("ANALYZE " + schema + ".invoice_payment");
        }
    }

    private static String columns(Statement sql, String schema, String table) throws Exception {
        List<String> names = new ArrayList<>();
        try (ResultSet r = sql.executeQuery("SELECT column_name FROM information_schema.columns WHERE table_schema = '"
                + schema + "' AND table_name = '" + table + "' ORDER BY ordinal_position")) {
            while (r.next()) {
                names.add(r.getString(1));
            }
        }
        return String.join(", ", names);
    }
}
