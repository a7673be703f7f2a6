package com.becflow.it.bench;

import com.becflow.integrations.stripe.FakeStripe;
import com.becflow.integrations.stripe.FakeStripeEvent;
import com.becflow.invoicing.PaymentMethod;
import com.becflow.it.RunningServer;
import com.becflow.it.TestPlatform;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Prints throughput figures for docs/PERFORMANCE.md; asserts nothing about speed. It runs against the assembled
 * server, the embedded PostgreSQL, Keycloak and the fake Stripe of the test platform, on this machine:
 * <ol>
 *   <li>pgbench TPC-B on the same PostgreSQL (a database of its own), as the yardstick;</li>
 *   <li>invoices issued per second through the REST API with bearer tokens (create a draft, issue it: number,
 *       frozen document, portal link, mail), with p50/p95 latencies;</li>
 *   <li>Stripe webhook events ingested per second: first deliveries (verified, recorded once, payments settled
 *       from the fake Stripe) and repeated deliveries (recognised as duplicates).</li>
 * </ol>
 * Not part of the test run (its name ends neither in Test nor IT). Run it with
 * <pre>mvn -B verify -pl server -am -Dit.test=InvoiceBenchmark -Dtest=NoSuchTest -Dsurefire.failIfNoSpecifiedTests=false \
 *     [-Dbench.seconds=20] [-Dbench.tenants=4] [-Dbench.threads=8] [-Dbench.events=200]</pre>
 * pgbench comes from Debian's {@code postgresql-client}; without it that figure is left out.
 */
class InvoiceBenchmark {

    // HTTP/1.1 as API clients and Stripe use it; the JDK's default h2c upgrade made the server decode
    // Huffman-coded headers (the bearer token) on every request, a cost of the load generator's choice.
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .executor(Executors.newFixedThreadPool(32)).build();
    private static final Pattern INVOICE_LINK = Pattern.compile("/portal/invoice/([A-Za-z0-9_-]{43})");

    private final int seconds = Integer.getInteger("bench.seconds", 20);
    private final int tenantCount = Integer.getInteger("bench.tenants", 4);
    private final int threads = Integer.getInteger("bench.threads", 8);
    private final int paidEvents = Integer.getInteger("bench.events", 200);
    private final int extraEvents = Integer.getInteger("bench.extraEvents", 2400);
    private final int warmupSeconds = Integer.getInteger("bench.warmup", 30);
    private final java.util.Set<String> parts = java.util.Set.of(System.getProperty("bench.only",
            "pgbench,baseline,issue,webhooks").split(","));

    @Test
    void printThroughputFigures() throws Exception {
        String base = RunningServer.baseUrl();
        System.out.println("== Becflow invoice benchmark: " + Runtime.getRuntime().availableProcessors() + " cores, "
                + seconds + " s per run ==");
        java.util.Optional<Yardstick> pgbench = java.util.Optional.empty();
        if (parts.contains("pgbench")) {
            pgbench = pgbench();
            pgbench.ifPresent(y -> System.out.printf("pgbench TPC-B (8 clients, 2 threads, %d s): %.0f tps; CPU per transaction"
                    + " %.3f ms (PostgreSQL %.3f + pgbench %.3f)%n", seconds, y.tps(), y.cpuPerTransaction() * 1e3,
                    y.postgresPerTransaction() * 1e3, (y.cpuPerTransaction() - y.postgresPerTransaction()) * 1e3));
        }
        Run me = null;
        Run issued = null;
        List<Tenant> tenants = new ArrayList<>();
        for (int i = 0; i < tenantCount; i++) {
            tenants.add(Tenant.signUp(base, "Bench Studio " + i));
        }
        // The server's JIT compiler takes its share of the cores for a minute or more after start.
        warmUp(base, tenants, warmupSeconds);
        if (parts.contains("baseline")) {
            baseline(base, tenants, 5);
            FlightRecording baselineProfile = profile("baseline");
            Run run = baseline(base, tenants, Math.max(5, seconds / 2));
            System.out.printf("baseline GET /api/v1/me with a bearer token (%d threads): %s%n", threads, run.figures());
            me = run;
            stop(baselineProfile);
        }
        if (parts.contains("issue")) {
            List<List<String>> drafts = createDrafts(base, tenants);
            FlightRecording issueProfile = profile("issue");
            issued = issueDrafts(base, tenants, drafts);
            stop(issueProfile);
        }
        printCpuRatios(pgbench, me, issued);
        if (!parts.contains("webhooks")) {
            return;
        }
        webhooks(base, TestPlatform.stripe());
    }

