package com.becflow.integrations.xero;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The fake's HTTP face: Xero's consent page, token endpoint and connections, and the accounting API's accounts,
 * contacts, invoices and payments, with Xero's headers ({@code xero-tenant-id}, {@code Idempotency-Key}), its 401
 * for a dead token, its 429 with {@code Retry-After} when throttled, and its envelopes and validation errors.
 * Idempotency follows Xero: a key repeated on the same organisation gets the first successful answer again.
 */
final class FakeXeroApi implements ResponseDefinitionTransformerV2 {

    static final String NAME = "fake-xero";
    private static final String ACCOUNTING = "/api.xro/2.0/";

    /** A request as it arrived, for tests that check it against Xero's OpenAPI document. */
    record Call(String method, String path, String query, Map<String, String> headers, String body) {
    }

    private record Reply(int status, String contentType, String body, Map<String, String> headers) {
        static Reply json(int status, JsonNode body) {
            return new Reply(status, "application/json; charset=utf-8", body.toString(), new LinkedHashMap<>());
        }
    }

    private final FakeXeroIdentity identity;
    private final String clientId;
    private final String clientSecret;
    private final Map<String, FakeXeroLedger> ledgers = new HashMap<>();
    private final Map<String, Reply> idempotent = new HashMap<>();
    private final List<Call> calls = new ArrayList<>();
    private final AtomicInteger throttled = new AtomicInteger();
    private volatile long retryAfterSeconds = 1;

    FakeXeroApi(FakeXeroIdentity identity, String clientId, String clientSecret) {
        this.identity = identity;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    /** The freelancer records a payment in Xero itself: money that reached their bank without passing Becflow. */
    String recordPayment(String organisationId, String invoiceId, String amount, java.time.LocalDate paidOn) {
        FakeXeroLedger ledger;
        synchronized (this) {
            ledger = ledgers.get(organisationId);
        }
        ObjectNode payment = FakeXeroLedger.JSON.createObjectNode();
        payment.putObject("Invoice").put("InvoiceID", invoiceId);
        payment.putObject("Account").put("Code", "090");
        payment.put("Date", paidOn.toString()).put("Amount", new java.math.BigDecimal(amount)).put("Reference", "Recorded in Xero");
        return ledger.savePayment(payment).path("PaymentID").asText();
    }

    /** The freelancer works in Xero itself: {@code change} is done to the organisation's books. */
    void inXero(String organisationId, java.util.function.Consumer<FakeXeroLedger> change) {
        FakeXeroLedger ledger;
        synchronized (this) {
            ledger = ledgers.get(organisationId);
        }
        change.accept(ledger);
    }

    void throttleNext(int calls, long retryAfter) {
        retryAfterSeconds = retryAfter;
        throttled.set(calls);
    }

    synchronized List<Call> calls() {
        return List.copyOf(calls);
    }

    synchronized Optional<FakeXeroLedger> ledger(String organisationId) {
        return Optional.ofNullable(ledgers.get(organisationId));
    }

    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
        Request request = serveEvent.getRequest();
        String url = request.getUrl();
        int question = url.indexOf('?');
        String path = question < 0 ? url : url.substring(0, question);
        String query = question < 0 ? "" : url.substring(question + 1);
        Map<String, String> headers = new LinkedHashMap<>();
        request.getHeaders().all().forEach(h -> headers.put(h.key().toLowerCase(Locale.ROOT), h.firstValue()));
        synchronized (this) {
            calls.add(new Call(request.getMethod().getName(), path, query, headers, request.getBodyAsString()));
        }
        Reply reply;
        try {
            reply = answer(request.getMethod().getName(), path, query, headers, request.getBodyAsString());
        } catch (IOException | RuntimeException e) {
            reply = Reply.json(400, FakeXeroLedger.JSON.createObjectNode().put("Message", String.valueOf(e.getMessage())));
        }
        ResponseDefinitionBuilder response = ResponseDefinitionBuilder.responseDefinition()
                .withStatus(reply.status()).withHeader("Content-Type", reply.contentType()).withBody(reply.body());
        reply.headers().forEach(response::withHeader);
        return response.build();
    }

