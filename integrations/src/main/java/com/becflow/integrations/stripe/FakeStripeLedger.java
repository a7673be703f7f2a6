package com.becflow.integrations.stripe;

import static com.becflow.integrations.stripe.FakeStripeJson.JSON;
import static com.becflow.integrations.stripe.FakeStripeJson.now;
import static com.becflow.integrations.stripe.FakeStripeJson.parse;
import static com.becflow.integrations.stripe.FakeStripeJson.randomId;
import static com.becflow.integrations.stripe.FakeStripeJson.render;
import static com.becflow.integrations.stripe.FakeStripeJson.text;

import com.becflow.invoicing.PaymentMethod;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

/**
 * What the fake Stripe holds and how it changes: connected accounts and their onboarding links, and per
 * connected account its checkout sessions, payment intents, charges, refunds and disputes, the events each
 * change emits, the remembered answers of idempotent requests, and counters for tests.
 *
 * <p>Every object is a JSON tree started from Stripe's own example of its type, with the modelled fields
 * overwritten, and belongs to the account it was created on ({@code Stripe-Account}), or to the platform:
 * reading it from another account is "No such ...", as on Stripe. Events carry a copy of the object as it was
 * at that moment. All state is guarded by this object's monitor; callers that must check and change in one
 * step (idempotency) synchronize on it too.
 */
final class FakeStripeLedger {

    /** The owner of objects created without a {@code Stripe-Account} header. */
    static final String PLATFORM = "";

    static final String API_VERSION = com.stripe.Stripe.API_VERSION;


    private final StripeFixtures fixtures;
    private final Supplier<String> baseUrl;
    private final IntSupplier webhookEndpoints;
    private final Consumer<FakeStripeEvent> published;
    private final FakeCheckoutSessions checkoutSessions;
    private final FakeStripeCharges charges;
    private final FakeSavedMethods savedMethods;
    private final FakeStripeAccounts accounts;
    private final FakeStripeReversals reversals;
    private final FakeStripeListings listings;

    private final Map<String, Owned> objects = new HashMap<>();
    private final Map<String, String> descriptions = new HashMap<>();
    private final Map<String, ObjectNode> paymentMetadata = new HashMap<>();
    private final Map<String, Remembered> remembered = new HashMap<>();
    private final List<FakeStripeEvent> events = new ArrayList<>();
    private final Map<String, Integer> sessionsCreated = new HashMap<>();
    private final Map<String, Integer> successfulCharges = new HashMap<>();
    private final Map<String, Integer> refunds = new HashMap<>();

    /** An object and the account it lives in. */
    record Owned(String account, ObjectNode object) {
    }

    /** Who asked, for the {@code request} field of the events a request causes. */
    record Caller(String account, String requestId, String idempotencyKey) {

        static Caller notARequest(String account) {
            return new Caller(account, null, null);
        }
    }

    /** The first answer to an idempotency key, replayed for the same request and refused for another. */
    record Remembered(String method, String path, String fingerprint, String requestId, int status, String body) {

        boolean sameRequest(String otherMethod, String otherPath, String otherFingerprint) {
            return method.equals(otherMethod) && path.equals(otherPath) && fingerprint.equals(otherFingerprint);
        }
    }

    /**
     * @param clampsLateExpiry a checkout's {@code expires_at} beyond 24 hours is taken as 24 hours instead of refused:
     *                         the sandbox's choice, since the local mode's clock may have been moved forward
     *                         ({@code /local/clock}) and the server then asks for expiries in its own future
     */
    FakeStripeLedger(StripeFixtures fixtures, Supplier<String> baseUrl, IntSupplier webhookEndpoints,
                     Consumer<FakeStripeEvent> published, boolean clampsLateExpiry) {
        this.fixtures = fixtures;
        this.baseUrl = baseUrl;
        this.webhookEndpoints = webhookEndpoints;
        this.published = published;
        this.checkoutSessions = new FakeCheckoutSessions(fixtures, baseUrl, clampsLateExpiry);
        this.charges = new FakeStripeCharges(fixtures, baseUrl);
        this.savedMethods = new FakeSavedMethods(fixtures, this, charges);
        this.accounts = new FakeStripeAccounts(this, fixtures, baseUrl);
        this.reversals = new FakeStripeReversals(this, fixtures);
        this.listings = new FakeStripeListings(this);
    }

