package com.becflow.integrations.stripe;

import static com.becflow.integrations.stripe.FakeStripeJson.JSON;
import static com.becflow.integrations.stripe.FakeStripeJson.now;
import static com.becflow.integrations.stripe.FakeStripeJson.randomId;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Checkout sessions as Stripe makes them: the request checked as Stripe checks it (one line item, the payment methods a
 * currency allows, an expiry between 30 minutes and 24 hours away), then the session object, open and unpaid.
 */
final class FakeCheckoutSessions {

    private static final Map<String, String> DEBIT_CURRENCY = Map.of("sepa_debit", "eur", "us_bank_account", "usd",
            "bacs_debit", "gbp", "au_becs_debit", "aud", "acss_debit", "cad");

    private final StripeFixtures fixtures;
    private final Supplier<String> baseUrl;
    private final boolean clampsLateExpiry;

    FakeCheckoutSessions(StripeFixtures fixtures, Supplier<String> baseUrl, boolean clampsLateExpiry) {
        this.fixtures = fixtures;
        this.baseUrl = baseUrl;
        this.clampsLateExpiry = clampsLateExpiry;
    }

    /** A new open session for a valid request, or the error Stripe gives for an invalid one. */
    ObjectNode create(FormParams params) {
        String mode = params.required("mode");
        if (!mode.equals("payment")) {
            throw StripeApiError.invalidParam("mode", "FakeStripe models mode=payment only, not " + mode);
        }
        JsonNode items = params.node("line_items");
        if (items == null || !items.isArray() || items.isEmpty()) {
            throw StripeApiError.missingParam("line_items");
        }
        if (items.size() > 1) {
            throw StripeApiError.invalidParam("line_items", "FakeStripe models one line item");
        }
        String currency = params.required("line_items", "0", "price_data", "currency").toLowerCase();
        long unitAmount = params.amount("line_items", "0", "price_data", "unit_amount")
                .orElseThrow(() -> StripeApiError.missingParam("line_items[0][price_data][unit_amount]"));
        long quantity = params.amount("line_items", "0", "quantity")
                .orElseThrow(() -> StripeApiError.missingParam("line_items[0][quantity]"));
        // Required as on Stripe; the ledger keeps it for the payment intent.
        params.required("line_items", "0", "price_data", "product_data", "name");
        if (unitAmount < 1 || quantity < 1) {
            throw StripeApiError.invalidParam("line_items[0][price_data][unit_amount]",
                    "This value must be greater than or equal to 1.");
        }
        String successUrl = params.required("success_url");
        List<String> methodTypes = params.texts("payment_method_types");
        if (methodTypes.isEmpty()) {
            methodTypes = List.of("card");
        }
        for (int i = 0; i < methodTypes.size(); i++) {
            requireOffered(methodTypes.get(i), i, currency, params);
        }

        String id = "cs_test_" + randomId(58);
        long created = now();
        long expiresAt = params.amount("expires_at").orElse(created + Duration.ofHours(24).toSeconds());
        if (clampsLateExpiry) {
            expiresAt = Math.min(expiresAt, created + Duration.ofHours(24).toSeconds());
        }
        if (expiresAt > created + Duration.ofHours(24).toSeconds()) {
            throw StripeApiError.invalidParam("expires_at",
                    "The `expires_at` timestamp must be less than 24 hours from Checkout Session creation.");
        }
        if (expiresAt < created + Duration.ofMinutes(30).toSeconds()) {
            throw StripeApiError.invalidParam("expires_at",
                    "The `expires_at` timestamp must be at least 30 minutes from Checkout Session creation.");
        }
        ObjectNode session = fixtures.example("checkout.session");
        session.put("id", id);
        session.put("object", "checkout.session");
        session.put("created", created);
        session.put("expires_at", expiresAt);
        session.put("livemode", false);
        session.put("mode", "payment");
        session.put("status", "open");
        session.put("payment_status", "unpaid");
        session.putNull("payment_intent");
        session.put("currency", currency);
        session.put("amount_subtotal", unitAmount * quantity);
        session.put("amount_total", unitAmount * quantity);
        session.put("customer_email", params.text("customer_email").orElse(null));
        session.putNull("customer_details");
        session.putNull("customer");
        session.put("client_reference_id", params.text("client_reference_id").orElse(null));
        session.put("success_url", successUrl);
        session.put("cancel_url", params.text("cancel_url").orElse(null));
        session.set("metadata", params.map("metadata"));
        session.set("payment_method_types", JSON.arrayNode().addAll(methodTypes.stream().map(JSON::textNode).toList()));
        session.set("payment_method_options", JSON.objectNode());
        session.put("url", pageUrl(id));
        session.putNull("shipping_cost");
        session.putNull("shipping_address_collection");
        session.putArray("shipping_options");
        session.putNull("after_expiration");
        session.putNull("collected_information");
        session.putNull("invoice");
        session.withObjectProperty("invoice_creation").put("enabled", false);
        session.set("total_details", JSON.objectNode().put("amount_discount", 0).put("amount_shipping", 0)
                .put("amount_tax", 0));
        return session;
    }

    private static void requireOffered(String type, int index, String currency, FormParams params) {
        if (type.equals("card")) {
            return;
        }
        String debitCurrency = DEBIT_CURRENCY.get(type);
        String param = "payment_method_types[" + index + "]";
        if (debitCurrency == null) {
            throw StripeApiError.invalidParam(param, "FakeStripe models card and bank debits, not " + type);
        }
        if (!debitCurrency.equals(currency)) {
            throw StripeApiError.invalidParam(param, "The payment method type provided: " + type
                    + " is invalid. This payment method is available to Checkout Sessions with currency "
                    + debitCurrency + ", not " + currency + ".");
        }
        if (type.equals("acss_debit") && params.node("payment_method_options", "acss_debit", "mandate_options") == null) {
            throw StripeApiError.missingParam("payment_method_options[acss_debit][mandate_options]");
        }
    }

    /** The bank debit a session offers, if any. */
    static Optional<String> bankDebitOf(ObjectNode session) {
        for (JsonNode type : session.path("payment_method_types")) {
            if (DEBIT_CURRENCY.containsKey(type.asText())) {
                return Optional.of(type.asText());
            }
        }
        return Optional.empty();
    }

    String pageUrl(String sessionId) {
        return baseUrl.get() + "/pay/" + sessionId;
    }
}