    private Reply answer(String method, String path, String query, Map<String, String> headers, String body)
            throws IOException {
        if (path.equals("/identity/connect/authorize")) {
            return consentPage(form(query));
        }
        if (path.equals("/connect/token") && method.equals("POST")) {
            return token(headers.get("authorization"), form(body));
        }
        Optional<FakeXeroIdentity.Grant> grant = identity.byAccessToken(bearer(headers.get("authorization")));
        if (grant.isEmpty()) {
            return Reply.json(401, FakeXeroLedger.JSON.createObjectNode().put("Title", "Unauthorized").put("Status", 401)
                    .put("Detail", "AuthenticationUnsuccessful"));
        }
        if (path.equalsIgnoreCase("/connections") && method.equals("GET")) {
            ArrayNode connections = FakeXeroLedger.JSON.createArrayNode();
            connections.addObject().put("id", java.util.UUID.randomUUID().toString())
                    .put("tenantId", grant.get().organisationId).put("tenantName", grant.get().organisationName)
                    .put("tenantType", "ORGANISATION")
                    .put("createdDateUtc", grant.get().createdAt.toString().replace("Z", ""))
                    .put("updatedDateUtc", grant.get().createdAt.toString().replace("Z", ""));
            return Reply.json(200, connections);
        }
        if (!path.startsWith(ACCOUNTING)) {
            return Reply.json(404, FakeXeroLedger.JSON.createObjectNode().put("Message", "No such endpoint " + path));
        }
        if (!grant.get().organisationId.equals(headers.get("xero-tenant-id"))) {
            return Reply.json(403, FakeXeroLedger.JSON.createObjectNode().put("Title", "Forbidden").put("Status", 403)
                    .put("Detail", "AuthenticationUnsuccessful"));
        }
        if (throttled.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            Reply reply = new Reply(429, "text/plain", "", new LinkedHashMap<>());
            reply.headers().put("Retry-After", Long.toString(retryAfterSeconds));
            reply.headers().put("X-Rate-Limit-Problem", "minute");
            return reply;
        }
        FakeXeroLedger ledger;
        synchronized (this) {
            ledger = ledgers.computeIfAbsent(grant.get().organisationId,
                    id -> new FakeXeroLedger(id, grant.get().organisationName));
        }
        String key = headers.get("idempotency-key");
        String remembered = ledger.organisationId + ":" + key;
        synchronized (this) {
            if (key != null && idempotent.containsKey(remembered)) {
                return idempotent.get(remembered);
            }
        }
        Reply reply = accounting(ledger, method, path.substring(ACCOUNTING.length()), body, query,
                headers.get("if-modified-since"));
        if (key != null && reply.status() == 200) {
            synchronized (this) {
                idempotent.put(remembered, reply);
            }
        }
        return reply;
    }

