package com.becflow.integrations.stripe;

import static com.becflow.integrations.stripe.FakeStripeJson.JSON;
import static com.becflow.integrations.stripe.FakeStripeJson.now;
import static com.becflow.integrations.stripe.FakeStripeJson.randomId;
import static com.becflow.integrations.stripe.FakeStripeJson.text;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;

/** Disputes as Stripe makes them: the chargeback withdrawn with its fee, and a won dispute's reversal. */
final class FakeStripeDisputes {

    private static final long DISPUTE_FEE = 1500;

    private FakeStripeDisputes() {
    }

    static ObjectNode newDispute(StripeFixtures fixtures, String id, ObjectNode charge, String chargeId, long amount,
                                 String currency, String reason, long created) {
        ObjectNode dispute = fixtures.example("dispute");
        dispute.put("id", id);
        dispute.put("object", "dispute");
        dispute.put("amount", amount);
        dispute.put("charge", chargeId);
        dispute.put("payment_intent", text(charge, "payment_intent"));
        dispute.put("currency", currency);
        dispute.put("created", created);
        dispute.put("livemode", false);
        dispute.put("reason", reason);
        dispute.put("status", "needs_response");
        dispute.put("is_charge_refundable", false);
        dispute.set("metadata", JSON.objectNode());
        dispute.withObjectProperty("evidence_details").put("due_by", created + Duration.ofDays(7).toSeconds())
                .put("has_evidence", false).put("past_due", false).put("submission_count", 0);
        dispute.putArray("balance_transactions").add(disputeTransaction(id, chargeId, -amount, DISPUTE_FEE, currency,
                "Chargeback withdrawal for " + chargeId, "dispute"));
        String type = charge.path("payment_method_details").path("type").asText();
        if (type.equals("card")) {
            dispute.withObjectProperty("payment_method_details").withObjectProperty("card").put("case_type", "chargeback");
        } else {
            dispute.set("payment_method_details", JSON.objectNode().put("type", type));
        }
        return dispute;
    }

    static ObjectNode disputeTransaction(String disputeId, String chargeId, long amount, long fee, String currency,
                                         String description, String category) {
        long created = now();
        ObjectNode transaction = JSON.objectNode();
        transaction.put("id", "txn_" + randomId(24));
        transaction.put("object", "balance_transaction");
        transaction.put("amount", amount);
        transaction.put("available_on", created);
        transaction.put("created", created);
        transaction.put("currency", currency);
        transaction.put("description", description);
        transaction.putNull("exchange_rate");
        transaction.put("fee", fee);
        ArrayNode fees = transaction.putArray("fee_details");
        if (fee != 0) {
            fees.addObject().put("amount", fee).putNull("application").put("currency", currency)
                    .put("description", "Dispute fee").put("type", "stripe_fee");
        }
        transaction.put("net", amount - fee);
        transaction.put("reporting_category", category);
        transaction.put("source", disputeId);
        transaction.put("status", "available");
        transaction.put("type", "adjustment");
        return transaction;
    }
}
