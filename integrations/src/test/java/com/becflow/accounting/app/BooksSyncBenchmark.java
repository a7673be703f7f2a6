package com.becflow.accounting.app;

import com.becflow.accounting.BooksAccounts;
import com.becflow.accounting.BooksCallLimits;
import com.becflow.accounting.BooksConnection;
import com.becflow.accounting.BooksConsent;
import com.becflow.accounting.BooksGateway;
import com.becflow.accounting.BooksGrant;
import com.becflow.accounting.BooksOrganisation;
import com.becflow.accounting.BooksRemotePayment;
import com.becflow.accounting.BooksSession;
import com.becflow.accounting.BooksVendor;
import com.becflow.clients.Client;
import com.becflow.integrations.quickbooks.FakeQuickBooks;
import com.becflow.integrations.quickbooks.QuickBooksBooks;
import com.becflow.integrations.xero.FakeXero;
import com.becflow.integrations.xero.XeroBooks;
import com.becflow.invoicing.InvoiceId;
import com.becflow.invoicing.Payment;
import com.becflow.shared.tenant.TenantContext;
import com.becflow.shared.tenant.TenantId;
import com.becflow.shared.tenant.UserId;
import com.becflow.shared.time.ServerClock;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A first sync of one workspace's {@code N} issued invoices (default 5,000; one client per 10 invoices; a payment
 * received on each unless {@code unpaid} is the third argument) to each fake vendor, then a pass after every client
 * changed (archived): through the real sync pass, the real SDKs and the limiter on the real clock, counting in an
 * embedded PostgreSQL as the servers do (or in memory, if the fourth argument is {@code memory}). Prints, for each,
 * the wall time, the fastest the vendor's limits allow for the requests made (the last request cannot start before
 * the limits let it), their ratio, and the requests per invoice. Not part of the test run; how to run it is in
 * docs/PERFORMANCE.md.
 *
 * <p>In this package to reuse the sync pass's in-memory stores from core's tests.
 */
public final class BooksSyncBenchmark {

    private static final URI CALLBACK = URI.create("http://127.0.0.1:1/api/v1/integrations/books/callback");
    private static final int INVOICES_PER_CLIENT = 10;
    /** Whether each invoice has a payment received (50.00) to push too. */
    private static boolean paid = true;
    /** Where the calls are counted, unless in memory. */
    private static com.becflow.db.embedded.EmbeddedDatabase database;