    synchronized Optional<Remembered> remembered(String account, String key) {
        return Optional.ofNullable(remembered.get(account + "\n" + key));
    }

    synchronized void remember(String account, String key, Remembered answer) {
        remembered.put(account + "\n" + key, answer);
    }

    /** Connected accounts and their onboarding. */
    FakeStripeAccounts accounts() {
        return accounts;
    }

    /** Refunds, and disputes the client's bank opens and closes. */
    FakeStripeReversals reversals() {
        return reversals;
    }

    /** Stripe's lists and {@code expand[]}. */
    FakeStripeListings listings() {
        return listings;
    }

    /** The object under this id, whichever account it lives in; null when there is none. */
    synchronized Owned owned(String id) {
        return objects.get(id);
    }

    /** Every object; only while holding this ledger's monitor. */
    java.util.Collection<Owned> all() {
        return objects.values();
    }

    synchronized void countRefund(String account) {
        refunds.merge(account, 1, Integer::sum);
    }

    synchronized ObjectNode createCheckoutSession(FormParams params, Caller caller) {
        if (params.text("mode").filter("setup"::equals).isPresent()) {
            ObjectNode session = savedMethods.createSetupSession(params, caller);
            sessionsCreated.merge(caller.account(), 1, Integer::sum);
            return session;
        }
        ObjectNode session = checkoutSessions.create(params);
        String id = text(session, "id");
        String description = params.required("line_items", "0", "price_data", "product_data", "name");
        objects.put(id, new Owned(caller.account(), session));
        descriptions.put(id, description);
        paymentMetadata.put(id, params.map("payment_intent_data", "metadata"));
        sessionsCreated.merge(caller.account(), 1, Integer::sum);
        return session;
    }

    synchronized ObjectNode createCustomer(FormParams params, Caller caller) {
        return savedMethods.createCustomer(params, caller);
    }

    synchronized ObjectNode createPaymentIntent(FormParams params, Caller caller) {
        return savedMethods.createOffSessionPayment(params, caller);
    }

    /** The client saves a card on a setup session's page; returns where the page sends them (its success URL). */
    synchronized String saveCard(String sessionId, TestCards card) {
        Owned owned = checkoutSession(sessionId)
                .orElseThrow(() -> new IllegalArgumentException("No checkout session " + sessionId));
        expireIfDue(owned);
        return savedMethods.saveCard(owned, card, paymentMetadata.getOrDefault(sessionId, JSON.objectNode()));
    }

    /** The client saves a bank account on a setup session's page; returns where the page sends them. */
    synchronized String saveBankAccount(String sessionId, TestBankAccounts bank) {
        Owned owned = checkoutSession(sessionId)
                .orElseThrow(() -> new IllegalArgumentException("No checkout session " + sessionId));
        expireIfDue(owned);
        return savedMethods.saveBankAccount(owned, bank, paymentMetadata.getOrDefault(sessionId, JSON.objectNode()));
    }

    synchronized int clearBankDebits() {
        return savedMethods.clearBankDebits();
    }

    /** Keeps an object of this account, under its id. */
    synchronized void hold(String account, ObjectNode object) {
        objects.put(text(object, "id"), new Owned(account, object));
    }

    synchronized void publish(String type, String account, ObjectNode object, Caller caller) {
        emit(type, account, object, null, caller);
    }

    synchronized void chargeSucceeded(String account) {
        successfulCharges.merge(account, 1, Integer::sum);
    }

    synchronized void setupMetadata(String sessionId, ObjectNode metadata) {
        paymentMetadata.put(sessionId, metadata);
    }

    String pageUrl(String sessionId) {
        return checkoutSessions.pageUrl(sessionId);
    }

