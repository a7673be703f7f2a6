package com.becflow.integrations.quickbooks;

import static com.becflow.integrations.quickbooks.FakeQuickBooksCompany.JSON;

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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fake's HTTP face: Intuit's consent page and token endpoint, and the v3 accounting API under
 * {@code /v3/company/{realmId}/}: companyinfo, query, create/read/update of customers, items, invoices (and
 * {@code operation=void}) and payments, and batch requests of up to 30 of those, in QuickBooks' JSON. As Intuit: an {@code intuit_tid} header on every answer,
 * a 401 {@code AuthenticationFailed} fault for a dead token, a 403 for another company's, a 429 {@code ThrottleExceeded}
 * fault when throttled, and {@code requestid}: a write repeated under a request id already answered on that company
 * gets the first successful answer again (at most 50 characters, as Intuit documents).
 */
final class FakeQuickBooksApi implements ResponseDefinitionTransformerV2 {

    static final String NAME = "fake-quickbooks";
    /** Intuit: "a maximum of 30 batch items in a single request". */
    static final int BATCH_LIMIT = 30;
    private static final Pattern COMPANY_PATH = Pattern.compile("/v3/company/([^/]+)/([a-z]+)(?:/([^/]+))?");
    private static final Pattern QUERY = Pattern.compile(
            "select \\* from (\\w+)(?: where (.+?))?(?: orderby .+?)?(?: startposition \\d+)?(?: maxresults \\d+)?",
            Pattern.CASE_INSENSITIVE);
    /** {@code Id in ('1', '2')}: QuickBooks' query language takes a list of values after {@code in}. */
    private static final Pattern IN_LIST = Pattern.compile("([\\w.]+)\\s+in\\s*\\(((?:\\s*'(?:[^']|\\\\')*'\\s*,?)*)\\)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CONDITION = Pattern.compile("([\\w.]+)\\s*(>=|=)\\s*(?:'((?:[^']|\\\\')*)'|(\\w+))");

    /** A request as it arrived: method, path, query, headers (names in lower case) and body. */
    record Call(String method, String path, String query, Map<String, String> headers, String body) {
    }

    private record Reply(int status, String contentType, String body, Map<String, String> headers) {
        static Reply json(int status, JsonNode body) {
            return new Reply(status, "application/json;charset=UTF-8", body.toString(), new LinkedHashMap<>());
        }
    }

    private final FakeQuickBooksIdentity identity;
    private final String clientId;
    private final String clientSecret;
    private final Map<String, FakeQuickBooksCompany> companies = new HashMap<>();
    private final Map<String, Reply> answered = new HashMap<>();
    private final List<Call> calls = new ArrayList<>();
    private final AtomicInteger throttled = new AtomicInteger();
    private volatile long retryAfterSeconds = 60;

