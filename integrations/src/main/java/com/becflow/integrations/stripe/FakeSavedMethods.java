package com.becflow.integrations.stripe;

import static com.becflow.integrations.stripe.FakeStripeJson.JSON;
import static com.becflow.integrations.stripe.FakeStripeJson.now;
import static com.becflow.integrations.stripe.FakeStripeJson.randomId;
import static com.becflow.integrations.stripe.FakeStripeJson.text;

import com.becflow.integrations.stripe.FakeStripeLedger.Caller;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Cards and bank accounts saved for later and charged without the client, as Stripe does it on a connected account:
 * customers, a checkout session in {@code mode=setup} that saves the card or the IBAN (with a SEPA Direct Debit
 * mandate) the client enters (a SetupIntent that succeeded, its PaymentMethod attached to the customer), and
 * PaymentIntents confirmed {@code off_session} with a saved method or one of Stripe's test tokens. A charge the card
 * refuses is answered as Stripe answers it, a 402 {@code card_error} naming the PaymentIntent it left in
 * {@code requires_payment_method}; what each test card does is {@link TestCards}' to say. A debit of a bank account is
 * {@code processing} until the bank answers ({@link #clearBankDebits}), as {@link TestBankAccounts} says.
 *
 * <p>Part of {@link FakeStripeLedger}: every method runs under its monitor, and the objects it makes live there.
 */
final class FakeSavedMethods {

    private final StripeFixtures fixtures;
    private final FakeStripeLedger ledger;
    private final FakeStripeCharges charges;
    /** The test card behind each saved PaymentMethod. */
    private final Map<String, TestCards> cards = new HashMap<>();
    /** The test IBAN behind each saved SEPA Direct Debit PaymentMethod. */
    private final Map<String, TestBankAccounts> banks = new HashMap<>();
    /** Debits on their way, by PaymentIntent, with the account they are on, until the bank answers. */
    private final Map<String, String> debitsOnTheirWay = new LinkedHashMap<>();

    FakeSavedMethods(StripeFixtures fixtures, FakeStripeLedger ledger, FakeStripeCharges charges) {
        this.fixtures = fixtures;
        this.ledger = ledger;
        this.charges = charges;
    }

    ObjectNode createCustomer(FormParams params, Caller caller) {
        ObjectNode customer = fixtures.example("customer");
        customer.put("id", "cus_" + randomId(14));
        customer.put("created", now());
        customer.put("livemode", false);
        customer.put("email", params.text("email").orElse(null));
        customer.put("name", params.text("name").orElse(null));
        customer.putNull("currency");
        customer.putNull("discount");
        customer.set("metadata", params.map("metadata"));
        customer.withObjectProperty("invoice_settings").putNull("default_payment_method");
        ledger.hold(caller.account(), customer);
        ledger.publish("customer.created", caller.account(), customer, caller);
        return customer;
    }

    /** A setup session: no line items and no amount; the customer the card is saved to must be on the account. */
    ObjectNode createSetupSession(FormParams params, Caller caller) {
        String customer = params.required("customer");
        ledger.read(caller.account(), customer, "customer");
        List<String> types = params.texts("payment_method_types");
        if (!List.of("card", "sepa_debit").containsAll(types)) {
            throw StripeApiError.invalidParam("payment_method_types", "FakeStripe saves cards and SEPA Direct Debit"
                    + " accounts only, not " + types);
        }
        if (types.contains("sepa_debit") && !params.text("currency").map("eur"::equalsIgnoreCase).orElse(false)) {
            throw StripeApiError.invalidParam("currency", "The payment method type `sepa_debit` requires `currency`"
                    + " to be `eur`.");
        }
        if (params.node("line_items") != null) {
            throw StripeApiError.invalidParam("line_items", "You can not pass `line_items` in `setup` mode.");
        }
        long created = now();
        long expiresAt = params.amount("expires_at").orElse(created + Duration.ofHours(24).toSeconds());
        String id = "cs_test_" + randomId(58);
        ObjectNode session = fixtures.example("checkout.session");
        session.put("id", id);
        session.put("object", "checkout.session");
        session.put("created", created);
        session.put("expires_at", expiresAt);
        session.put("livemode", false);
        session.put("mode", "setup");
        session.put("status", "open");
        session.put("payment_status", "no_payment_required");
        session.putNull("payment_intent");
        session.putNull("setup_intent");
        session.put("currency", params.text("currency").map(String::toLowerCase).orElse(null));
        session.putNull("amount_subtotal");
        session.putNull("amount_total");
        session.put("customer", customer);
        session.putNull("customer_email");
        session.putNull("customer_details");
        session.put("client_reference_id", params.text("client_reference_id").orElse(null));
        session.put("success_url", params.required("success_url"));
        session.put("cancel_url", params.text("cancel_url").orElse(null));
        session.set("metadata", params.map("metadata"));
        ArrayNode offered = JSON.arrayNode();
        (types.isEmpty() ? List.of("card") : types).forEach(offered::add);
        session.set("payment_method_types", offered);
        session.set("payment_method_options", JSON.objectNode());
        session.put("url", ledger.pageUrl(id));
        session.putNull("invoice");
        session.set("total_details", JSON.objectNode().put("amount_discount", 0).put("amount_shipping", 0)
                .put("amount_tax", 0));
        ledger.hold(caller.account(), session);
        ledger.setupMetadata(id, params.map("setup_intent_data", "metadata"));
        return session;
    }

    /**
     * The client saves {@code card} on the setup page (after authenticating, where it asks): the SetupIntent succeeds
     * and its PaymentMethod is attached to the session's customer. Returns the success URL.
     */
    String saveCard(FakeStripeLedger.Owned owned, TestCards card, ObjectNode metadata) {
        ObjectNode session = requireOpenSetup(owned);
        return saved(owned, newCardMethod(card, text(session, "customer")), metadata);
    }

    /**
     * The client gives the IBAN of {@code bank} on the setup page and accepts the SEPA Direct Debit mandate: the
     * SetupIntent succeeds with the mandate, its PaymentMethod attached to the session's customer. Returns the success URL.
     */
    String saveBankAccount(FakeStripeLedger.Owned owned, TestBankAccounts bank, ObjectNode metadata) {
        ObjectNode session = requireOpenSetup(owned);
        if (!offers(session, "sepa_debit")) {
            throw new IllegalStateException("This page saves no bank account: only " + session.path("payment_method_types"));
        }
        ObjectNode method = fixtures.example("payment_method");
        String id = "pm_" + randomId(24);
        method.put("id", id);
        method.put("type", "sepa_debit");
        method.put("created", now());
        method.put("livemode", false);
        method.put("customer", text(session, "customer"));
        method.set("metadata", JSON.objectNode());
        method.remove("card");
        method.withObjectProperty("billing_details").putNull("email").putNull("phone").putNull("name");
        method.set("sepa_debit", JSON.objectNode().put("bank_code", bank.bankCode()).putNull("branch_code")
                .put("country", bank.country()).put("fingerprint", randomId(16)).put("last4", bank.last4())
                .set("generated_from", JSON.objectNode().putNull("charge").putNull("setup_attempt")));
        banks.put(id, bank);
        return saved(owned, method, metadata);
    }

    private static boolean offers(ObjectNode session, String type) {
        for (com.fasterxml.jackson.databind.JsonNode offered : session.path("payment_method_types")) {
            if (type.equals(offered.asText())) {
                return true;
            }
        }
        return false;
    }

    private static ObjectNode requireOpenSetup(FakeStripeLedger.Owned owned) {
        ObjectNode session = owned.object();
        if (!"setup".equals(text(session, "mode"))) {
            throw new IllegalStateException("Checkout session " + text(session, "id") + " saves no payment method");
        }
        if (!"open".equals(text(session, "status"))) {
            throw new IllegalStateException("This checkout session is " + text(session, "status")
                    + ": nothing was saved.");
        }
        return session;
    }

    private String saved(FakeStripeLedger.Owned owned, ObjectNode method, ObjectNode metadata) {
        ObjectNode session = owned.object();
        String account = owned.account();
        String customer = text(session, "customer");
        ObjectNode intent = fixtures.example("setup_intent");
        String intentId = "seti_" + randomId(24);
        intent.put("id", intentId);
        intent.put("created", now());
        intent.put("livemode", false);
        intent.put("client_secret", intentId + "_secret_" + randomId(25));
        intent.put("customer", customer);
        intent.put("payment_method", text(method, "id"));
        intent.put("status", "succeeded");
        intent.put("usage", "off_session");
        intent.putNull("last_setup_error");
        intent.putNull("next_action");
        intent.putNull("payment_method_configuration_details");
        intent.set("payment_method_types", JSON.arrayNode().add(text(method, "type")));
        if ("sepa_debit".equals(text(method, "type"))) {
            intent.put("mandate", "mandate_" + randomId(24));
        }
        intent.set("metadata", metadata.deepCopy());
        ledger.hold(account, method);
        ledger.hold(account, intent);
        session.put("status", "complete");
        session.put("setup_intent", intentId);
        session.putNull("url");
        ObjectNode details = JSON.objectNode();
        details.putNull("email").putNull("name").putNull("phone").put("tax_exempt", "none").putArray("tax_ids");
        session.set("customer_details", details);
        Caller page = Caller.notARequest(account);
        ledger.publish("payment_method.attached", account, method, page);
        ledger.publish("setup_intent.succeeded", account, intent, page);
        ledger.publish("checkout.session.completed", account, session, page);
        return text(session, "success_url").replace("{CHECKOUT_SESSION_ID}", text(session, "id"));
    }

    private ObjectNode newCardMethod(TestCards card, String customer) {
        ObjectNode method = fixtures.example("payment_method");
        String id = "pm_" + randomId(24);
        method.put("id", id);
        method.put("created", now());
        method.put("livemode", false);
        method.put("customer", customer);
        method.set("metadata", JSON.objectNode());
        method.withObjectProperty("billing_details").putNull("email").putNull("phone").putNull("name");
        ObjectNode details = method.withObjectProperty("card");
        details.put("last4", card.last4());
        details.put("fingerprint", randomId(16));
        details.putNull("wallet");
        cards.put(id, card);
        return method;
    }

    /**
     * A PaymentIntent confirmed at once without the client: it succeeds with its charge, or is refused as the card
     * is ({@link StripeApiError#cardError}), the PaymentIntent and any failed charge kept as Stripe keeps them.
     */
    ObjectNode createOffSessionPayment(FormParams params, Caller caller) {
        String account = caller.account();
        long amount = params.amount("amount").orElseThrow(() -> StripeApiError.missingParam("amount"));
        String currency = params.required("currency").toLowerCase();
        if (amount < 1) {
            throw StripeApiError.invalidParam("amount", "This value must be greater than or equal to 1.");
        }
        if (!params.text("confirm").orElse("").equals("true") || !params.text("off_session").orElse("").equals("true")) {
            throw StripeApiError.invalidParam("off_session",
                    "FakeStripe models PaymentIntents made with confirm=true and off_session=true only");
        }
        String customer = params.text("customer").orElseThrow(() -> StripeApiError.missingParam("customer"));
        ledger.read(account, customer, "customer");
        String methodParam = params.text("payment_method").orElseThrow(() -> StripeApiError.missingParam("payment_method"));
        Used used = method(account, customer, methodParam);
        if (used.bank() != null) {
            return debit(params, caller, customer, used, amount, currency);
        }

        String intentId = "pi_" + randomId(24);
        TestCards.OffSession outcome = used.card().offSession();
        boolean charged = outcome != TestCards.OffSession.AUTHENTICATION_REQUIRED;
        String chargeId = charged ? "ch_" + randomId(24) : null;
        ObjectNode metadata = params.map("metadata");
        ArrayNode types = JSON.arrayNode().add("card");
        ObjectNode intent = charges.newPaymentIntent(intentId, chargeId, used.id(), amount, currency, types, metadata,
                params.text("description").orElse(null), null,
                outcome == TestCards.OffSession.SUCCEEDS ? "succeeded" : "requires_payment_method");
        intent.put("customer", customer);
        intent.put("confirmation_method", "automatic");
        intent.putNull("setup_future_usage");
        ledger.hold(account, intent);
        if (chargeId != null) {
            ObjectNode charge = charges.newCharge(chargeId, intentId, used.id(), amount, currency, "card", null, metadata,
                    outcome == TestCards.OffSession.SUCCEEDS ? "succeeded" : "failed");
            charge.put("customer", customer);
            if (outcome != TestCards.OffSession.SUCCEEDS) {
                charge.put("captured", false);
                charge.put("amount_captured", 0);
                charge.put("failure_code", outcome.code);
                charge.put("failure_message", outcome.message);
                charge.set("outcome", JSON.objectNode().put("network_status", "declined_by_network")
                        .put("reason", outcome.declineCode).put("risk_level", "normal")
                        .put("seller_message", "The bank did not return any further details with this decline.")
                        .put("type", "issuer_declined"));
            }
            ledger.hold(account, charge);
            ledger.publish(outcome == TestCards.OffSession.SUCCEEDS ? "charge.succeeded" : "charge.failed", account,
                    charge, caller);
        }
        ledger.publish("payment_intent.created", account, intent, caller);
        if (outcome == TestCards.OffSession.SUCCEEDS) {
            ledger.chargeSucceeded(account);
            ledger.publish("payment_intent.succeeded", account, intent, caller);
            return intent;
        }
        ObjectNode lastError = JSON.objectNode();
        if (chargeId != null) {
            lastError.put("charge", chargeId);
        }
        lastError.put("code", outcome.code).put("decline_code", outcome.declineCode).put("message", outcome.message)
                .put("type", "card_error");
        lastError.set("payment_method", ledger.read(account, used.id(), "payment_method").deepCopy());
        intent.set("last_payment_error", lastError);
        ledger.publish("payment_intent.payment_failed", account, intent, caller);
        throw StripeApiError.cardError(outcome, intent, chargeId, used.id());
    }

    /**
     * A debit of a saved bank account: Stripe takes it at once and it is {@code processing}, its charge
     * {@code pending}, until the bank answers ({@link #clearBankDebits}).
     */
    private ObjectNode debit(FormParams params, Caller caller, String customer, Used used, long amount, String currency) {
        if (!currency.equals("eur")) {
            throw StripeApiError.invalidParam("currency", "SEPA Direct Debit payments must be in `eur`.");
        }
        String account = caller.account();
        String intentId = "pi_" + randomId(24);
        String chargeId = "ch_" + randomId(24);
        ObjectNode metadata = params.map("metadata");
        ObjectNode intent = charges.newPaymentIntent(intentId, chargeId, used.id(), amount, currency,
                JSON.arrayNode().add("sepa_debit"), metadata, params.text("description").orElse(null), null, "processing");
        intent.put("customer", customer);
        intent.put("confirmation_method", "automatic");
        intent.putNull("setup_future_usage");
        ObjectNode charge = charges.newCharge(chargeId, intentId, used.id(), amount, currency, "sepa_debit", null, metadata,
                "pending");
        charge.put("customer", customer);
        ledger.hold(account, intent);
        ledger.hold(account, charge);
        debitsOnTheirWay.put(intentId, account);
        ledger.publish("payment_intent.created", account, intent, caller);
        ledger.publish("charge.pending", account, charge, caller);
        ledger.publish("payment_intent.processing", account, intent, caller);
        return intent;
    }

    /**
     * The bank answers every debit on its way: each clears, or bounces for insufficient funds, as its test IBAN does
     * ({@code payment_intent.succeeded} or {@code payment_intent.payment_failed}). Returns how many it answered.
     */
    int clearBankDebits() {
        int answered = 0;
        for (Map.Entry<String, String> debit : List.copyOf(debitsOnTheirWay.entrySet())) {
            String account = debit.getValue();
            ObjectNode intent = ledger.read(account, debit.getKey(), "payment_intent");
            ObjectNode charge = ledger.read(account, text(intent, "latest_charge"), "charge");
            Caller bank = Caller.notARequest(account);
            if (banks.get(text(intent, "payment_method")).clears()) {
                intent.put("status", "succeeded");
                intent.put("amount_received", intent.path("amount").asLong());
                charge.put("status", "succeeded");
                charge.put("paid", true);
                ledger.chargeSucceeded(account);
                ledger.publish("charge.succeeded", account, charge, bank);
                ledger.publish("payment_intent.succeeded", account, intent, bank);
            } else {
                intent.put("status", "requires_payment_method");
                intent.set("last_payment_error", JSON.objectNode().put("code", TestBankAccounts.BOUNCE_CODE)
                        .put("message", TestBankAccounts.BOUNCE_MESSAGE).put("type", "invalid_request_error"));
                charge.put("status", "failed");
                charge.put("paid", false);
                charge.put("failure_code", TestBankAccounts.BOUNCE_CODE);
                charge.put("failure_message", TestBankAccounts.BOUNCE_MESSAGE);
                ledger.publish("charge.failed", account, charge, bank);
                ledger.publish("payment_intent.payment_failed", account, intent, bank);
            }
            debitsOnTheirWay.remove(debit.getKey());
            answered++;
        }
        return answered;
    }

    /** A saved method: a test card, or a test bank account (then {@code card} is null). */
    private record Used(String id, TestCards card, TestBankAccounts bank) {
    }

    /** A saved method of this customer, or a test token, which Stripe turns into a new PaymentMethod of the account. */
    private Used method(String account, String customer, String methodParam) {
        Optional<TestCards> token = TestCards.byToken(methodParam);
        if (token.isPresent()) {
            ObjectNode made = newCardMethod(token.get(), null);
            ledger.hold(account, made);
            return new Used(text(made, "id"), token.get(), null);
        }
        ObjectNode method = ledger.read(account, methodParam, "payment_method");
        if (!customer.equals(text(method, "customer"))) {
            throw StripeApiError.invalidParam("payment_method", "The provided PaymentMethod " + methodParam
                    + " does not belong to the Customer " + customer + ".");
        }
        return new Used(methodParam, cards.get(methodParam), banks.get(methodParam));
    }
}
