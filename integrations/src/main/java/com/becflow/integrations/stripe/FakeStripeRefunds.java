package com.becflow.integrations.stripe;

import static com.becflow.integrations.stripe.FakeStripeJson.JSON;
import static com.becflow.integrations.stripe.FakeStripeJson.now;
import static com.becflow.integrations.stripe.FakeStripeJson.randomId;
import static com.becflow.integrations.stripe.FakeStripeJson.text;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** A refund object as Stripe makes it: succeeded at once, and for a bank debit with its destination's type. */
final class FakeStripeRefunds {

    private FakeStripeRefunds() {
    }

    static ObjectNode newRefund(StripeFixtures fixtures, FormParams params, ObjectNode charge, String chargeId, long amount,
                                String currency, String type) {
        ObjectNode refund = fixtures.example("refund");
        String id = "re_" + randomId(24);
        refund.put("id", id);
        refund.put("object", "refund");
        refund.put("amount", amount);
        refund.put("charge", chargeId);
        refund.put("currency", currency);
        refund.put("created", now());
        refund.put("payment_intent", text(charge, "payment_intent"));
        refund.put("payment_method", text(charge, "payment_method"));
        refund.put("status", "succeeded");
        refund.put("reason", params.text("reason").orElse(null));
        refund.set("metadata", params.map("metadata"));
        refund.put("balance_transaction", "txn_" + randomId(24));
        if (!type.equals("card")) {
            refund.set("destination_details", JSON.objectNode().put("type", type).set(type, JSON.objectNode()));
        }
        return refund;
    }
}