    FakeQuickBooksApi(FakeQuickBooksIdentity identity, String clientId, String clientSecret) {
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

    void throttleNext(int calls, long retryAfter) {
        retryAfterSeconds = retryAfter;
        throttled.set(calls);
    }

    synchronized List<Call> calls() {
        return List.copyOf(calls);
    }

    synchronized Optional<FakeQuickBooksCompany> company(String realmId) {
        return Optional.ofNullable(companies.get(realmId));
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
        String body = request.getBodyAsString();
        synchronized (this) {
            calls.add(new Call(request.getMethod().getName(), path, query, headers, body));
        }
        Reply reply;
        try {
            reply = answer(request.getMethod().getName(), path, form(query), headers, body);
        } catch (IOException | RuntimeException e) {
            reply = fault(400, "ValidationFault", "2010", "Request has invalid or unsupported property",
                    String.valueOf(e.getMessage()));
        }
        ResponseDefinitionBuilder response = ResponseDefinitionBuilder.responseDefinition()
                .withStatus(reply.status()).withHeader("Content-Type", reply.contentType()).withBody(reply.body())
                .withHeader("intuit_tid", "1-" + UUID.randomUUID().toString().replace("-", "").substring(0, 24));
        reply.headers().forEach(response::withHeader);
        return response.build();
    }

    private Reply answer(String method, String path, Map<String, String> query, Map<String, String> headers, String body)
            throws IOException {
        if (path.equals("/connect/oauth2")) {
            return consentPage(query);
        }
        if (path.equals("/oauth2/v1/tokens/bearer") && method.equals("POST")) {
            return token(headers.get("authorization"), form(body));
        }
        Matcher company = COMPANY_PATH.matcher(path);
        if (!company.matches()) {
            return fault(404, "SystemFault", "10000", "An application error has occurred", "No such endpoint " + path);
        }
        Optional<FakeQuickBooksIdentity.Grant> grant = identity.byAccessToken(bearer(headers.get("authorization")));
        if (grant.isEmpty()) {
            return fault(401, "AUTHENTICATION", "3200", "message=AuthenticationFailed; errorCode=003200; statusCode=401",
                    null);
        }
        if (!grant.get().realmId.equals(company.group(1))) {
            return fault(403, "AuthorizationFault", "3100", "message=ApplicationAuthorizationFailed; "
                    + "errorCode=003100; statusCode=403", null);
        }
        if (throttled.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            Reply reply = fault(429, "SERVICE", "3001", "message=ThrottleExceeded; errorCode=003001; statusCode=429",
                    "The request limit was reached.");
            reply.headers().put("Retry-After", Long.toString(retryAfterSeconds));
            return reply;
        }
        String requestId = query.get("requestid");
        if (requestId != null && requestId.length() > 50) {
            return fault(400, "ValidationFault", "2010", "Request has invalid or unsupported property",
                    "requestid: at most 50 characters");
        }
        FakeQuickBooksCompany books;
        synchronized (this) {
            books = companies.computeIfAbsent(grant.get().realmId,
                    realm -> new FakeQuickBooksCompany(realm, grant.get().companyName));
        }
        String remembered = books.realmId + ":" + requestId;
        boolean write = method.equals("POST") && !company.group(2).equals("query");
        synchronized (this) {
            if (write && requestId != null && answered.containsKey(remembered)) {
                return answered.get(remembered);
            }
        }
        Reply reply = accounting(books, method, company.group(2), company.group(3), query, body);
        if (write && requestId != null && reply.status() == 200) {
            synchronized (this) {
                answered.put(remembered, reply);
            }
        }
        return reply;
    }

    private Reply accounting(FakeQuickBooksCompany books, String method, String resource, String id,
                             Map<String, String> query, String body) throws IOException {
        try {
            if (resource.equals("companyinfo") && method.equals("GET")) {
                return entity("CompanyInfo", books.companyInfo());
            }
            if (resource.equals("cdc") && method.equals("GET")) {
                return Reply.json(200, FakeQuickBooksChanges.answer(books, query.get("entities"), query.get("changedSince")));
            }
            if (resource.equals("batch") && method.equals("POST")) {
                return batch(books, JSON.readTree(body));
            }
            if (resource.equals("query")) {
                return query(books, method.equals("GET") ? query.getOrDefault("query", "") : body);
            }
            String kind = FakeQuickBooksCompany.kindOf(resource);
            if (method.equals("GET") && id != null) {
                return entity(kind, books.read(kind, id));
            }
            if (method.equals("POST") && id == null) {
                ObjectNode sent = (ObjectNode) JSON.readTree(body);
                String operation = query.getOrDefault("operation", "create");
                // Intuit documents operation=void; its own SDK's voidRequest sends include=void: both void.
                if ((operation.equals("void") || "void".equals(query.get("include"))) && kind.equals("Invoice")) {
                    return entity(kind, books.voidInvoice(sent));
                }
                return entity(kind, books.save(kind, sent, operation.equals("update")));
            }
            return fault(400, "ValidationFault", "4000", "Unsupported Operation", method + " " + resource);
        } catch (FakeQuickBooksCompany.Refusal refusal) {
            return fault(400, "ValidationFault", refusal.code, refusal.getMessage(), refusal.detail);
        }
    }

    /**
     * Intuit's batch request: at most {@value #BATCH_LIMIT} operations, each answered on its own under its {@code bId},
     * with the entity as kept or a {@code Fault} of its own; the request itself is answered 200.
     */
    private Reply batch(FakeQuickBooksCompany books, JsonNode sent) {
        JsonNode items = sent.path("BatchItemRequest");
        if (items.size() > BATCH_LIMIT) {
            return fault(400, "ValidationFault", "4000", "Batch size exceeded",
                    "A batch request takes at most " + BATCH_LIMIT + " operations; this one has " + items.size());
        }
        ArrayNode answers = JSON.createArrayNode();
        for (JsonNode item : items) {
            ObjectNode answer = answers.addObject().put("bId", item.path("bId").asText());
            String kind = null;
            for (java.util.Iterator<String> names = item.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                kind = Character.isUpperCase(name.charAt(0)) ? name : kind;
            }
            try {
                if (kind == null) {
                    throw new FakeQuickBooksCompany.Refusal("2010", "Request has invalid or unsupported property",
                            "a batch item names no entity");
                }
                answer.set(kind, books.save(kind, (ObjectNode) item.get(kind), "update".equals(item.path("operation").asText())));
            } catch (FakeQuickBooksCompany.Refusal refusal) {
                ObjectNode fault = answer.putObject("Fault");
                ObjectNode error = fault.putArray("Error").addObject().put("Message", refusal.getMessage());
                if (refusal.detail != null) {
                    error.put("Detail", refusal.detail);
                }
                error.put("code", refusal.code).put("element", "");
                fault.put("type", "ValidationFault");
            }
        }
        ObjectNode reply = JSON.createObjectNode();
        reply.set("BatchItemResponse", answers);
        reply.put("time", FakeQuickBooksCompany.now());
        return Reply.json(200, reply);
    }

    private Reply query(FakeQuickBooksCompany books, String text) {
        Matcher matcher = QUERY.matcher(text.trim());
        if (!matcher.matches()) {
            return fault(400, "ValidationFault", "4000", "Error parsing query", "QueryParserError: " + text);
        }
        String kind = FakeQuickBooksCompany.kindOf(matcher.group(1).toLowerCase(Locale.ROOT));
        List<String[]> conditions = new java.util.ArrayList<>();
        if (matcher.group(2) != null) {
            for (String condition : matcher.group(2).split("(?i)\\s+and\\s+")) {
                Matcher list = IN_LIST.matcher(condition.trim());
                if (list.matches()) {
                    conditions.add(new String[] {list.group(1), "in", list.group(2)});
                    continue;
                }
                Matcher each = CONDITION.matcher(condition.trim());
                if (!each.matches()) {
                    return fault(400, "ValidationFault", "4000", "Error parsing query", "QueryParserError: " + condition);
                }
                conditions.add(new String[] {each.group(1), each.group(2),
                        each.group(3) != null ? each.group(3).replace("\\'", "'") : each.group(4)});
            }
        }
        ArrayNode found = books.query(kind, entity -> conditions.stream().allMatch(c -> holds(entity, c)));
        ObjectNode answer = JSON.createObjectNode();
        ObjectNode response = answer.putObject("QueryResponse");
        if (!found.isEmpty()) {
            response.set(kind, found);
            response.put("startPosition", 1).put("maxResults", found.size());
        }
        answer.put("time", FakeQuickBooksCompany.now());
        return Reply.json(200, answer);
    }

    /** {@code Name = 'x'} (case-insensitive, as QuickBooks compares), {@code Id in ('1', '2')} or {@code MetaData.LastUpdatedTime >= '...'}. */
    private static boolean holds(JsonNode entity, String[] condition) {
        JsonNode value = entity;
        for (String part : condition[0].split("\\.")) {
            value = value.path(part);
        }
        if (condition[1].equals("in")) {
            Matcher values = Pattern.compile("'((?:[^']|\\\\')*)'").matcher(condition[2]);
            while (values.find()) {
                if (value.asText().equalsIgnoreCase(values.group(1).replace("\\'", "'"))) {
                    return true;
                }
            }
            return false;
        }
        if (condition[1].equals(">=")) {
            return !value.isMissingNode() && !java.time.OffsetDateTime.parse(value.asText())
                    .isBefore(java.time.OffsetDateTime.parse(condition[2]));
        }
        return value.asText().equalsIgnoreCase(condition[2]);
    }

    /** The freelancer records a payment in QuickBooks itself, as when a client paid into their bank directly. */
    String recordPayment(String realmId, String invoiceId, String amount, java.time.LocalDate paidOn) {
        FakeQuickBooksCompany books = company(realmId).orElseThrow();
        ObjectNode invoice = books.read("Invoice", invoiceId);
        ObjectNode payment = JSON.createObjectNode();
        payment.putObject("CustomerRef").put("value", invoice.path("CustomerRef").path("value").asText());
        payment.put("TotalAmt", new java.math.BigDecimal(amount)).put("TxnDate", paidOn.toString())
                .put("PaymentRefNum", "Recorded in QuickBooks");
        ObjectNode line = payment.putArray("Line").addObject().put("Amount", new java.math.BigDecimal(amount));
        line.putArray("LinkedTxn").addObject().put("TxnId", invoiceId).put("TxnType", "Invoice");
        return books.save("Payment", payment, false).path("Id").asText();
    }

    private static Reply entity(String kind, ObjectNode entity) {
        ObjectNode answer = JSON.createObjectNode();
        answer.set(kind, entity);
        answer.put("time", FakeQuickBooksCompany.now());
        return Reply.json(200, answer);
    }

    private static Reply fault(int status, String type, String code, String message, String detail) {
        ObjectNode answer = JSON.createObjectNode();
        ObjectNode fault = answer.putObject("Fault");
        ObjectNode error = fault.putArray("Error").addObject().put("Message", message);
        if (detail != null) {
            error.put("Detail", detail);
        }
        error.put("code", code).put("element", "");
        fault.put("type", type);
        answer.put("time", FakeQuickBooksCompany.now());
        return Reply.json(status, answer);
    }

    private Reply consentPage(Map<String, String> query) {
        String redirect = query.getOrDefault("redirect_uri", "");
        if (!clientId.equals(query.get("client_id")) || redirect.isEmpty()
                || !query.getOrDefault("scope", "").contains("com.intuit.quickbooks.accounting")) {
            return new Reply(400, "text/html; charset=utf-8", "<h1>Invalid client, redirect or scope</h1>",
                    new LinkedHashMap<>());
        }
        String[] code = identity.newCode(redirect);
        String state = enc(query.getOrDefault("state", ""));
        String back = redirect + (redirect.contains("?") ? "&" : "?") + "code=" + code[0] + "&state=" + state
                + "&realmId=" + code[1];
        String page = "<!doctype html><html><head><title>Intuit | Connect</title></head><body>"
                + "<h1>Becflow wants to connect to your QuickBooks company</h1><p id=\"scopes\">"
                + html(query.get("scope")) + "</p><a id=\"allow-access\" href=\"" + html(back) + "\">Connect</a> "
                + "<a id=\"cancel\" href=\"" + html(redirect + (redirect.contains("?") ? "&" : "?")
                + "error=access_denied&state=" + state) + "\">Cancel</a></body></html>";
        return new Reply(200, "text/html; charset=utf-8", page, new LinkedHashMap<>());
    }

    private Reply token(String authorization, Map<String, String> form) {
        String expected = "Basic " + Base64.getEncoder().encodeToString((clientId + ":" + clientSecret)
                .getBytes(StandardCharsets.UTF_8));
        if (!expected.equals(authorization)) {
            return Reply.json(401, JSON.createObjectNode().put("error", "invalid_client"));
        }
        Optional<FakeQuickBooksIdentity.Grant> grant = switch (form.getOrDefault("grant_type", "")) {
            case "authorization_code" -> identity.exchange(form.getOrDefault("code", ""), form.getOrDefault("redirect_uri", ""));
            case "refresh_token" -> identity.refresh(form.getOrDefault("refresh_token", ""));
            default -> Optional.empty();
        };
        if (grant.isEmpty()) {
            return Reply.json(400, JSON.createObjectNode().put("error", "invalid_grant"));
        }
        ObjectNode answer = JSON.createObjectNode().put("token_type", "bearer")
                .put("access_token", grant.get().accessToken).put("refresh_token", grant.get().refreshToken)
                .put("expires_in", FakeQuickBooksIdentity.ACCESS_TOKEN_LIFE.toSeconds())
                .put("x_refresh_token_expires_in", FakeQuickBooksIdentity.REFRESH_TOKEN_LIFE.toSeconds());
        if (form.getOrDefault("grant_type", "").equals("authorization_code")) {
            answer.put("id_token", identity.idToken(grant.get(), clientId));
        }
        return Reply.json(200, answer);
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
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String html(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
    }
}