    private static FlightRecording profile(String name) throws Exception {
        return Boolean.getBoolean("bench.profile") ? FlightRecording.start(name) : null;
    }

    private static void stop(FlightRecording recording) throws Exception {
        if (recording != null) {
            recording.stopAndPrint();
        }
    }

    /** One request of a load loop, made by the given thread for its tenant; n counts that thread's earlier ones. */
    @FunctionalInterface
    private interface Request {
        boolean succeeded(int thread, Tenant tenant, int n);
    }

    /** Whether the given thread, having made n requests, makes another. */
    @FunctionalInterface
    private interface More {
        boolean test(int thread, int n);
    }

    /**
     * The latencies, failures, wall time and per-process CPU of one load run, and the CPU seconds the server and
     * PostgreSQL used in it.
     */
    private record Run(ConcurrentLinkedQueue<Long> nanos, int failures, double seconds, String cpu, double serverCpu,
                       double postgresCpu) {

        String figures() {
            return String.format("%.0f/s; p50 %.1f ms, p95 %.1f ms; %d failed; CPU per request %.2f ms (server %.2f,"
                    + " PostgreSQL %.2f)", nanos.size() / seconds, percentile(nanos, 50), percentile(nanos, 95), failures,
                    cpuPerOperation() * 1e3, serverCpu / nanos.size() * 1e3, postgresCpu / nanos.size() * 1e3) + "\n  " + cpu;
        }

        double cpuPerOperation() {
            return (serverCpu + postgresCpu) / nanos.size();
        }
    }

    /** pgbench's rate and what each of its transactions cost PostgreSQL and the pgbench client, in CPU seconds. */
    private record Yardstick(double tps, double cpuPerTransaction, double postgresPerTransaction) {
    }

