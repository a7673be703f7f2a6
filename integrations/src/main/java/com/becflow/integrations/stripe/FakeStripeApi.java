package com.becflow.integrations.stripe;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The fake's HTTP face, as a WireMock extension answering every request: Stripe's v1 API (authentication,
 * {@code Stripe-Account}, idempotency keys, {@code expand[]}, Stripe-shaped errors) and the hosted pages.
 *
 * <p>Idempotency follows Stripe: a key belongs to the account it was used on; the same key with the same
 * method, path and parameters gets the first answer again with {@code Idempotent-Replayed: true}; with
 * anything else it gets a 400 {@code idempotency_error}. Only successful answers are remembered, so a request
 * that failed (nothing created) may be corrected and sent again under its key.
 *
 * <p>Injected faults apply to the next request whose path starts with their prefix: a failure answers an
 * error and does nothing; a delay does the work and answers late.
 *
 * <p>The checkout page takes Stripe's test cards ({@link TestCards}): a declined one shows the page again with
 * the reason and charges nothing; one that asks for authentication goes through a confirm page first.
 */
final class FakeStripeApi implements ResponseDefinitionTransformerV2 {

    static final String NAME = "fake-stripe";

    private final FakeStripeLedger ledger;
    private final boolean sandbox;
    private final List<Fault> faults = new ArrayList<>();
    private final FakeStripePages pages;

    private record Fault(String pathPrefix, Duration delay, int failStatus) {
    }

    record Reply(int status, String contentType, String body, Map<String, String> headers) {

        static Reply json(int status, String body) {
            return new Reply(status, "application/json", body, new LinkedHashMap<>());
        }

        static Reply html(int status, String body) {
            return new Reply(status, "text/html; charset=utf-8", body, new LinkedHashMap<>());
        }

        static Reply redirect(String location) {
            Reply reply = new Reply(303, "text/plain", "", new LinkedHashMap<>());
            reply.headers.put("Location", location);
            return reply;
        }
    }

    /**
     * @param sandbox          the local mode's sandbox: an onboarding link completes onboarding as soon as it is
     *                         opened (no one fills in Stripe's forms there), and connected accounts it does not hold
     *                         are taken as ready ones ({@link FakeStripeAccounts#adoptAccount})
     * @param bankDebitStarted told the checkout session of each bank debit the page starts ({@link FakeStripePages})
     */
    FakeStripeApi(FakeStripeLedger ledger, boolean sandbox, Consumer<String> bankDebitStarted) {
        this.ledger = ledger;
        this.sandbox = sandbox;
        this.pages = new FakeStripePages(ledger, sandbox, bankDebitStarted);
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    void delayNext(String pathPrefix, Duration delay) {
        synchronized (faults) {
            faults.add(new Fault(pathPrefix, delay, 0));
        }
    }

    void failNext(String pathPrefix, int status) {
        synchronized (faults) {
            faults.add(new Fault(pathPrefix, Duration.ZERO, status));
        }
    }

    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
        Request request = serveEvent.getRequest();
        String url = request.getUrl();
        int question = url.indexOf('?');
        String path = question < 0 ? url : url.substring(0, question);
        String query = question < 0 ? "" : url.substring(question + 1);
        String method = request.getMethod().getName();
        String requestId = "req_" + FakeStripeJson.randomId(14);
        Optional<Fault> fault = takeFault(path);
        Reply reply;
        if (fault.isPresent() && fault.get().failStatus() != 0) {
            reply = error(StripeApiError.injected(fault.get().failStatus()), requestId);
        } else {
            reply = answer(request, method, path, query, requestId);
        }
        ResponseDefinitionBuilder response = ResponseDefinitionBuilder.responseDefinition()
                .withStatus(reply.status())
                .withHeader("Content-Type", reply.contentType())
                .withHeader("Request-Id", requestId)
                .withBody(reply.body());
        reply.headers().forEach(response::withHeader);
        fault.ifPresent(f -> response.withFixedDelay(Math.toIntExact(f.delay().toMillis())));
        return response.build();
    }

    private Optional<Fault> takeFault(String path) {
        synchronized (faults) {
            for (Iterator<Fault> pending = faults.iterator(); pending.hasNext(); ) {
                Fault fault = pending.next();
                if (path.startsWith(fault.pathPrefix())) {
                    pending.remove();
                    return Optional.of(fault);
                }
            }
            return Optional.empty();
        }
    }

    private Reply answer(Request request, String method, String path, String query, String requestId) {
        try {
            if (path.startsWith("/v1/")) {
                return api(request, method, path, query, requestId);
            }
            FormParams form = method.equals("POST") ? FormParams.parse(request.getBodyAsString()) : FormParams.parse("");
            return pages.page(method, path, FormParams.parse(query), form);
        } catch (StripeApiError e) {
            return error(e, requestId);
        } catch (RuntimeException bug) {
            bug.printStackTrace();
            return error(new StripeApiError(500, "api_error", null, null, "FakeStripe failed: " + bug), requestId);
        }
    }