    private Reply accounting(FakeXeroLedger ledger, String method, String resource, String body, String query,
                             String modifiedSince) throws IOException {
        try {
            if (method.equals("GET") && resource.startsWith("Contacts/")) {
                return envelope("Contacts", FakeXeroLedger.JSON.createArrayNode()
                        .add(ledger.contact(resource.substring("Contacts/".length()))));
            }
            if (method.equals("GET") && resource.startsWith("Invoices/")) {
                ObjectNode invoice;
                synchronized (ledger) {
                    invoice = ledger.invoices.get(resource.substring("Invoices/".length()));
                }
                if (invoice == null) {
                    return Reply.json(404, FakeXeroLedger.JSON.createObjectNode().put("Message", "Not found"));
                }
                return envelope("Invoices", FakeXeroLedger.JSON.createArrayNode().add(invoice.deepCopy()));
            }
            if (method.equals("PUT") && resource.matches("CreditNotes/[^/]+/Allocations")) {
                return envelope("Allocations", ledger.credits.allocate(resource.split("/")[1],
                        FakeXeroLedger.JSON.readTree(body)));
            }
            return switch (method + " " + resource) {
                case "GET Accounts" -> envelope("Accounts", ledger.accounts());
                case "GET TaxRates" -> envelope("TaxRates", FakeXeroChart.taxRates());
                case "GET Items" -> envelope("Items", FakeXeroChart.items());
                case "GET Contacts" -> envelope("Contacts", ledger.contacts(namedIn(form(query).get("where")),
                        modifiedSince == null ? null : parseInstant(modifiedSince),
                        Integer.parseInt(form(query).getOrDefault("page", "1")), 100));
                case "GET Payments" -> envelope("Payments", ledger.paymentsChangedSince(modifiedSince == null ? null
                        : parseInstant(modifiedSince), paymentTypeIn(form(query).get("where")),
                        Integer.parseInt(form(query).getOrDefault("page", "1")), 100));
                case "POST Contacts", "PUT Contacts" -> saveAll("Contacts", body, query, ledger::saveContact);
                case "POST Invoices", "PUT Invoices" -> saveAll("Invoices", body, query, ledger::saveInvoice);
                case "PUT CreditNotes" -> saveAll("CreditNotes", body, query, ledger.credits::save);
                case "PUT Payments", "POST Payments" -> saveAll("Payments", body, query, ledger::savePayment);
                default -> Reply.json(404, FakeXeroLedger.JSON.createObjectNode().put("Message", "Not in the fake: "
                        + method + " " + resource));
            };
        } catch (FakeXeroLedger.Refusal refusal) {
            if (refusal.status == 404) {
                return Reply.json(404, FakeXeroLedger.JSON.createObjectNode().put("Message", refusal.getMessage()));
            }
            ObjectNode error = FakeXeroLedger.JSON.createObjectNode().put("ErrorNumber", 10)
                    .put("Type", "ValidationException").put("Message", "A validation exception occurred");
            error.putArray("Elements").add(refusal.element);
            return Reply.json(400, error);
        }
    }

    /**
     * One element or many. With {@code summarizeErrors=false} each element is saved or refused on its own and the answer
     * is 200, a refused element carrying {@code StatusAttributeString: ERROR} and its {@code ValidationErrors} (as Xero
     * documents for bulk creation); otherwise (Xero's default) the first refusal is the whole answer, a 400.
     */
    private Reply saveAll(String kind, String body, String query, java.util.function.Function<ObjectNode, ObjectNode> save)
            throws IOException {
        boolean oneByOne = "false".equalsIgnoreCase(form(query).get("summarizeErrors"));
        JsonNode sent = FakeXeroLedger.JSON.readTree(body);
        ArrayNode saved = FakeXeroLedger.JSON.createArrayNode();
        JsonNode items = sent.has(kind) ? sent.get(kind) : FakeXeroLedger.JSON.createArrayNode().add(sent);
        for (JsonNode item : items) {
            try {
                saved.add(save.apply((ObjectNode) item));
            } catch (FakeXeroLedger.Refusal refusal) {
                if (!oneByOne || refusal.status != 400) {
                    throw refusal;
                }
                ObjectNode element = ((ObjectNode) refusal.element).put("StatusAttributeString", "ERROR");
                element.put(kind.equals("Invoices") || kind.equals("CreditNotes") ? "HasErrors" : "HasValidationErrors", true);
                saved.add(element);
            }
        }
        return envelope(kind, saved);
    }

    private static Reply envelope(String kind, ArrayNode items) {
        ObjectNode envelope = FakeXeroLedger.JSON.createObjectNode();
        envelope.put("Id", java.util.UUID.randomUUID().toString()).put("Status", "OK").put("ProviderName", "Becflow")
                .put("DateTimeUTC", dotNetDate());
        envelope.set(kind, items);
        return Reply.json(200, envelope);
    }