    private BooksSyncBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int invoices = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
        List<String> vendors = args.length > 1 ? List.of(args[1].split(",")) : List.of("xero", "quickbooks");
        paid = !(args.length > 2 && args[2].equals("unpaid"));
        // As the servers count: in PostgreSQL, shared by all of them (the default); "memory" counts in this process only.
        if (!(args.length > 3 && args[3].equals("memory"))) {
            database = com.becflow.db.embedded.EmbeddedDatabase.start(java.nio.file.Path.of("target", "embedded-db-books-bench"), 0);
            new com.becflow.db.migration.DatabaseMigrations(database.dataSource()).migratePlatform();
        }
        System.out.printf(Locale.ROOT, "%-18s %8s %9s %10s %9s %11s %7s %12s%n", "vendor", "invoices", "requests",
                "req/invoice", "wall s", "fastest s", "ratio", "pushed");
        if (vendors.contains("xero")) {
            try (FakeXero xero = FakeXero.start()) {
                run(BooksVendor.XERO, invoices, limiter -> new XeroBooks(xero.settings(), Clock.systemUTC(), limiter),
                        () -> xero.calls().stream().filter(c -> c.path().startsWith("/api.xro/2.0/")).count(),
                        () -> xero.calls().stream().filter(c -> c.path().startsWith("/api.xro/2.0/")
                                && !c.method().equals("GET")).count());
            }
        }
        if (vendors.contains("quickbooks")) {
            try (FakeQuickBooks quickBooks = FakeQuickBooks.start()) {
                run(BooksVendor.QUICKBOOKS, invoices,
                        limiter -> new QuickBooksBooks(quickBooks.settings(), Clock.systemUTC(), limiter),
                        () -> quickBooks.calls().stream().filter(c -> c.path().startsWith("/v3/company/")).count(),
                        () -> quickBooks.calls().stream().filter(c -> c.path().endsWith("/batch")).count());
            }
        }
        if (database != null) {
            database.close();
        }
    }

    private static void run(BooksVendor vendor, int invoices, Function<BooksCallLimiter, BooksGateway> adapter,
                            Supplier<Long> accountingRequests, Supplier<Long> batchRequests) throws Exception {
        ServerClock clock = ServerClock.fixed();
        BooksCallLimiter limiter = database == null ? new BooksCallLimiter(clock)
                : new BooksCallLimiter(clock, new com.becflow.db.limits.JdbcBooksCallLedger(database.dataSource()));
        BooksGateway books = adapter.apply(limiter);
        InMemoryBooks store = new InMemoryBooks(clock);
        BooksConsent consent = consent(books);
        BooksGrant grant = books.exchange(consent);
        BooksOrganisation organisation = books.organisations(grant, consent).get(0);
        BooksAccounts accounts = books.defaultAccounts(new BooksSession(organisation.id(), grant.accessToken(),
                new BooksAccounts("", "")));
        store.connection = new BooksConnection(vendor, organisation, grant, accounts, BooksConnection.Status.CONNECTED,
                clock.instant());
        Client client = null;
        for (int i = 0; i < invoices; i++) {
            if (i % INVOICES_PER_CLIENT == 0) {
                client = store.client("Client " + (i / INVOICES_PER_CLIENT + 1), "Company " + (i / INVOICES_PER_CLIENT + 1));
            }
            com.becflow.invoicing.Invoice invoice = store.issued(client, "INV-" + (i + 1), (100 + i % 900) + ".00");
            if (paid) {
                store.paid(invoice, "50.00");
            }
        }
        BooksSyncSteps steps = new BooksSyncSteps(store, store, store, store, store,
                new BooksSchedule(store, new InMemoryAgenda(), clock, 15), new InMemoryDirectory(), clock);
        BooksSync sync = new BooksSync(v -> v == vendor ? Optional.of(books) : Optional.empty(), steps,
                new BooksPull(steps, new BooksReceipts() {
                    @Override
                    public Optional<Payment> receive(TenantContext ctx, BooksVendor v, InvoiceId id, BooksRemotePayment paid) {
                        return Optional.empty();
                    }
                }, clock), clock);
        TenantContext ctx = new TenantContext(TenantId.newId(), new UserId("bench"), ZoneId.of("Europe/Berlin"),
                Currency.getInstance("EUR"), com.becflow.shared.tenant.TenantAccess.FULL);

        measure(vendor.label() + " first", invoices, sync, ctx, vendor, accountingRequests, batchRequests);
        // The next pass starts with the limits' windows empty, so its bound is its own.
        Thread.sleep(Duration.ofMinutes(1).toMillis());
        store.clients.forEach(changed -> changed.archive(clock.instant()));
        measure(vendor.label() + " update", invoices, sync, ctx, vendor, accountingRequests, batchRequests);
    }

    /** Passes until one completes; prints the requests they made, the wall time and the bound. */
    private static void measure(String what, int invoices, BooksSync sync, TenantContext ctx, BooksVendor vendor,
                                Supplier<Long> accountingRequests, Supplier<Long> batchRequests) throws Exception {
        long before = accountingRequests.get();
        long batchesBefore = batchRequests.get();
        long started = System.nanoTime();
        int pushed = 0;
        int passes = 0;
        BooksSync.Pass pass;
        do {
            pass = sync.push(ctx, vendor);
            passes++;
            pushed += pass.created() + pass.updated();
            if (pass.resumeAfter().isPresent()) {
                Thread.sleep(pass.resumeAfter().get().toMillis());
            }
        } while (!pass.completed() && passes < 20);
        double wall = (System.nanoTime() - started) / 1e9;
        long requests = accountingRequests.get() - before;
        long batches = batchRequests.get() - batchesBefore;
        double fastest = fastest(BooksCallLimits.of(vendor), requests, batches);
        System.out.printf(Locale.ROOT, "%-18s %8d %9d %10.3f %9.1f %11.1f %7s %12s%n", what, invoices, requests,
                (double) requests / invoices, wall, fastest, fastest == 0 ? "n/a" : String.format(Locale.ROOT, "%.3f",
                        wall / fastest), pushed + (passes > 1 ? " in " + passes + " passes" : "") + " (" + batches
                        + " batch requests)");
    }

    /**
     * The least time from the first request's start to the last one's that the limits allow for {@code requests}:
     * under at most {@code max} per {@code window}, request {@code k} (from 0) starts no earlier than {@code
     * floor(k / max)} windows after the first; so does batch request {@code k} under the batch limit.
     */
    static double fastest(BooksCallLimits limits, long requests, long batches) {
        double seconds = 0;
        for (long[] window : new long[][] {{limits.perSecond(), 1, requests}, {limits.perMinute(), 60, requests},
                {limits.perDay(), 86_400, requests}, {limits.batchesPerMinute(), 60, batches}}) {
            if (window[0] != BooksCallLimits.NONE && window[2] > 0) {
                seconds = Math.max(seconds, (double) ((window[2] - 1) / window[0]) * window[1]);
            }
        }
        return seconds;
    }

    /** The freelancer allows access on the fake's consent page; the fake sends the browser back with a code. */
    private static BooksConsent consent(BooksGateway books) throws IOException, InterruptedException {
        URI page = books.authorizationPage("bench", CALLBACK);
        String html = HttpClient.newHttpClient().send(HttpRequest.newBuilder(page).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher allow = Pattern.compile("id=\"allow-access\" href=\"([^\"]+)\"").matcher(html);
        if (!allow.find()) {
            throw new IllegalStateException("No consent link on " + page);
        }
        URI back = URI.create(allow.group(1).replace("&amp;", "&"));
        java.util.Map<String, String> parameters = new java.util.HashMap<>();
        for (String pair : back.getRawQuery().split("&")) {
            String[] nameAndValue = pair.split("=", 2);
            parameters.put(nameAndValue[0], URLDecoder.decode(nameAndValue.length < 2 ? "" : nameAndValue[1],
                    StandardCharsets.UTF_8));
        }
        return new BooksConsent(parameters.get("code"), CALLBACK, parameters);
    }
}
