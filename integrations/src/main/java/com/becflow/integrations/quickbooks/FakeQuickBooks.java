package com.becflow.integrations.quickbooks;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.ConsoleNotifier;
import java.util.List;
import java.util.Map;

/**
 * A stateful QuickBooks Online on 127.0.0.1 for tests: Intuit's consent page and token endpoint and the v3 accounting
 * API that the unchanged Intuit SDK talks to ({@link QuickBooksSettings#allAt}). Each consent reaches a new company
 * of its own. Tests play the freelancer at Intuit through the controls here: revoke Becflow's access, let tokens
 * expire, throttle the API; and read what the books hold and every request as it arrived.
 */
public final class FakeQuickBooks implements AutoCloseable {

    public static final String CLIENT_ID = "becflow-fake-quickbooks-client";
    public static final String CLIENT_SECRET = "becflow-fake-quickbooks-secret";

    /** A request as it arrived: method, path, query, headers (names in lower case) and body. */
    public record Call(String method, String path, String query, Map<String, String> headers, String body) {
    }

    private final WireMockServer server;
    private final FakeQuickBooksIdentity identity = new FakeQuickBooksIdentity();
    private final FakeQuickBooksApi api;

    private FakeQuickBooks(int port) {
        this.api = new FakeQuickBooksApi(identity, CLIENT_ID, CLIENT_SECRET);
        this.server = new WireMockServer(options().bindAddress("127.0.0.1").port(port).disableRequestJournal()
                .gzipDisabled(true).templatingEnabled(false).notifier(new ConsoleNotifier(false)).extensions(api));
    }

    public static FakeQuickBooks start() {
        FakeQuickBooks quickBooks = new FakeQuickBooks(0);
        try {
            quickBooks.server.start();
            quickBooks.server.stubFor(any(anyUrl()).willReturn(aResponse().withTransformers(FakeQuickBooksApi.NAME)));
        } catch (RuntimeException e) {
            quickBooks.close();
            throw e;
        }
        return quickBooks;
    }

    /** Consent, tokens and API all at this address: {@code http://127.0.0.1:PORT}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.port();
    }

    public QuickBooksSettings settings() {
        return QuickBooksSettings.allAt(baseUrl(), CLIENT_ID, CLIENT_SECRET);
    }

    /** The freelancer disconnects Becflow at Intuit: every token, access and refresh, stops working. */
    public void revokeAll() {
        identity.revokeAll();
    }

    /** An hour passes at Intuit: every access token expires; refresh tokens still work. */
    public void expireAccessTokens() {
        identity.expireAccessTokens();
    }

    /** The next {@code calls} accounting calls get 429 ThrottleExceeded with {@code Retry-After: retryAfterSeconds}. */
    public void throttleNext(int calls, long retryAfterSeconds) {
        api.throttleNext(calls, retryAfterSeconds);
    }

    /** The freelancer records a payment in QuickBooks itself: money that reached their bank without passing Becflow. */
    public String recordPaymentInQuickBooks(String realmId, String invoiceId, String amount, java.time.LocalDate paidOn) {
        return api.recordPayment(realmId, invoiceId, amount, paidOn);
    }

    /** The freelancer edits a customer in QuickBooks: the fields given (QuickBooks' names) replace its own. */
    public void changeCustomerInQuickBooks(String realmId, String customerId, ObjectNode fields) {
        api.company(realmId).orElseThrow().change("Customer", customerId, fields);
    }

    /** The freelancer deletes a payment in QuickBooks; change data capture then names it with status Deleted. */
    public void deletePaymentInQuickBooks(String realmId, String paymentId) {
        api.company(realmId).orElseThrow().deletePayment(paymentId);
    }

    public List<Call> calls() {
        return api.calls().stream().map(c -> new Call(c.method(), c.path(), c.query(), c.headers(), c.body())).toList();
    }

    public List<ObjectNode> customers(String realmId) {
        return api.company(realmId).map(c -> c.all("Customer")).orElse(List.of());
    }

    public List<ObjectNode> items(String realmId) {
        return api.company(realmId).map(c -> c.all("Item")).orElse(List.of());
    }

    public List<ObjectNode> invoices(String realmId) {
        return api.company(realmId).map(c -> c.all("Invoice")).orElse(List.of());
    }

    /** Credit memos and refund receipts: {@code kind} as QuickBooks names it. */
    public List<ObjectNode> entities(String realmId, String kind) {
        return api.company(realmId).map(c -> c.all(kind)).orElse(List.of());
    }

    public List<ObjectNode> payments(String realmId) {
        return api.company(realmId).map(c -> c.all("Payment")).orElse(List.of());
    }

    @Override
    public void close() {
        if (server.isRunning()) {
            server.stop();
        }
    }
}
