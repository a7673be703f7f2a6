package com.becflow.it.bench;

import com.becflow.it.RunningServer;
import com.becflow.it.MailedLinks;
import com.becflow.it.api.ServerHeap;
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
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Prints what the client portal's invoice page costs: the server's time to answer it with 50 clients at once, its CPU
 * per page, and the heap each client's UI session keeps; asserts nothing about speed. A page is what a browser asks
 * for on opening a mailed link: the bootstrap page ({@code GET /portal/invoice/{secret}}), Vaadin's first round
 * ({@code GET /portal/?v-r=init&location=invoice/{secret}}), which makes the UI, and the navigation the browser then
 * sends ({@code POST /portal/?v-r=uidl}, event {@code ui-navigate}), which reads the invoice and renders it. Each
 * opening is a new visitor (no cookie), as a click in a mail is. The yardstick, in the same run and with the same
 * clients, is the portal's JSON of the same invoice ({@code GET /portal/api/invoices/{secret}}): the same link check
 * and reads, no UI. Times are measured from this JVM over loopback, so they hold the server's queueing too.
 *
 * <p>Each client opens its own invoice's link, then waits a random 0.5 to 1.5 times the think time before the next
 * (1 s unless told): 50 people reading their invoices, not 50 loops. The link limit (120 in 10 minutes) bounds the
 * openings per client. Not part of the test run (its name ends neither in Test nor IT). Run it with
 * <pre>mvn -B verify -pl server -am -Dit.test=PortalBenchmark -Dtest=NoSuchTest -Dsurefire.failIfNoSpecifiedTests=false \
 *     [-Dbench.clients=50] [-Dbench.loads=20] [-Dbench.thinkMillis=1000] [-Dbench.sessions=200] [-Dbench.profile=true]</pre>
 * With {@code bench.profile} each run is recorded by JFR and its hottest methods printed.
 */
class PortalBenchmark {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private static final Pattern SESSION = Pattern.compile("(JSESSIONID=[^;]+)");

    private final int clients = Integer.getInteger("bench.clients", 50);
    private final int loads = Integer.getInteger("bench.loads", 20);
    private final int thinkMillis = Integer.getInteger("bench.thinkMillis", 1000);
    private final int sessions = Integer.getInteger("bench.sessions", 200);

    @Test
    void printPortalPageFigures() throws Exception {
        String base = RunningServer.baseUrl();
        InvoiceBenchmark.Tenant tenant = InvoiceBenchmark.Tenant.signUp(base, "Portal Bench Studio");
        List<String> addresses = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            String address = "portal-bench-" + UUID.randomUUID() + "@client.test";
            String client = InvoiceBenchmark.send("POST", base + "/api/v1/clients", tenant.token(), Json.createObjectBuilder()
                    .add("name", "Bench Client " + i).add("email", address).build().toString()).json().getString("id");
            String draft = InvoiceBenchmark.send("POST", base + "/api/v1/invoices", tenant.token(),
                    tenant.invoiceJson().replace(tenant.clientId(), client)).json().getString("id");
            InvoiceBenchmark.Reply issued = InvoiceBenchmark.send("POST", base + "/api/v1/invoices/" + draft + "/issue",
                    tenant.token(), null);
            if (issued.status() != 200) {
                throw new IllegalStateException("issue: " + issued.status() + " " + issued.body());
            }
            addresses.add(address);
        }
        List<String> links = addresses.stream().map(a -> MailedLinks.await(a, 1, MailedLinks.INVOICE))
                .map(link -> link.substring(link.lastIndexOf('/') + 1)).toList();
        System.out.printf("== Becflow portal benchmark: %d clients, %d openings each, think time %d ms; load average %s ==%n",
                clients, loads, thinkMillis, loadAverage());
        for (String link : links) {
            openPage(base, link);
            readJson(base, link);
        }

        try (ServerHeap heap = ServerHeap.of(RunningServer.pid())) {
            long before = heap.liveAfterFullCollection();
            for (int i = 0; i < sessions; i++) {
                openPage(base, links.get(i % links.size()));
            }
            long after = heap.liveAfterFullCollection();
            System.out.printf("heap kept per portal UI session: %.1f KB (%d sessions, each one invoice page; live heap after"
                    + " a full collection %.1f -> %.1f MB)%n", (after - before) / 1024.0 / sessions, sessions,
                    before / 1048576.0, after / 1048576.0);
        }

