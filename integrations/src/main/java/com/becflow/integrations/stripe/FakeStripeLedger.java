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
import java.util.Set;
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

    private static final Set<String> OPEN_DISPUTE = Set.of("warning_needs_response", "warning_under_review",
            "needs_response", "under_review");


    private final StripeFixtures fixtures;
    private final Supplier<String> baseUrl;
    private final IntSupplier webhookEndpoints;
    private final Consumer<FakeStripeEvent> published;
    private final FakeCheckoutSessions checkoutSessions;
    private final FakeStripeCharges charges;
    private final FakeSavedMethods savedMethods;

    private final Map<String, Owned> objects = new HashMap<>();
    private final Map<String, String> descriptions = new HashMap<>();
    private final Map<String, ObjectNode> paymentMetadata = new HashMap<>();
    private final Map<String, FakeStripeAccounts.OnboardingLink> onboardingLinks = new HashMap<>();
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
    }

    synchronized Optional<Remembered> remembered(String account, String key) {
        return Optional.ofNullable(remembered.get(account + "\n" + key));
    }

    synchronized void remember(String account, String key, Remembered answer) {
        remembered.put(account + "\n" + key, answer);
    }

    synchronized boolean isConnectedAccount(String id) {
        Owned owned = objects.get(id);
        return owned != null && owned.account.equals(PLATFORM) && "account".equals(text(owned.object, "object"));
    }

    synchronized ObjectNode createAccount(FormParams params) {
        String id = "acct_" + randomId(16);
        ObjectNode account = FakeStripeAccounts.newAccount(fixtures, id, params);
        objects.put(id, new Owned(PLATFORM, account));
        return account;
    }

    /**
     * Takes an account id the fake does not hold as a connected account that finished onboarding, without an
     * event: how the sandbox, which keeps nothing across restarts, goes on serving accounts the server's kept
     * database connected to an earlier run.
     */
    synchronized void adoptAccount(String id) {
        if (objects.containsKey(id) || !id.matches("acct_[A-Za-z0-9]{1,64}")) {
            return;
        }
        ObjectNode account = createAccount(FormParams.parse(""));
        objects.remove(text(account, "id"));
        account.put("id", id);
        FakeStripeAccounts.markOnboarded(account);
        account.withObjectProperty("external_accounts").put("url", "/v1/accounts/" + id + "/external_accounts");
        objects.put(id, new Owned(PLATFORM, account));
    }

    synchronized ObjectNode createAccountLink(FormParams params) {
        String account = params.required("account");
        read(PLATFORM, account, "account");
        String type = params.required("type");
        if (!type.equals("account_onboarding") && !type.equals("account_update")) {
            throw StripeApiError.invalidParam("type", "Invalid type: must be one of account_onboarding or account_update");
        }
        String token = randomId(20);
        onboardingLinks.put(token, new FakeStripeAccounts.OnboardingLink(account, params.text("return_url").orElse(null),
                params.text("refresh_url").orElse(null)));
        return FakeStripeAccounts.newAccountLink(fixtures,
                baseUrl.get() + "/connect/onboard/" + account + "?link=" + token);
    }

    /** The account a usable onboarding link is for, if the link is one and still unused. */
    synchronized Optional<ObjectNode> onboardingAccount(String accountId, String token) {
        FakeStripeAccounts.OnboardingLink link = onboardingLinks.get(token);
        if (link == null || link.used || !link.account.equals(accountId)) {
            return Optional.empty();
        }
        return Optional.of(read(PLATFORM, accountId, "account").deepCopy());
    }

    /** Completes onboarding through a link and says where the browser goes: its return URL, or its refresh URL once used. */
    synchronized String finishOnboarding(String accountId, String token) {
        FakeStripeAccounts.OnboardingLink link = onboardingLinks.get(token);
        if (link == null || !link.account.equals(accountId)) {
            throw new IllegalArgumentException("No onboarding link " + token + " for " + accountId);
        }
        if (link.used) {
            return link.refreshUrl;
        }
        link.used = true;
        completeOnboarding(accountId);
        return link.returnUrl;
    }

    synchronized void completeOnboarding(String accountId) {
        ObjectNode account = read(PLATFORM, accountId, "account");
        if (account.path("details_submitted").asBoolean()) {
            return;
        }
        ObjectNode previous = JSON.objectNode();
        previous.put("charges_enabled", false).put("details_submitted", false).put("payouts_enabled", false);
        FakeStripeAccounts.markOnboarded(account);
        ObjectNode requirements = account.withObjectProperty("requirements");
        for (String list : List.of("currently_due", "eventually_due", "past_due", "pending_verification", "errors")) {
            requirements.putArray(list);
        }
        requirements.putNull("disabled_reason");
        emit("account.updated", accountId, account, previous, Caller.notARequest(PLATFORM));
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

    synchronized ObjectNode createRefund(FormParams params, Caller caller) {
        String account = caller.account();
        Optional<String> intentId = params.text("payment_intent").filter(s -> !s.isEmpty());
        Optional<String> chargeParam = params.text("charge").filter(s -> !s.isEmpty());
        if (intentId.isEmpty() && chargeParam.isEmpty()) {
            throw new StripeApiError(400, "invalid_request_error", "parameter_missing", null,
                    "One of the following params should be provided for this request: payment_intent or charge.");
        }
        String chargeId;
        if (intentId.isPresent()) {
            ObjectNode intent = read(account, intentId.get(), "payment_intent");
            chargeId = text(intent, "latest_charge");
            if (chargeId == null) {
                throw StripeApiError.invalidRequest("charge_not_refundable",
                        "This PaymentIntent does not have a successful charge to refund.");
            }
        } else {
            chargeId = chargeParam.get();
        }
        ObjectNode charge = read(account, chargeId, "charge");
        if (!"succeeded".equals(text(charge, "status"))) {
            throw StripeApiError.invalidRequest("charge_not_refundable",
                    "Charge " + chargeId + " has not succeeded and cannot be refunded.");
        }
        if (charge.path("disputed").asBoolean()) {
            throw StripeApiError.invalidRequest("charge_disputed",
                    "Charge " + chargeId + " has been charged back; cannot issue a refund.");
        }
        long remaining = charge.path("amount").asLong() - charge.path("amount_refunded").asLong();
        if (remaining == 0) {
            throw StripeApiError.invalidRequest("charge_already_refunded",
                    "Charge " + chargeId + " has already been refunded.");
        }
        long amount = params.amount("amount").orElse(remaining);
        String currency = text(charge, "currency");
        if (amount < 1) {
            throw StripeApiError.invalidParam("amount", "Invalid positive integer");
        }
        if (amount > remaining) {
            throw new StripeApiError(400, "invalid_request_error", "amount_too_large", "amount",
                    "Refund amount (" + StripeAmounts.fromMinor(amount, currency) + ") is greater than unrefunded amount"
                            + " on charge (" + StripeAmounts.fromMinor(remaining, currency) + ")");
        }
        String type = charge.path("payment_method_details").path("type").asText();
        ObjectNode refund = FakeStripeRefunds.newRefund(fixtures, params, charge, chargeId, amount, currency, type);
        String id = text(refund, "id");
        objects.put(id, new Owned(account, refund));

        long refunded = charge.path("amount_refunded").asLong() + amount;
        charge.put("amount_refunded", refunded);
        charge.put("refunded", refunded == charge.path("amount").asLong());
        ObjectNode list = charge.withObjectProperty("refunds");
        list.withArrayProperty("data").insert(0, refund.deepCopy());
        list.put("total_count", list.withArrayProperty("data").size());
        refunds.merge(account, 1, Integer::sum);
        emit("refund.created", account, refund, null, caller);
        emit("charge.refunded", account, charge, null, caller);
        return refund;
    }

    synchronized String openDispute(String chargeId, String reason) {
        Owned owned = objects.get(chargeId);
        if (owned == null || !"charge".equals(text(owned.object, "object"))) {
            throw new IllegalArgumentException("No charge " + chargeId);
        }
        ObjectNode charge = owned.object;
        if (!"succeeded".equals(text(charge, "status")) || charge.path("disputed").asBoolean()) {
            throw new IllegalStateException("Charge " + chargeId + " cannot be disputed now");
        }
        long amount = charge.path("amount").asLong() - charge.path("amount_refunded").asLong();
        if (amount == 0) {
            throw new IllegalStateException("Charge " + chargeId + " was refunded in full");
        }
        String currency = text(charge, "currency");
        String id = "dp_" + randomId(24);
        long created = now();
        ObjectNode dispute = FakeStripeDisputes.newDispute(fixtures, id, charge, chargeId, amount, currency, reason,
                created);
        objects.put(id, new Owned(owned.account, dispute));
        charge.put("disputed", true);
        Caller bank = Caller.notARequest(owned.account);
        emit("charge.dispute.created", owned.account, dispute, null, bank);
        emit("charge.dispute.funds_withdrawn", owned.account, dispute, null, bank);
        return id;
    }

    synchronized void closeDispute(String disputeId, boolean won) {
        Owned owned = objects.get(disputeId);
        if (owned == null || !"dispute".equals(text(owned.object, "object"))) {
            throw new IllegalArgumentException("No dispute " + disputeId);
        }
        ObjectNode dispute = owned.object;
        if (!OPEN_DISPUTE.contains(text(dispute, "status"))) {
            throw new IllegalStateException("Dispute " + disputeId + " is already " + text(dispute, "status"));
        }
        ObjectNode previous = JSON.objectNode().put("status", text(dispute, "status"));
        dispute.put("status", won ? "won" : "lost");
        if (won) {
            dispute.withArrayProperty("balance_transactions").add(FakeStripeDisputes.disputeTransaction(disputeId,
                    text(dispute, "charge"), dispute.path("amount").asLong(), 0, text(dispute, "currency"),
                    "Chargeback reversal for " + text(dispute, "charge"), "dispute_reversal"));
        }
        Caller bank = Caller.notARequest(owned.account);
        emit("charge.dispute.closed", owned.account, dispute, previous, bank);
        if (won) {
            emit("charge.dispute.funds_reinstated", owned.account, dispute, null, bank);
        }
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

    /** The refunds of a payment (a PaymentIntent or a charge), newest first, as Stripe lists them. */
    synchronized ObjectNode listRefunds(String account, Optional<String> paymentIntent, Optional<String> charge, int limit) {
        ObjectNode list = JSON.objectNode();
        list.put("object", "list");
        list.put("url", "/v1/refunds");
        list.put("has_more", false);
        var data = list.putArray("data");
        objects.values().stream()
                .filter(o -> o.account.equals(account) && "refund".equals(text(o.object, "object"))
                        && paymentIntent.map(pi -> pi.equals(text(o.object, "payment_intent"))).orElse(true)
                        && charge.map(ch -> ch.equals(text(o.object, "charge"))).orElse(true))
                .sorted((a, b) -> Long.compare(b.object.path("created").asLong(), a.object.path("created").asLong()))
                .limit(limit).forEach(o -> data.add(o.object));
        return list;
    }

    /** A Stripe list of the account's PaymentIntents (of one customer, if named), newest first. */
    synchronized ObjectNode listPaymentIntents(String account, Optional<String> customer, int limit) {
        ObjectNode list = JSON.objectNode();
        list.put("object", "list");
        list.put("url", "/v1/payment_intents");
        list.put("has_more", false);
        var data = list.putArray("data");
        objects.values().stream()
                .filter(o -> o.account.equals(account) && "payment_intent".equals(text(o.object, "object"))
                        && customer.map(c -> c.equals(text(o.object, "customer"))).orElse(true))
                .sorted((a, b) -> Long.compare(b.object.path("created").asLong(), a.object.path("created").asLong()))
                .limit(limit).forEach(o -> data.add(o.object));
        return list;
    }

    /** A Stripe list of the account's checkout sessions created at or after a moment, newest first. */
    synchronized ObjectNode listCheckoutSessions(String account, long createdSince, int limit) {
        ObjectNode list = JSON.objectNode();
        list.put("object", "list");
        list.put("url", "/v1/checkout/sessions");
        list.put("has_more", false);
        var data = list.putArray("data");
        objects.values().stream()
                .filter(o -> o.account.equals(account) && "checkout.session".equals(text(o.object, "object"))
                        && o.object.path("created").asLong() >= createdSince)
                .sorted((a, b) -> Long.compare(b.object.path("created").asLong(), a.object.path("created").asLong()))
                .limit(limit).forEach(o -> data.add(o.object));
        return list;
    }

    synchronized ObjectNode event(String account, String id) {
        return events.stream().filter(e -> e.id().equals(id) && owner(e).equals(account)).findFirst()
                .map(e -> parse(e.payload())).orElseThrow(() -> StripeApiError.noSuch("event", id));
    }

    synchronized Optional<String> json(String id) {
        return Optional.ofNullable(objects.get(id)).map(owned -> render(owned.object));
    }

    /** A copy with the named fields (dotted paths, as Stripe's {@code expand[]}) replaced by their objects. */
    synchronized ObjectNode expanded(String account, ObjectNode object, List<String> paths) {
        ObjectNode copy = object.deepCopy();
        for (String path : paths) {
            expand(account, copy, path.split("\\."), 0, path);
        }
        return copy;
    }

    private void expand(String account, ObjectNode node, String[] segments, int index, String path) {
        JsonNode value = node.get(segments[index]);
        if (value == null) {
            throw StripeApiError.invalidParam("expand", "This property cannot be expanded (" + path + ").");
        }
        if (value.isNull()) {
            return;
        }
        ObjectNode target;
        if (value.isTextual()) {
            Owned owned = objects.get(value.asText());
            if (owned == null || !owned.account.equals(account)) {
                throw StripeApiError.invalidParam("expand", "This property cannot be expanded (" + path + ").");
            }
            target = owned.object.deepCopy();
            node.set(segments[index], target);
        } else if (value instanceof ObjectNode object) {
            target = object;
        } else {
            throw StripeApiError.invalidParam("expand", "This property cannot be expanded (" + path + ").");
        }
        if (index + 1 < segments.length) {
            expand(account, target, segments, index + 1, path);
        }
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

    private void emit(String type, String account, ObjectNode object, ObjectNode previous, Caller caller) {
        FakeStripeEvent emitted = FakeStripeEvent.of(fixtures, type, account, object, previous, caller,
                webhookEndpoints.getAsInt());
        events.add(emitted);
        published.accept(emitted);
    }

    private static String owner(FakeStripeEvent event) {
        return event.accountId() == null ? PLATFORM : event.accountId();
    }
}