    synchronized ObjectNode expireCheckoutSession(String id, Caller caller) {
        ObjectNode session = read(caller.account(), id, "checkout.session");
        if (!"open".equals(text(session, "status"))) {
            throw StripeApiError.invalidRequest(null,
                    "Only Checkout Sessions with a status in [\"open\"] can be expired.");
        }
        session.put("status", "expired");
        session.putNull("url");
        emit("checkout.session.expired", caller.account(), session, null, caller);
        return session;
    }

    synchronized Optional<Owned> checkoutSession(String id) {
        Owned owned = objects.get(id);
        return owned != null && "checkout.session".equals(text(owned.object, "object")) ? Optional.of(owned)
                : Optional.empty();
    }

    synchronized String description(String sessionId) {
        return descriptions.get(sessionId);
    }

    /**
     * The client pays on the hosted page: a card succeeds at once; a bank debit completes the session unpaid
     * and stays processing until {@link #settleBankDebit} or {@link #failBankDebit}. Returns the success URL.
     */
    synchronized String pay(String sessionId, PaymentMethod method) {
        Owned owned = checkoutSession(sessionId)
                .orElseThrow(() -> new IllegalArgumentException("No checkout session " + sessionId));
        ObjectNode session = owned.object;
        expireIfDue(owned);
        String status = text(session, "status");
        if (!"open".equals(status)) {
            throw new IllegalStateException("This checkout session is " + status + ": nothing was charged.");
        }
        String type = switch (method) {
            case CARD -> "card";
            case BANK_DEBIT -> FakeCheckoutSessions.bankDebitOf(session).orElseThrow(
                    () -> new IllegalStateException("This checkout session offers no bank debit."));
            default -> throw new IllegalArgumentException(method + " is not paid through Stripe");
        };
        boolean card = type.equals("card");
        String account = owned.account;
        String intentId = "pi_" + randomId(24);
        String chargeId = "ch_" + randomId(24);
        String paymentMethodId = "pm_" + randomId(24);
        long amount = session.path("amount_total").asLong();
        String currency = text(session, "currency");
        ObjectNode metadata = paymentMetadata.getOrDefault(sessionId, JSON.objectNode());
        String email = text(session, "customer_email");

        ObjectNode charge = charges.newCharge(chargeId, intentId, paymentMethodId, amount, currency, type, email, metadata,
                card ? "succeeded" : "pending");
        ObjectNode intent = charges.newPaymentIntent(intentId, chargeId, paymentMethodId, amount, currency,
                (ArrayNode) session.path("payment_method_types"), metadata, descriptions.get(sessionId), email,
                card ? "succeeded" : "processing");
        objects.put(chargeId, new Owned(account, charge));
        objects.put(intentId, new Owned(account, intent));

        session.put("status", "complete");
        session.put("payment_status", card ? "paid" : "unpaid");
        session.put("payment_intent", intentId);
        session.putNull("url");
        ObjectNode customer = JSON.objectNode();
        customer.put("email", email).putNull("name").putNull("phone").put("tax_exempt", "none").putArray("tax_ids");
        session.set("customer_details", customer);

        Caller page = Caller.notARequest(account);
        if (card) {
            successfulCharges.merge(account, 1, Integer::sum);
            emit("charge.succeeded", account, charge, null, page);
            emit("payment_intent.succeeded", account, intent, null, page);
        } else {
            emit("charge.pending", account, charge, null, page);
            emit("payment_intent.processing", account, intent, null, page);
        }
        emit("checkout.session.completed", account, session, null, page);
        return text(session, "success_url").replace("{CHECKOUT_SESSION_ID}", sessionId);
    }

    synchronized void settleBankDebit(String sessionId) {
        Processing debit = processingDebit(sessionId);
        debit.intent.put("status", "succeeded");
        debit.intent.put("amount_received", debit.intent.path("amount").asLong());
        debit.charge.put("status", "succeeded");
        debit.charge.put("paid", true);
        debit.session.put("payment_status", "paid");
        Caller bank = Caller.notARequest(debit.account);
        successfulCharges.merge(debit.account, 1, Integer::sum);
        emit("charge.succeeded", debit.account, debit.charge, null, bank);
        emit("payment_intent.succeeded", debit.account, debit.intent, null, bank);
        emit("checkout.session.async_payment_succeeded", debit.account, debit.session, null, bank);
    }