        FlightRecording jsonProfile = profile("portal-json");
        Run json = run(links, link -> List.of(readJson(base, link)));
        System.out.printf("yardstick, the invoice's portal JSON: %s%n", json.figures());
        stop(jsonProfile);
        FlightRecording pageProfile = profile("portal-page");
        Run pages = run(links, link -> openPage(base, link));
        System.out.printf("invoice page (bootstrap, first round, navigation): %s%n", pages.figures());
        stop(pageProfile);
        System.out.printf("  each request: the bootstrap page p95 %.1f ms, the first round (UI made) p95 %.1f ms, the"
                + " navigation (invoice read and rendered) p95 %.1f ms%n",
                InvoiceBenchmark.percentile(pages.parts.get(0), 95), InvoiceBenchmark.percentile(pages.parts.get(1), 95),
                InvoiceBenchmark.percentile(pages.parts.get(2), 95));
        System.out.printf("CPU per invoice page %.2f ms, per JSON read %.2f ms (server + PostgreSQL): the page costs %.1fx"
                + " the JSON; load average %s%n", pages.cpuPerOperation() * 1e3, json.cpuPerOperation() * 1e3,
                pages.cpuPerOperation() / json.cpuPerOperation(), loadAverage());
    }

    private static FlightRecording profile(String name) throws Exception {
        return Boolean.getBoolean("bench.profile") ? FlightRecording.start(name) : null;
    }

    private static void stop(FlightRecording recording) throws Exception {
        if (recording != null) {
            recording.stopAndPrint();
        }
    }

    /**
     * One opening as a new visitor: the bootstrap page, Vaadin's first round in the session it started (the UI made),
     * and the navigation the browser then sends (the invoice's view entered and rendered), as Vaadin's client does it.
     */
    private static List<Long> openPage(String base, String link) {
        long start = System.nanoTime();
        HttpResponse<String> page = get(base + "/portal/invoice/" + link, null);
        long bootstrap = System.nanoTime() - start;
        expect(page, "<!doctype html", "bootstrap page");
        String cookie = page.headers().allValues("Set-Cookie").stream().map(SESSION::matcher).filter(Matcher::find)
                .map(m -> m.group(1)).findFirst().orElse(null);
        long round = System.nanoTime();
        HttpResponse<String> init = get(base + "/portal/?v-r=init&location="
                + URLEncoder.encode("invoice/" + link, StandardCharsets.UTF_8) + "&query=", cookie);
        long first = System.nanoTime() - round;
        expect(init, "Vaadin-Security-Key", "first round");
        if (cookie == null) {
            cookie = init.headers().allValues("Set-Cookie").stream().map(SESSION::matcher).filter(Matcher::find)
                    .map(m -> m.group(1)).findFirst().orElseThrow(() -> new IllegalStateException("no session cookie"));
        }
        JsonObject appConfig = Json.createReader(new StringReader(init.body())).readObject().getJsonObject("appConfig");
        JsonObject uidl = appConfig.getJsonObject("uidl");
        String navigation = Json.createObjectBuilder()
                .add("csrfToken", uidl.getString("Vaadin-Security-Key"))
                .add("rpc", Json.createArrayBuilder().add(Json.createObjectBuilder().add("type", "event").add("node", 1)
                        .add("event", "ui-navigate").add("data", Json.createObjectBuilder()
                                .add("route", "invoice/" + link).add("query", "").add("appShellTitle", "")
                                .add("historyState", Json.createObjectBuilder().add("idx", 0)).add("trigger", ""))))
                .add("syncId", uidl.getInt("syncId")).add("clientId", 0).build().toString();
        long entering = System.nanoTime();
        HttpResponse<String> entered = post(base + "/portal/?v-r=uidl&v-uiId=" + appConfig.getInt("v-uiId"), cookie,
                navigation);
        long enter = System.nanoTime() - entering;
        expect(entered, "invoice-heading", "navigation to the invoice");
        if (entered.body().contains("link-not-found")) {
            throw new IllegalStateException("the link was refused: " + entered.body());
        }
        return List.of(bootstrap, first, enter);
    }

    private static long readJson(String base, String link) {
        long start = System.nanoTime();
        HttpResponse<String> json = get(base + "/portal/api/invoices/" + link, null);
        long took = System.nanoTime() - start;
        expect(json, "\"number\"", "invoice JSON");
        return took;
    }

    private static HttpResponse<String> get(String url, String cookie) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET(), cookie);
    }

    private static HttpResponse<String> post(String url, String cookie, String json) {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(json)), cookie);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request, String cookie) {
        request.timeout(Duration.ofSeconds(60));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(request.build().uri().toString(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(request.build().uri().toString(), e);
        }
    }

    private static void expect(HttpResponse<String> reply, String content, String what) {
        if (reply.statusCode() != 200 || !reply.body().toLowerCase(java.util.Locale.ROOT).contains(
                content.toLowerCase(java.util.Locale.ROOT))) {
            throw new IllegalStateException(what + ": " + reply.statusCode() + " " + reply.body()
                    .substring(0, Math.min(600, reply.body().length())));
        }
    }

    /** Each client opens its link {@code loads} times, thinking between; every part of an opening timed. */
    private Run run(List<String> links, java.util.function.Function<String, List<Long>> opening) throws Exception {
        List<ConcurrentLinkedQueue<Long>> parts = List.of(new ConcurrentLinkedQueue<>(), new ConcurrentLinkedQueue<>(),
                new ConcurrentLinkedQueue<>());
        ConcurrentLinkedQueue<Long> wholes = new ConcurrentLinkedQueue<>();
        AtomicInteger failures = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        Map<String, Double> cpuBefore = ProcessCpu.read();
        CpuShares shares = CpuShares.start();
        long started = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            String link = links.get(c % links.size());
            pool.submit(() -> {
                for (int n = 0; n < loads; n++) {
                    Thread.sleep(Math.round(thinkMillis * ThreadLocalRandom.current().nextDouble(0.5, 1.5)));
                    try {
                        List<Long> times = opening.apply(link);
                        for (int p = 0; p < times.size(); p++) {
                            parts.get(p).add(times.get(p));
                        }
                        wholes.add(times.stream().mapToLong(Long::longValue).sum());
                    } catch (IllegalStateException e) {
                        if (failures.incrementAndGet() == 1) {
                            System.out.println("first failure: " + e.getMessage());
                        }
                    }
                }
                return null;
            });
        }
        pool.shutdown();
        if (!pool.awaitTermination(10, TimeUnit.MINUTES)) {
            throw new IllegalStateException("the clients did not finish in 10 minutes");
        }
        double wall = (System.nanoTime() - started) / 1e9;
        Map<String, Double> cpuAfter = ProcessCpu.read();
        double cpu = ProcessCpu.used(cpuBefore, cpuAfter, "server") + ProcessCpu.used(cpuBefore, cpuAfter, "postgres");
        return new Run(wholes, parts, failures.get(), wall, cpu, shares.since());
    }

    private record Run(ConcurrentLinkedQueue<Long> wholes, List<ConcurrentLinkedQueue<Long>> parts, int failures,
                       double seconds, double cpuSeconds, String shares) {

        double cpuPerOperation() {
            return cpuSeconds / Math.max(1, wholes.size());
        }

        String figures() {
            double busy = wholes.stream().mapToLong(Long::longValue).sum() / 1e9;
            return String.format("%d in %.1f s (%.1f/s, %.1f in flight on average); p50 %.1f ms, p95 %.1f ms, max %.1f ms;"
                    + " %d failed; %s", wholes.size(), seconds, wholes.size() / seconds, busy / seconds,
                    InvoiceBenchmark.percentile(wholes, 50), InvoiceBenchmark.percentile(wholes, 95),
                    InvoiceBenchmark.percentile(wholes, 100), failures, shares);
        }
    }

    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "unknown";
        }
    }
}
