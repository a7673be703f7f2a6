package com.becflow.integrations.stripe;

import static com.becflow.integrations.stripe.FakeStripeJson.JSON;
import static com.becflow.integrations.stripe.FakeStripeJson.now;
import static com.becflow.integrations.stripe.FakeStripeJson.randomId;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Supplier;

/** The payment intent and the charge a paid checkout session makes: by card, or by one of the bank debits. */
final class FakeStripeCharges {

    private final StripeFixtures fixtures;
    private final Supplier<String> baseUrl;

    FakeStripeCharges(StripeFixtures fixtures, Supplier<String> baseUrl) {
        this.fixtures = fixtures;
        this.baseUrl = baseUrl;
    }

    ObjectNode newPaymentIntent(String id, String chargeId, String paymentMethodId, long amount, String currency,
                                        ArrayNode methodTypes, ObjectNode metadata, String description, String email,
                                        String status) {
        ObjectNode intent = fixtures.example("payment_intent");
        intent.put("id", id);
        intent.put("object", "payment_intent");
        intent.put("amount", amount);
        intent.put("amount_capturable", 0);
        intent.put("amount_received", status.equals("succeeded") ? amount : 0);
        intent.put("currency", currency);
        intent.put("created", now());
        intent.put("livemode", false);
        intent.put("status", status);
        intent.put("latest_charge", chargeId);
        intent.put("payment_method", paymentMethodId);
        intent.set("payment_method_types", methodTypes.deepCopy());
        intent.set("metadata", metadata.deepCopy());
        intent.put("description", description);
        intent.put("receipt_email", email);
        intent.put("client_secret", id + "_secret_" + randomId(25));
        intent.putNull("automatic_payment_methods");
        intent.putNull("canceled_at");
        intent.putNull("cancellation_reason");
        intent.putNull("last_payment_error");
        intent.putNull("next_action");
        intent.putNull("processing");
        intent.putNull("transfer_data");
        intent.putNull("shipping");
        intent.putNull("review");
        return intent;
    }

    ObjectNode newCharge(String id, String intentId, String paymentMethodId, long amount, String currency,
                                 String type, String email, ObjectNode metadata, String status) {
        ObjectNode charge = fixtures.example("charge");
        charge.put("id", id);
        charge.put("object", "charge");
        charge.put("amount", amount);
        charge.put("amount_captured", amount);
        charge.put("amount_refunded", 0);
        charge.put("captured", true);
        charge.put("paid", status.equals("succeeded"));
        charge.put("refunded", false);
        charge.put("disputed", false);
        charge.put("status", status);
        charge.put("currency", currency);
        charge.put("created", now());
        charge.put("livemode", false);
        charge.put("payment_intent", intentId);
        charge.put("payment_method", paymentMethodId);
        charge.put("balance_transaction", "txn_" + randomId(24));
        charge.set("metadata", metadata.deepCopy());
        charge.withObjectProperty("billing_details").put("email", email);
        charge.put("receipt_email", email);
        charge.put("receipt_url", baseUrl.get() + "/receipts/" + id);
        charge.putNull("failure_code");
        charge.putNull("failure_message");
        charge.putNull("source");
        charge.putNull("transfer_data");
        charge.putNull("shipping");
        charge.putNull("review");
        charge.set("outcome", JSON.objectNode().put("network_status", "approved_by_network").putNull("reason")
                .put("risk_level", "normal").put("seller_message", "Payment complete.").put("type", "authorized"));
        ObjectNode details = charge.withObjectProperty("payment_method_details");
        if (!type.equals("card")) {
            details.removeAll();
            details.set(type, debitDetails(type));
        }
        details.put("type", type);
        charge.set("refunds", JSON.objectNode().put("object", "list").<ObjectNode>set("data", JSON.arrayNode())
                .put("has_more", false).put("total_count", 0).put("url", "/v1/charges/" + id + "/refunds"));
        return charge;
    }

    private static ObjectNode debitDetails(String type) {
        return switch (type) {
            case "sepa_debit" -> JSON.objectNode().put("bank_code", "37040044").putNull("branch_code")
                    .put("country", "DE").put("fingerprint", "Fk4ZqV6xQJxXw9Ud").put("last4", "3000")
                    .put("mandate", "mandate_" + randomId(24));
            case "us_bank_account" -> JSON.objectNode().put("account_holder_type", "individual")
                    .put("account_type", "checking").put("bank_name", "STRIPE TEST BANK").put("last4", "6789")
                    .put("routing_number", "110000000");
            case "bacs_debit" -> JSON.objectNode().put("last4", "2345").put("sort_code", "108800")
                    .put("mandate", "mandate_" + randomId(24));
            case "au_becs_debit" -> JSON.objectNode().put("bsb_number", "000000").put("last4", "3456")
                    .put("mandate", "mandate_" + randomId(24));
            default -> JSON.objectNode();
        };
    }
}