    synchronized void failBankDebit(String sessionId) {
        Processing debit = processingDebit(sessionId);
        String message = "The customer's account has insufficient funds to cover this payment.";
        debit.intent.put("status", "requires_payment_method");
        debit.intent.set("last_payment_error", JSON.objectNode().put("code", "insufficient_funds")
                .put("message", message).put("type", "invalid_request_error"));
        debit.charge.put("status", "failed");
        debit.charge.put("paid", false);
        debit.charge.put("failure_code", "insufficient_funds");
        debit.charge.put("failure_message", message);
        Caller bank = Caller.notARequest(debit.account);
        emit("charge.failed", debit.account, debit.charge, null, bank);
        emit("payment_intent.payment_failed", debit.account, debit.intent, null, bank);
        emit("checkout.session.async_payment_failed", debit.account, debit.session, null, bank);
    }

    private record Processing(String account, ObjectNode session, ObjectNode intent, ObjectNode charge) {
    }

    private Processing processingDebit(String sessionId) {
        Owned owned = checkoutSession(sessionId)
                .orElseThrow(() -> new IllegalArgumentException("No checkout session " + sessionId));
        JsonNode intentId = owned.object.get("payment_intent");
        ObjectNode intent = intentId == null || intentId.isNull() ? null : objects.get(intentId.asText()).object;
        if (intent == null || !"processing".equals(text(intent, "status"))) {
            throw new IllegalStateException("Checkout session " + sessionId + " has no bank debit in processing");
        }
        ObjectNode charge = objects.get(text(intent, "latest_charge")).object;
        return new Processing(owned.account, owned.object, intent, charge);
    }

    /** An object of this account, or Stripe's "No such ..." answer. */
    synchronized ObjectNode read(String account, String id, String objectType) {
        Owned owned = objects.get(id);
        if (owned == null || !owned.account.equals(account) || !objectType.equals(text(owned.object, "object"))) {
            throw StripeApiError.noSuch(objectType.replace('.', ' ').replace('_', ' '), id);
        }
        if (objectType.equals("checkout.session")) {
            expireIfDue(owned);
        }
        return owned.object;
    }

    /** Stripe closes an open session at its {@code expires_at}, with a {@code checkout.session.expired} event. */
    private void expireIfDue(Owned owned) {
        ObjectNode session = owned.object;
        if ("open".equals(text(session, "status")) && now() >= session.path("expires_at").asLong(Long.MAX_VALUE)) {
            session.put("status", "expired");
            session.putNull("url");
            emit("checkout.session.expired", owned.account, session, null, Caller.notARequest(owned.account));
        }
    }

    synchronized ObjectNode event(String account, String id) {
        return events.stream().filter(e -> e.id().equals(id) && owner(e).equals(account)).findFirst()
                .map(e -> parse(e.payload())).orElseThrow(() -> StripeApiError.noSuch("event", id));
    }

    synchronized Optional<String> json(String id) {
        return Optional.ofNullable(objects.get(id)).map(owned -> render(owned.object));
    }

    synchronized List<FakeStripeEvent> events() {
        return List.copyOf(events);
    }

    synchronized int sessionsCreated(String account) {
        return count(sessionsCreated, account);
    }

    synchronized int successfulCharges(String account) {
        return count(successfulCharges, account);
    }

    synchronized int refunds(String account) {
        return count(refunds, account);
    }

    private static int count(Map<String, Integer> counter, String account) {
        return account == null ? counter.values().stream().mapToInt(Integer::intValue).sum()
                : counter.getOrDefault(account, 0);
    }

    void emit(String type, String account, ObjectNode object, ObjectNode previous, Caller caller) {
        FakeStripeEvent emitted = FakeStripeEvent.of(fixtures, type, account, object, previous, caller,
                webhookEndpoints.getAsInt());
        events.add(emitted);
        published.accept(emitted);
    }

    private static String owner(FakeStripeEvent event) {
        return event.accountId() == null ? PLATFORM : event.accountId();
    }
}
