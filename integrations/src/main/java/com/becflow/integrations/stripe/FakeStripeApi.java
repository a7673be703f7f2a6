package com.becflow.integrations.stripe;

import com.becflow.invoicing.PaymentMethod;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
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
    private final Consumer<String> bankDebitStarted;
    private final List<Fault> faults = new ArrayList<>();
    /** Authentication challenges shown and not yet answered, by their token. */
    private final Map<String, Challenge> challenges = new HashMap<>();

    /** A card to authenticate on a session's page: to pay, or (with {@code saving}) to be saved for later. */
    private record Challenge(String sessionId, TestCards saving) {
    }

    private record Fault(String pathPrefix, Duration delay, int failStatus) {
    }

    private record Reply(int status, String contentType, String body, Map<String, String> headers) {

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
     *                         are taken as ready ones ({@link FakeStripeLedger#adoptAccount})
     * @param bankDebitStarted told the checkout session of each bank debit the page starts
     */
    FakeStripeApi(FakeStripeLedger ledger, boolean sandbox, Consumer<String> bankDebitStarted) {
        this.ledger = ledger;
        this.sandbox = sandbox;
        this.bankDebitStarted = bankDebitStarted;
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
            return page(method, path, FormParams.parse(query), form);
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
        if (!account.equals(FakeStripeLedger.PLATFORM) && !ledger.isConnectedAccount(account)) {
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
            String body = FakeStripeJson.render(ledger.expanded(account, result, params.texts("expand")));
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
            ledger.adoptAccount(headerAccount);
        }
        String[] p = path.substring(1).split("/");
        if (p.length == 3 && p[1].equals("accounts")) {
            ledger.adoptAccount(p[2]);
        }
    }

    private ObjectNode route(String method, String path, FormParams params, FakeStripeLedger.Caller caller) {
        String[] p = path.substring(1).split("/");
        String account = caller.account();
        boolean get = method.equals("GET");
        boolean post = method.equals("POST");
        if (post && path.equals("/v1/accounts")) {
            return ledger.createAccount(params);
        }
        if (get && p.length == 3 && p[1].equals("accounts")) {
            return ledger.read(FakeStripeLedger.PLATFORM, p[2], "account");
        }
        if (get && path.equals("/v1/account") && !account.equals(FakeStripeLedger.PLATFORM)) {
            return ledger.read(FakeStripeLedger.PLATFORM, account, "account");
        }
        if (post && path.equals("/v1/account_links")) {
            return ledger.createAccountLink(params);
        }
        if (post && path.equals("/v1/checkout/sessions")) {
            return ledger.createCheckoutSession(params, caller);
        }
        if (get && path.equals("/v1/payment_intents")) {
            return ledger.listPaymentIntents(account, params.text("customer"),
                    params.amount("limit").map(Long::intValue).orElse(10));
        }
        if (get && path.equals("/v1/checkout/sessions")) {
            return ledger.listCheckoutSessions(account, params.amount("created", "gte").orElse(0L),
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
            return ledger.createRefund(params, caller);
        }
        if (get && path.equals("/v1/refunds")) {
            return ledger.listRefunds(account, params.text("payment_intent"), params.text("charge"),
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

    private Reply page(String method, String path, FormParams query, FormParams form) {
        String[] p = path.substring(1).split("/");
        if (p.length >= 2 && p[0].equals("pay")) {
            Optional<FakeStripeLedger.Owned> session = ledger.checkoutSession(p[1]);
            if (session.isEmpty()) {
                return Reply.html(404, HostedPages.message("Not found", "No such checkout session."));
            }
            if (method.equals("GET") && p.length == 2) {
                return checkoutPage(session.get(), null, null);
            }
            if (method.equals("POST") && p.length == 3 && p[2].equals("card")) {
                return payByCard(session.get(), form.text("card-number").orElse(null));
            }
            if (method.equals("POST") && p.length == 3 && p[2].equals("bank-account") && savesACard(session.get())) {
                return saveBankAccount(session.get(), form.text("iban").orElse(""));
            }
            if (method.equals("POST") && p.length == 3 && p[2].equals("bank-debit")) {
                Reply paid = pay(p[1], PaymentMethod.BANK_DEBIT);
                if (paid.status() == 303) {
                    bankDebitStarted.accept(p[1]);
                }
                return paid;
            }
            if (p.length == 4 && p[2].equals("authenticate")) {
                return authentication(session.get(), p[3], method, query.text("outcome").orElse(""));
            }
        }
        if (p.length == 3 && p[0].equals("connect") && p[1].equals("onboard")) {
            String token = query.text("link").orElse("");
            if (method.equals("GET") && sandbox && ledger.onboardingAccount(p[2], token).isPresent()) {
                return finishOnboarding(p[2], token);
            }
            if (method.equals("GET")) {
                return ledger.onboardingAccount(p[2], token)
                        .map(account -> Reply.html(200, HostedPages.onboarding(account, token)))
                        .orElseGet(() -> Reply.html(410, HostedPages.message("Link expired",
                                "This onboarding link has expired or was already used.")));
            }
            if (method.equals("POST")) {
                return finishOnboarding(p[2], token);
            }
        }
        return Reply.html(404, HostedPages.message("Not found", "FakeStripe serves no page at " + path));
    }

    private Reply finishOnboarding(String accountId, String token) {
        try {
            String next = ledger.finishOnboarding(accountId, token);
            return next == null ? Reply.html(200, HostedPages.message("Done", "Onboarding is complete."))
                    : Reply.redirect(next);
        } catch (IllegalArgumentException unknown) {
            return Reply.html(404, HostedPages.message("Not found", unknown.getMessage()));
        }
    }

    private static boolean savesACard(FakeStripeLedger.Owned session) {
        return "setup".equals(FakeStripeJson.text(session.object(), "mode"));
    }

    private Reply checkoutPage(FakeStripeLedger.Owned session, String cardError, String typedNumber) {
        synchronized (ledger) {
            if (savesACard(session)) {
                return Reply.html(cardError == null ? 200 : 402, HostedPages.setup(session.object(), cardError, typedNumber,
                        null, null));
            }
            String id = FakeStripeJson.text(session.object(), "id");
            return Reply.html(cardError == null ? 200 : 402,
                    HostedPages.checkout(session.object(), ledger.description(id), cardError, typedNumber));
        }
    }

    private Reply payByCard(FakeStripeLedger.Owned session, String cardNumber) {
        String id = FakeStripeJson.text(session.object(), "id");
        TestCards card = cardNumber == null ? TestCards.SUCCEEDS : TestCards.byNumber(cardNumber).orElse(null);
        boolean saving = savesACard(session);
        TestCards.Outcome outcome = saving && card != null ? card.onSetupPage() : TestCards.judge(cardNumber);
        return switch (outcome) {
            case PAID -> saving ? save(id, card) : pay(id, PaymentMethod.CARD);
            case DECLINED -> checkoutPage(session, TestCards.DECLINED_MESSAGE, cardNumber);
            case NOT_A_CARD_NUMBER -> checkoutPage(session, TestCards.NOT_A_CARD_NUMBER_MESSAGE, cardNumber);
            case NOT_A_TEST_CARD -> checkoutPage(session, TestCards.NOT_A_TEST_CARD_MESSAGE, cardNumber);
            case NEEDS_AUTHENTICATION -> {
                String challenge = FakeStripeJson.randomId(20);
                synchronized (challenges) {
                    challenges.put(challenge, new Challenge(id, saving ? card : null));
                }
                yield Reply.redirect("/pay/" + id + "/authenticate/" + challenge);
            }
        };
    }

    /** The confirm page of a card that asks for authentication, and its answer; each challenge is answered once. */
    private Reply authentication(FakeStripeLedger.Owned session, String challenge, String method, String outcome) {
        String id = FakeStripeJson.text(session.object(), "id");
        Challenge asked;
        synchronized (challenges) {
            asked = challenges.get(challenge);
            if (asked == null || !id.equals(asked.sessionId())) {
                return Reply.html(404, HostedPages.message("Not found", "This authentication was already answered."));
            }
            if (method.equals("GET")) {
                String what = asked.saving() != null ? "saving your card for later payments" : "your payment of "
                        + StripeAmounts.fromMinor(session.object().path("amount_total").asLong(),
                        FakeStripeJson.text(session.object(), "currency"));
                return Reply.html(200, HostedPages.authentication(id, what, challenge));
            }
            challenges.remove(challenge);
        }
        if (!outcome.equals("complete")) {
            return checkoutPage(session, TestCards.AUTHENTICATION_FAILED_MESSAGE, null);
        }
        return asked.saving() != null ? save(id, asked.saving()) : pay(id, PaymentMethod.CARD);
    }

    private Reply pay(String sessionId, PaymentMethod method) {
        try {
            return Reply.redirect(ledger.pay(sessionId, method));
        } catch (IllegalStateException notPayable) {
            return Reply.html(409, HostedPages.message("Not paid", notPayable.getMessage()));
        }
    }

    private Reply save(String sessionId, TestCards card) {
        try {
            return Reply.redirect(ledger.saveCard(sessionId, card));
        } catch (IllegalStateException notOpen) {
            return Reply.html(409, HostedPages.message("Not saved", notOpen.getMessage()));
        }
    }

    private Reply saveBankAccount(FakeStripeLedger.Owned session, String iban) {
        Optional<TestBankAccounts> bank = TestBankAccounts.byIban(iban);
        if (bank.isEmpty()) {
            synchronized (ledger) {
                return Reply.html(402, HostedPages.setup(session.object(), null, null, TestBankAccounts.refusal(iban), iban));
            }
        }
        try {
            return Reply.redirect(ledger.saveBankAccount(FakeStripeJson.text(session.object(), "id"), bank.get()));
        } catch (IllegalStateException notSaved) {
            return Reply.html(409, HostedPages.message("Not saved", notSaved.getMessage()));
        }
    }

    private static Reply error(StripeApiError error, String requestId) {
        return Reply.json(error.status(), FakeStripeJson.render(error.body(requestId)));
    }
}
