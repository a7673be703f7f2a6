package com.becflow.integrations.stripe;

import static com.becflow.integrations.stripe.FakeStripeJson.JSON;
import static com.becflow.integrations.stripe.FakeStripeJson.now;
import static com.becflow.integrations.stripe.FakeStripeJson.randomId;
import static com.becflow.integrations.stripe.FakeStripeJson.render;
import static com.becflow.integrations.stripe.FakeStripeJson.text;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * An event the fake Stripe emitted, exactly as its webhook body: {@code payload} is the JSON sent and signed.
 *
 * @param accountId the connected account it happened on ({@code account} in the payload), null on the platform
 */
public record FakeStripeEvent(String id, String type, String accountId, String objectType, String objectId,
                              String payload) {

    /** An event about an object as it is now, with what changed ({@code previous}, may be null) and who asked. */
    static FakeStripeEvent of(StripeFixtures fixtures, String type, String account, ObjectNode object, ObjectNode previous,
                              FakeStripeLedger.Caller caller, int pendingWebhooks) {
        String id = "evt_" + randomId(24);
        ObjectNode event = fixtures.example("event");
        event.put("id", id);
        event.put("object", "event");
        if (account.equals(FakeStripeLedger.PLATFORM)) {
            event.remove("account");
        } else {
            event.put("account", account);
        }
        event.put("api_version", FakeStripeLedger.API_VERSION);
        event.put("created", now());
        ObjectNode data = JSON.objectNode();
        data.set("object", object.deepCopy());
        if (previous != null) {
            data.set("previous_attributes", previous);
        }
        event.set("data", data);
        event.put("livemode", false);
        event.put("pending_webhooks", pendingWebhooks);
        event.set("request", JSON.objectNode().put("id", caller.requestId())
                .put("idempotency_key", caller.idempotencyKey()));
        event.put("type", type);
        return new FakeStripeEvent(id, type, account.equals(FakeStripeLedger.PLATFORM) ? null : account,
                text(object, "object"), text(object, "id"), render(event));
    }
}
