package com.becflow.integrations.xero;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.ConsoleNotifier;
import java.util.List;

/**
 * A stateful Xero on 127.0.0.1 for tests: the consent page, the identity service and the accounting API that the
 * unchanged xero-java SDK talks to ({@link XeroSettings#allAt}). Each consent reaches a new organisation of its own.
 * Tests play the freelancer in Xero through the controls here: revoke Becflow's access, let tokens expire, throttle
 * the API; and read what the books hold and every request as it arrived.
 */
public final class FakeXero implements AutoCloseable {

    public static final String CLIENT_ID = "becflow-fake-xero-client";
    public static final String CLIENT_SECRET = "becflow-fake-xero-secret";
    /** The key its webhook deliveries are signed with, as Xero's developer portal shows one per app. */
    public static final String WEBHOOK_KEY = "becflow-fake-xero-webhook-key";

    /** A request as it arrived: method, path, query, headers (names in lower case) and body. */
    public record Call(String method, String path, String query, java.util.Map<String, String> headers, String body) {
    }

    private final WireMockServer server;
    private final FakeXeroIdentity identity = new FakeXeroIdentity();
    private final FakeXeroApi api;

    private FakeXero(int port) {
        this.api = new FakeXeroApi(identity, CLIENT_ID, CLIENT_SECRET);
        this.server = new WireMockServer(options().bindAddress("127.0.0.1").port(port).disableRequestJournal()
                .gzipDisabled(true).templatingEnabled(false).notifier(new ConsoleNotifier(false)).extensions(api));
    }

    public static FakeXero start() {
        FakeXero xero = new FakeXero(0);
        try {
            xero.server.start();
            xero.server.stubFor(any(anyUrl()).willReturn(aResponse().withTransformers(FakeXeroApi.NAME)));
        } catch (RuntimeException e) {
            xero.close();
            throw e;
        }
        return xero;
    }

    /** Login, identity and API all at this address: {@code http://127.0.0.1:PORT}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.port();
    }

    public XeroSettings settings() {
        return XeroSettings.allAt(baseUrl(), CLIENT_ID, CLIENT_SECRET);
    }

    /** A webhook delivery as Xero posts it for changes in these organisations, and its {@code x-xero-signature}. */
    public static Delivery webhook(String... organisationIds) {
        StringBuilder events = new StringBuilder();
        for (String organisation : organisationIds) {
            events.append(events.length() == 0 ? "" : ",").append("{\"resourceUrl\":\"https://api.xero.com/api.xro/2.0/Invoices/")
                    .append(java.util.UUID.randomUUID()).append("\",\"resourceId\":\"").append(java.util.UUID.randomUUID())
                    .append("\",\"eventDateUtc\":\"").append(java.time.Instant.now()).append("\",\"eventType\":\"UPDATE\",")
                    .append("\"eventCategory\":\"INVOICE\",\"tenantId\":\"").append(organisation)
                    .append("\",\"tenantType\":\"ORGANISATION\"}");
        }
        String body = "{\"events\":[" + events + "],\"firstEventSequence\":1,\"lastEventSequence\":"
                + organisationIds.length + ",\"entropy\":\"" + java.util.UUID.randomUUID() + "\"}";
        byte[] bytes = body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return new Delivery(body, com.becflow.integrations.books.WebhookSignature.sign(WEBHOOK_KEY, bytes));
    }

    /** A webhook body and the signature Xero puts on it. */
    public record Delivery(String body, String signature) {
    }

    /** The freelancer disconnects Becflow in Xero: every token, access and refresh, stops working. */
    public void revokeAll() {
        identity.revokeAll();
    }

    /** Half an hour passes at Xero: every access token expires; refresh tokens still work. */
    public void expireAccessTokens() {
        identity.expireAccessTokens();
    }

    /** The next {@code calls} accounting calls get 429 with {@code Retry-After: retryAfterSeconds}. */
    public void throttleNext(int calls, long retryAfterSeconds) {
        api.throttleNext(calls, retryAfterSeconds);
    }

    /** The freelancer records a payment in Xero itself, as when a client paid into their bank directly. */
    public String recordPaymentInXero(String organisationId, String invoiceId, String amount, java.time.LocalDate paidOn) {
        return api.recordPayment(organisationId, invoiceId, amount, paidOn);
    }

    /** The freelancer edits a contact in Xero: the fields given (Xero's names, e.g. EmailAddress) replace theirs. */
    public void changeContactInXero(String organisationId, String contactId, ObjectNode fields) {
        api.inXero(organisationId, ledger -> ledger.changeContact(contactId, fields));
    }

    /** The freelancer deletes a payment in Xero; read since, it comes back with {@code Status: DELETED}. */
    public void deletePaymentInXero(String organisationId, String paymentId) {
        api.inXero(organisationId, ledger -> ledger.deletePayment(paymentId));
    }

    public List<Call> calls() {
        return api.calls().stream().map(c -> new Call(c.method(), c.path(), c.query(), c.headers(), c.body())).toList();
    }

    public List<ObjectNode> contacts(String organisationId) {
        return api.ledger(organisationId).map(l -> l.all(l.contacts)).orElse(List.of());
    }

    public List<ObjectNode> invoices(String organisationId) {
        return api.ledger(organisationId).map(l -> l.all(l.invoices)).orElse(List.of());
    }

    public List<ObjectNode> creditNotes(String organisationId) {
        return api.ledger(organisationId).map(l -> l.all(l.credits.creditNotes)).orElse(List.of());
    }

    public List<ObjectNode> payments(String organisationId) {
        return api.ledger(organisationId).map(l -> l.all(l.payments)).orElse(List.of());
    }

    @Override
    public void close() {
        if (server.isRunning()) {
            server.stop();
        }
    }
}