    private Reply api(Request request, String method, String path, String query, String requestId) {
        String authorization = request.getHeader("Authorization");
        if (authorization == null || !authorization.startsWith("Bearer ") || authorization.substring(7).isBlank()) {
            throw StripeApiError.noApiKey();
        }
        String account = Optional.ofNullable(request.getHeader("Stripe-Account")).filter(a -> !a.isBlank())
                .orElse(FakeStripeLedger.PLATFORM);
        if (sandbox) {
            adoptNamedAccount(account, path);
        }
        if (!account.equals(FakeStripeLedger.PLATFORM) && !ledger.accounts().isConnectedAccount(account)) {
            throw StripeApiError.noAccessTo(account);
        }
        boolean post = method.equals("POST");
        String key = post ? request.getHeader("Idempotency-Key") : null;
        FormParams params = FormParams.parse(post ? request.getBodyAsString() : query);
        FakeStripeLedger.Caller caller = new FakeStripeLedger.Caller(account, requestId, key);
        synchronized (ledger) {
            if (key != null) {
                Optional<FakeStripeLedger.Remembered> first = ledger.remembered(account, key);
                if (first.isPresent()) {
                    if (!first.get().sameRequest(method, path, params.fingerprint())) {
                        throw StripeApiError.idempotencyKeyReused(key);
                    }
                    Reply replay = Reply.json(first.get().status(), first.get().body());
                    replay.headers().put("Idempotency-Key", key);
                    replay.headers().put("Idempotent-Replayed", "true");
                    replay.headers().put("Original-Request", first.get().requestId());
                    return replay;
                }
            }
            ObjectNode result;
            try {
                result = route(method, path, params, caller);
            } catch (StripeApiError refused) {
                // Stripe keeps the answer of a request it carried out, a card's refusal included, under its key.
                if (key != null && refused.status() == 402) {
                    ledger.remember(account, key, new FakeStripeLedger.Remembered(method, path, params.fingerprint(),
                            requestId, 402, FakeStripeJson.render(refused.body(requestId))));
                }
                throw refused;
            }
            String body = FakeStripeJson.render(ledger.listings().expanded(account, result, params.texts("expand")));
            Reply reply = Reply.json(200, body);
            reply.headers().put("Stripe-Version", Optional.ofNullable(request.getHeader("Stripe-Version"))
                    .orElse(FakeStripeLedger.API_VERSION));
            if (key != null) {
                ledger.remember(account, key, new FakeStripeLedger.Remembered(method, path, params.fingerprint(),
                        requestId, 200, body));
                reply.headers().put("Idempotency-Key", key);
            }
            return reply;
        }
    }

    private void adoptNamedAccount(String headerAccount, String path) {
        if (!headerAccount.equals(FakeStripeLedger.PLATFORM)) {
            ledger.accounts().adoptAccount(headerAccount);
        }
        String[] p = path.substring(1).split("/");
        if (p.length == 3 && p[1].equals("accounts")) {
            ledger.accounts().adoptAccount(p[2]);
        }
    }

    private ObjectNode route(String method, String path, FormParams params, FakeStripeLedger.Caller caller) {
        String[] p = path.substring(1).split("/");
        String account = caller.account();
        boolean get = method.equals("GET");
        boolean post = method.equals("POST");
        if (post && path.equals("/v1/accounts")) {
            return ledger.accounts().createAccount(params);
        }
        if (get && p.length == 3 && p[1].equals("accounts")) {
            return ledger.read(FakeStripeLedger.PLATFORM, p[2], "account");
        }
        if (get && path.equals("/v1/account") && !account.equals(FakeStripeLedger.PLATFORM)) {
            return ledger.read(FakeStripeLedger.PLATFORM, account, "account");
        }
        if (post && path.equals("/v1/account_links")) {
            return ledger.accounts().createAccountLink(params);
        }
        if (post && path.equals("/v1/checkout/sessions")) {
            return ledger.createCheckoutSession(params, caller);
        }
        if (get && path.equals("/v1/payment_intents")) {
            return ledger.listings().paymentIntents(account, params.text("customer"),
                    params.amount("limit").map(Long::intValue).orElse(10));
        }
        if (get && path.equals("/v1/checkout/sessions")) {
            return ledger.listings().checkoutSessions(account, params.amount("created", "gte").orElse(0L),
                    params.amount("limit").map(Long::intValue).orElse(10));
        }
        if (p.length >= 4 && p[1].equals("checkout") && p[2].equals("sessions")) {
            if (get && p.length == 4) {
                return ledger.read(account, p[3], "checkout.session");
            }
            if (post && p.length == 5 && p[4].equals("expire")) {
                return ledger.expireCheckoutSession(p[3], caller);
            }
        }
        if (post && path.equals("/v1/customers")) {
            return ledger.createCustomer(params, caller);
        }
        if (post && path.equals("/v1/payment_intents")) {
            return ledger.createPaymentIntent(params, caller);
        }
        if (post && path.equals("/v1/refunds")) {
            return ledger.reversals().createRefund(params, caller);
        }
        if (get && path.equals("/v1/refunds")) {
            return ledger.listings().refunds(account, params.text("payment_intent"), params.text("charge"),
                    params.amount("limit").map(Long::intValue).orElse(10));
        }
        if (get && p.length == 3) {
            switch (p[1]) {
                case "payment_intents":
                    return ledger.read(account, p[2], "payment_intent");
                case "charges":
                    return ledger.read(account, p[2], "charge");
                case "customers":
                    return ledger.read(account, p[2], "customer");
                case "setup_intents":
                    return ledger.read(account, p[2], "setup_intent");
                case "payment_methods":
                    return ledger.read(account, p[2], "payment_method");
                case "refunds":
                    return ledger.read(account, p[2], "refund");
                case "disputes":
                    return ledger.read(account, p[2], "dispute");
                case "events":
                    return ledger.event(account, p[2]);
                default:
                    break;
            }
        }
        throw StripeApiError.unrecognizedUrl(method, path);
    }

    private static Reply error(StripeApiError error, String requestId) {
        return Reply.json(error.status(), FakeStripeJson.render(error.body(requestId)));
    }
}
