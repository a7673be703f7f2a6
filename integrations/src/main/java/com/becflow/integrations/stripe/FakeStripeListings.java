package com.becflow.integrations.stripe;

import static com.becflow.integrations.stripe.FakeStripeJson.JSON;
import static com.becflow.integrations.stripe.FakeStripeJson.text;

import com.becflow.integrations.stripe.FakeStripeLedger.Owned;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** Reads of the fake Stripe's objects as Stripe answers them: its lists, newest first, and {@code expand[]}. */
final class FakeStripeListings {

    private final FakeStripeLedger ledger;

    FakeStripeListings(FakeStripeLedger ledger) {
        this.ledger = ledger;
    }

    /** The refunds of a payment (a PaymentIntent or a charge), newest first, as Stripe lists them. */
    ObjectNode refunds(String account, Optional<String> paymentIntent, Optional<String> charge, int limit) {
        return list("/v1/refunds", account, "refund", refund ->
                paymentIntent.map(pi -> pi.equals(text(refund, "payment_intent"))).orElse(true)
                        && charge.map(ch -> ch.equals(text(refund, "charge"))).orElse(true), limit);
    }

    /** The account's PaymentIntents (of one customer, if named), newest first. */
    ObjectNode paymentIntents(String account, Optional<String> customer, int limit) {
        return list("/v1/payment_intents", account, "payment_intent",
                intent -> customer.map(c -> c.equals(text(intent, "customer"))).orElse(true), limit);
    }

    /** The account's checkout sessions created at or after a moment, newest first. */
    ObjectNode checkoutSessions(String account, long createdSince, int limit) {
        return list("/v1/checkout/sessions", account, "checkout.session",
                session -> session.path("created").asLong() >= createdSince, limit);
    }

    private ObjectNode list(String url, String account, String objectType, Predicate<ObjectNode> wanted, int limit) {
        ObjectNode list = JSON.objectNode();
        list.put("object", "list");
        list.put("url", url);
        list.put("has_more", false);
        ArrayNode data = list.putArray("data");
        synchronized (ledger) {
            ledger.all().stream()
                    .filter(o -> o.account().equals(account) && objectType.equals(text(o.object(), "object"))
                            && wanted.test(o.object()))
                    .sorted((a, b) -> Long.compare(b.object().path("created").asLong(), a.object().path("created").asLong()))
                    .limit(limit).forEach(o -> data.add(o.object()));
        }
        return list;
    }

    /** A copy with the named fields (dotted paths, as Stripe's {@code expand[]}) replaced by their objects. */
    ObjectNode expanded(String account, ObjectNode object, List<String> paths) {
        synchronized (ledger) {
            ObjectNode copy = object.deepCopy();
            for (String path : paths) {
                expand(account, copy, path.split("\\."), 0, path);
            }
            return copy;
        }
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
            Owned owned = ledger.owned(value.asText());
            if (owned == null || !owned.account().equals(account)) {
                throw StripeApiError.invalidParam("expand", "This property cannot be expanded (" + path + ").");
            }
            target = owned.object().deepCopy();
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
}