    private static More forSeconds(int runSeconds) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(runSeconds);
        return (thread, n) -> System.nanoTime() < deadline;
    }

    /** One loop per thread, thread t working for tenant t modulo their number, each request timed. */
    private Run load(List<Tenant> tenants, More more, Request request) throws InterruptedException {
        ConcurrentLinkedQueue<Long> nanos = new ConcurrentLinkedQueue<>();
        AtomicInteger failures = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CpuShares cpu = CpuShares.start();
        Map<String, Double> cpuBefore = ProcessCpu.read();
        long started = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            Tenant tenant = tenants.get(t % tenants.size());
            pool.submit(() -> {
                for (int n = 0; more.test(thread, n); n++) {
                    long begin = System.nanoTime();
                    boolean succeeded = request.succeeded(thread, tenant, n);
                    nanos.add(System.nanoTime() - begin);
                    if (!succeeded) {
                        failures.incrementAndGet();
                    }
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.MINUTES);
        double wall = (System.nanoTime() - started) / 1e9;
        Map<String, Double> cpuAfter = ProcessCpu.read();
        return new Run(nanos, failures.get(), wall, cpu.since(), ProcessCpu.used(cpuBefore, cpuAfter, "server"),
                ProcessCpu.used(cpuBefore, cpuAfter, "postgres"));
    }

    /** The ceiling of the stack for this load generator: an authenticated read that touches one tenant row. */
    private Run baseline(String base, List<Tenant> tenants, int runSeconds) throws InterruptedException {
        return load(tenants, forSeconds(runSeconds),
                (thread, tenant, n) -> send("GET", base + "/api/v1/me", tenant.token, null).status == 200);
    }

    /** Drafts made for the given time by threads spread over the tenants; one list of ids per thread. */
    private List<List<String>> createDrafts(String base, List<Tenant> tenants) throws InterruptedException {
        List<List<String>> drafts = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            drafts.add(new ArrayList<>());
        }
        Run run = load(tenants, forSeconds(seconds), (thread, tenant, n) -> {
            Reply draft = send("POST", base + "/api/v1/invoices", tenant.token, tenant.invoiceJson());
            if (draft.status != 201) {
                return false;
            }
            drafts.get(thread).add(draft.json().getString("id"));
            return true;
        });
        System.out.printf("draft invoices created through the REST API (%d threads over %d tenants): %s%n", threads,
                tenants.size(), run.figures());
        return drafts;
    }

    /**
     * Issues the drafts, each thread its own list (so within a tenant, threads contend for the number series):
     * number, frozen document, portal link, mail queued.
     */
    private Run issueDrafts(String base, List<Tenant> tenants, List<List<String>> drafts) throws InterruptedException {
        Run run = load(tenants, (thread, n) -> n < drafts.get(thread).size(), (thread, tenant, n) ->
                send("POST", base + "/api/v1/invoices/" + drafts.get(thread).get(n) + "/issue", tenant.token, null)
                        .status == 200);
        System.out.printf("invoices issued through the REST API (%d threads over %d tenants, drafts made beforehand): %s%n",
                threads, tenants.size(), run.figures());
        return run;
    }

    /**
     * CPU per operation of the server and PostgreSQL together (for pgbench, PostgreSQL and the pgbench client), all
     * measured in this run, and the two ratios the issuing path is held to: at most 2x the cheapest authenticated
     * request and at most 5x a TPC-B transaction.
     */
    private static void printCpuRatios(java.util.Optional<Yardstick> pgbench, Run me, Run issued) {
        if (issued == null) {
            return;
        }
        double issue = issued.cpuPerOperation();
        StringBuilder line = new StringBuilder(String.format("CPU per operation (server + PostgreSQL): issue %.2f ms", issue * 1e3));
        if (me != null) {
            line.append(String.format("; GET /me %.2f ms, issue/me %.1fx (goal <= 2x)", me.cpuPerOperation() * 1e3,
                    issue / me.cpuPerOperation()));
        }
        pgbench.ifPresent(y -> line.append(String.format("; pgbench transaction %.2f ms, issue/pgbench %.1fx (goal <= 5x)",
                y.cpuPerTransaction() * 1e3, issue / y.cpuPerTransaction())));
        System.out.println(line);
    }

    /** Creating and issuing invoices for the given time, to have the server's hot paths compiled; nothing printed. */
    private void warmUp(String base, List<Tenant> tenants, int runSeconds) throws InterruptedException {
        load(tenants, forSeconds(runSeconds), (thread, tenant, n) -> {
            Reply draft = send("POST", base + "/api/v1/invoices", tenant.token, tenant.invoiceJson());
            return draft.status == 201 && send("POST", base + "/api/v1/invoices/" + draft.json().getString("id")
                    + "/issue", tenant.token, null).status == 200;
        });
    }

    /** Pays invoices on the fake with delivery switched off, then posts the events it made: once, then again. */
    private void webhooks(String base, FakeStripe stripe) throws Exception {
        Tenant tenant = Tenant.signUp(base, "Bench Webhooks Studio");
        Reply link = send("POST", base + "/api/v1/invoice-settings/payment-account/onboarding-link", tenant.token,
                "{\"returnUrl\":\"" + base + "/invoice-settings\"}");
        String account = send("GET", base + "/api/v1/invoice-settings/payment-account", tenant.token, null).json()
                .getString("accountId");
        if (link.status != 200) {
            throw new IllegalStateException("no onboarding link: " + link.body);
        }
        stripe.completeOnboarding(account);
        send("GET", base + "/api/v1/invoice-settings/payment-account", tenant.token, null);
        URI endpoint = URI.create(base + "/api/webhooks/stripe");
        int before = stripe.events(account).size();
        stripe.deliverTo(null);
        try {
            for (int i = 0; i < paidEvents; i++) {
                Reply draft = send("POST", base + "/api/v1/invoices", tenant.token, tenant.invoiceJson());
                send("POST", base + "/api/v1/invoices/" + draft.json().getString("id") + "/issue", tenant.token, null);
            }
            List<String> tokens = tenant.mailedLinks(paidEvents);
            for (String token : tokens) {
                Reply checkout = send("POST", base + "/portal/api/invoices/" + token + "/checkout", null, "{}");
                String url = checkout.json().getString("url");
                stripe.pay(url.substring(url.lastIndexOf('/') + 1), PaymentMethod.CARD);
            }
            List<FakeStripeEvent> real = stripe.events(account).subList(before, stripe.events(account).size());
            stripe.deliverTo(endpoint);
            post(stripe, endpoint, moreOfTheSameKind(real, 500), "warm-up (not counted)");
            List<FakeStripeEvent> events = new ArrayList<>(real);
            events.addAll(moreOfTheSameKind(real, extraEvents));
            Collections.shuffle(events, new java.util.Random(7));
            Map<String, Long> types = events.stream().collect(Collectors.groupingBy(FakeStripeEvent::type, Collectors.counting()));
            FlightRecording webhookProfile = profile("webhooks");
            long firstStarted = System.nanoTime();
            post(stripe, endpoint, events, "first deliveries " + types);
            int paid = 0;
            while (System.nanoTime() - firstStarted < TimeUnit.MINUTES.toNanos(5)) {
                paid = send("GET", base + "/api/v1/invoices?status=PAID&size=1", tenant.token, null).json().getInt("total");
                if (paid >= tokens.size()) {
                    break;
                }
                Thread.sleep(100);
            }
            double applied = (System.nanoTime() - firstStarted) / 1e9;
            System.out.printf("  ... and applied: %d of %d invoices paid %.2f s after the first delivery (%.0f events/s end to"
                    + " end)%n", paid, tokens.size(), applied, events.size() / applied);
            stop(webhookProfile);
            post(stripe, endpoint, events, "repeated deliveries (all duplicates)");
        } finally {
            stripe.deliverTo(endpoint);
        }
    }

    /**
     * Copies of the events that record nothing new (all but Checkout's), each under an event id of its own: Stripe
     * sends several such events per payment, and every event costs the same to verify and store.
     */
    private static List<FakeStripeEvent> moreOfTheSameKind(List<FakeStripeEvent> real, int count) {
        List<FakeStripeEvent> quiet = real.stream().filter(e -> !e.type().startsWith("checkout.session.")).toList();
        List<FakeStripeEvent> copies = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            FakeStripeEvent event = quiet.get(i % quiet.size());
            String id = "evt_bench" + UUID.randomUUID().toString().replace("-", "");
            JsonObject payload = Json.createReader(new StringReader(event.payload())).readObject();
            copies.add(new FakeStripeEvent(id, event.type(), event.accountId(), event.objectType(), event.objectId(),
                    Json.createObjectBuilder(payload).add("id", id).build().toString()));
        }
        return copies;
    }

    private void post(FakeStripe stripe, URI endpoint, List<FakeStripeEvent> events, String what) throws Exception {
        ConcurrentLinkedQueue<Long> nanos = new ConcurrentLinkedQueue<>();
        AtomicInteger failures = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(events.size());
        ExecutorService pool = Executors.newFixedThreadPool(threads * 2);
        CpuShares cpu = CpuShares.start();
        long started = System.nanoTime();
        for (FakeStripeEvent event : events) {
            pool.submit(() -> {
                try {
                    FakeStripe.SignedPayload signed = stripe.signed(event);
                    long begin = System.nanoTime();
                    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(60))
                            .header("Content-Type", "application/json").header("Stripe-Signature", signed.signatureHeader())
                            .POST(HttpRequest.BodyPublishers.ofString(signed.payload())).build(),
                            HttpResponse.BodyHandlers.ofString());
                    nanos.add(System.nanoTime() - begin);
                    if (r.statusCode() != 200) {
                        failures.incrementAndGet();
                    }
                } catch (IOException | InterruptedException e) {
                    failures.incrementAndGet();
                } finally {
                    done.countDown();
                }
            });
        }
        done.await(10, TimeUnit.MINUTES);
        double elapsed = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        System.out.printf("webhook events ingested, %s: %d events in %.2f s = %.0f/s; p50 %.1f ms, p95 %.1f ms; %d failed%n",
                what, events.size(), elapsed, events.size() / elapsed, percentile(nanos, 50), percentile(nanos, 95),
                failures.get());
        System.out.println("  " + cpu.since());
    }

    /**
     * TPC-B on a database of its own in the same PostgreSQL, with what its transactions cost in CPU (PostgreSQL's
     * backends and the pgbench client, measured); empty when pgbench is not installed.
     */
    private java.util.Optional<Yardstick> pgbench() throws Exception {
        Map<String, String> settings = RunningServer.settings();
        Matcher url = Pattern.compile("jdbc:postgresql://([^:/]+):(\\d+)/.*").matcher(settings.get("DB_URL"));
        if (!url.matches()) {
            return java.util.Optional.empty();
        }
        String user = settings.get("DB_USER");
        String password = settings.getOrDefault("DB_PASSWORD", "");
        try (Connection c = DriverManager.getConnection(settings.get("DB_URL"), user, password);
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS pgbench_yardstick");
            s.execute("CREATE DATABASE pgbench_yardstick");
        }
        List<String> connect = List.of("-h", url.group(1), "-p", url.group(2), "-U", user, "pgbench_yardstick");
        try {
            run(concat(List.of("pgbench", "-i", "-q", "-s", "10"), connect), password);
        } catch (IOException notInstalled) {
            System.out.println("pgbench: not installed (apt-get install -y postgresql-client); no yardstick this run");
            return java.util.Optional.empty();
        }
        // Run by a shell whose "times" then prints the CPU its children (pgbench) used: pgbench is gone by then.
        Map<String, Double> before = ProcessCpu.read();
        String out = run(List.of("bash", "-c", "\"$@\"; times", "pgbench", "pgbench", "-c", "8", "-j", "2", "-T",
                String.valueOf(seconds), "-h", url.group(1), "-p", url.group(2), "-U", user, "pgbench_yardstick"), password);
        awaitBackendsGone(settings, "pgbench_yardstick");
        double postgres = ProcessCpu.used(before, ProcessCpu.read(), "postgres");
        Matcher tps = Pattern.compile("tps = ([0-9.]+)").matcher(out);
        Matcher done = Pattern.compile("number of transactions actually processed: (\\d+)").matcher(out);
        Matcher children = Pattern.compile("\\n(\\d+)m([0-9.]+)s (\\d+)m([0-9.]+)s\\s*$").matcher(out);
        if (!tps.find() || !done.find() || !children.find()) {
            return java.util.Optional.empty();
        }
        double client = Integer.parseInt(children.group(1)) * 60 + Double.parseDouble(children.group(2))
                + Integer.parseInt(children.group(3)) * 60 + Double.parseDouble(children.group(4));
        long transactions = Long.parseLong(done.group(1));
        return java.util.Optional.of(new Yardstick(Double.parseDouble(tps.group(1)), (postgres + client) / transactions,
                postgres / transactions));
    }

    /**
     * Waits until the database's backends have exited and been reaped: only then is their CPU in the postmaster's
     * count of its children's, which {@link ProcessCpu} reads.
     */
    private static void awaitBackendsGone(Map<String, String> settings, String database) throws Exception {
        try (Connection c = DriverManager.getConnection(settings.get("DB_URL"), settings.get("DB_USER"),
                settings.getOrDefault("DB_PASSWORD", ""));
             java.sql.PreparedStatement q = c.prepareStatement("SELECT count(*) FROM pg_stat_activity WHERE datname = ?")) {
            q.setString(1, database);
            for (int i = 0; i < 100; i++) {
                try (java.sql.ResultSet r = q.executeQuery()) {
                    r.next();
                    if (r.getInt(1) == 0) {
                        break;
                    }
                }
                Thread.sleep(50);
            }
        }
        Thread.sleep(500);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static String run(List<String> command, String password) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PGPASSWORD", password);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException(command + " failed: " + out);
        }
        return out;
    }

    /** The p-th percentile of the times, in milliseconds (p 100: the largest). */
    static double percentile(ConcurrentLinkedQueue<Long> nanos, int p) {
        List<Long> sorted = new ArrayList<>(nanos);
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1e6;
    }

    record Reply(int status, String body) {
        JsonObject json() {
            return Json.createReader(new StringReader(body)).readObject();
        }
    }

    static Reply send(String method, String url, String token, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> r = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(r.statusCode(), r.body());
        } catch (IOException e) {
            return new Reply(599, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Reply(599, e.toString());
        }
    }

    /** A freelancer signed up through the API, with a token and one client to invoice. */
    record Tenant(String token, String clientId, String clientEmail) {

        static Tenant signUp(String base, String name) {
            String email = "bench-" + UUID.randomUUID() + "@it.becflow.test";
            String password = "correct horse battery";
            Reply signUp = send("POST", base + "/api/v1/signups", null, Json.createObjectBuilder().add("businessName", name)
                    .add("firstName", "Bench").add("lastName", "Mark").add("email", email).add("password", password)
                    .add("timeZone", "Europe/Berlin").add("homeCurrency", "EUR").build().toString());
            if (signUp.status != 201) {
                throw new IllegalStateException("sign-up failed: " + signUp.body);
            }
            // Mail to clients waits until the freelancer has proven their address.
            com.becflow.it.AddressProofs.prove(email);
            String form = Map.of("grant_type", "password", "client_id", "becflow-cli", "username", email, "password",
                    password, "scope", "openid").entrySet().stream()
                    .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            HttpRequest tokenRequest = HttpRequest.newBuilder(URI.create(RunningServer.settings().get("OIDC_ISSUER")
                            + "/protocol/openid-connect/token")).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build();
            String token;
            try {
                token = Json.createReader(new StringReader(HTTP.send(tokenRequest, HttpResponse.BodyHandlers.ofString())
                        .body())).readObject().getString("access_token");
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
            String clientEmail = "bench-client-" + UUID.randomUUID() + "@client.test";
            Reply client = send("POST", base + "/api/v1/clients", token, Json.createObjectBuilder().add("name", "Bench Client")
                    .add("email", clientEmail).build().toString());
            return new Tenant(token, client.json().getString("id"), clientEmail);
        }

        String invoiceJson() {
            return "{\"clientId\":\"" + clientId + "\",\"lines\":[{\"description\":\"Design work\",\"quantity\":3,"
                    + "\"unitPrice\":120.50,\"taxRate\":19,\"taxName\":\"VAT\"},{\"description\":\"Hosting\",\"quantity\":1,"
                    + "\"unitPrice\":15,\"discountPercent\":10}]}";
        }

        /** The secrets of the newest {@code count} invoice links mailed to this tenant's client. */
        List<String> mailedLinks(int count) {
            // Mails go out after commit from a few sending threads, so after a burst of issuing they arrive later.
            List<com.becflow.workspace.local.LocalMailbox.ReceivedMail> mails = com.becflow.it.MailedLinks.awaitMails(
                    clientEmail, count, Duration.ofMinutes(5));
            return mails.stream().map(m -> INVOICE_LINK.matcher(m.text())).filter(Matcher::find).map(m -> m.group(1))
                    .limit(count).toList();
        }
    }
}