    private Reply consentPage(Map<String, String> query) {
        String redirect = query.getOrDefault("redirect_uri", "");
        if (!clientId.equals(query.get("client_id")) || redirect.isEmpty()) {
            return new Reply(400, "text/html; charset=utf-8", "<h1>Invalid client or redirect</h1>", new LinkedHashMap<>());
        }
        String code = identity.newCode(redirect);
        String back = redirect + (redirect.contains("?") ? "&" : "?") + "code=" + code + "&scope="
                + enc(query.getOrDefault("scope", "")) + "&state=" + enc(query.getOrDefault("state", ""));
        String page = "<!doctype html><html><head><title>Xero | Allow access</title></head><body>"
                + "<h1>Becflow wants to access your Xero organisation</h1><p id=\"scopes\">" + html(query.get("scope"))
                + "</p><a id=\"allow-access\" href=\"" + html(back) + "\">Allow access</a> "
                + "<a id=\"cancel\" href=\"" + html(redirect + "?error=access_denied&state="
                + enc(query.getOrDefault("state", ""))) + "\">Cancel</a></body></html>";
        return new Reply(200, "text/html; charset=utf-8", page, new LinkedHashMap<>());
    }

    private Reply token(String authorization, Map<String, String> form) {
        String expected = "Basic " + Base64.getEncoder().encodeToString((clientId + ":" + clientSecret)
                .getBytes(StandardCharsets.UTF_8));
        if (!expected.equals(authorization)) {
            return Reply.json(400, FakeXeroLedger.JSON.createObjectNode().put("error", "invalid_client"));
        }
        Optional<FakeXeroIdentity.Grant> grant = switch (form.getOrDefault("grant_type", "")) {
            case "authorization_code" -> identity.exchange(form.getOrDefault("code", ""), form.getOrDefault("redirect_uri", ""));
            case "refresh_token" -> identity.refresh(form.getOrDefault("refresh_token", ""));
            default -> Optional.empty();
        };
        if (grant.isEmpty()) {
            return Reply.json(400, FakeXeroLedger.JSON.createObjectNode().put("error", "invalid_grant"));
        }
        return Reply.json(200, FakeXeroLedger.JSON.createObjectNode().put("access_token", grant.get().accessToken)
                .put("refresh_token", grant.get().refreshToken).put("token_type", "Bearer")
                .put("expires_in", FakeXeroIdentity.ACCESS_TOKEN_LIFE.toSeconds()).put("scope", XeroOAuth.SCOPES));
    }

    /** The type in a {@code where} of the form {@code PaymentType=="ACCRECPAYMENT"}, else null (any). */
    private static String paymentTypeIn(String where) {
        if (where == null) {
            return null;
        }
        java.util.regex.Matcher type = java.util.regex.Pattern.compile("PaymentType==\"([A-Z]+)\"").matcher(where);
        return type.find() ? type.group(1) : null;
    }

    /** The name in a {@code where} of the form {@code Name=="..."} (the only filter the fake reads). */
    private static String namedIn(String where) {
        if (where == null) {
            return null;
        }
        java.util.regex.Matcher name = java.util.regex.Pattern.compile("Name==\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(where);
        return name.find() ? name.group(1).replace("\\\"", "\"").replace("\\\\", "\\") : null;
    }

    static String dotNetDate() {
        return "/Date(" + Instant.now().toEpochMilli() + "+0000)/";
    }

    /** A date as Xero writes it, from one as the SDK sent it ({@code 2026-12-03} or already {@code /Date(...)/}). */
    static String dotNetDate(String sent) {
        if (sent == null || sent.startsWith("/Date(")) {
            return sent;
        }
        return "/Date(" + java.time.LocalDate.parse(sent.substring(0, 10)).atStartOfDay(java.time.ZoneOffset.UTC)
                .toInstant().toEpochMilli() + "+0000)/";
    }

    static Instant instantOf(String dotNetDate) {
        String millis = dotNetDate.substring("/Date(".length()).replaceAll("[+-]\\d{4}\\)/$", "").replace(")/", "");
        return Instant.ofEpochMilli(Long.parseLong(millis));
    }

    private static Instant parseInstant(String header) {
        try {
            return java.time.OffsetDateTime.parse(header).toInstant();
        } catch (java.time.format.DateTimeParseException notIso) {
            return java.time.ZonedDateTime.parse(header, java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        }
    }

    private static String bearer(String authorization) {
        return authorization != null && authorization.startsWith("Bearer ") ? authorization.substring(7) : "";
    }

    private static Map<String, String> form(String encoded) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : encoded == null ? new String[0] : encoded.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                values.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return values;
    }

    private static String enc(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String html(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
    }
}
