package com.becflow.integrations.stripe;

import com.becflow.invoicing.payments.InvalidNotification;
import com.becflow.invoicing.payments.PaymentGateway.ProviderEvent;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.time.Instant;

/** A verified Stripe event read into Becflow's words: what kind of thing changed, and which object. */
final class StripeEvents {

    // Looked up once: JsonProvider.provider(), behind every Json.create..., scans the class path each call.
    private static final JsonProvider JSON = JsonProvider.provider();

    private StripeEvents() {
    }

    /**
     * The event's identity and its object's, read from the JSON as sent: the SDK's typed reading of the object fails
     * whenever the event was rendered for another API version than the SDK's, and reading the whole event into the
     * SDK's classes cost more than the rest of storing it.
     */
    static ProviderEvent read(String payload) {
        JsonObject event;
        try (JsonReader reader = JSON.createReader(new StringReader(payload))) {
            event = reader.readObject();
        } catch (JsonException | IllegalStateException unreadable) {
            throw new InvalidNotification("A signed Stripe notification that is not an event", unreadable);
        }
        JsonValue data = event.get("data");
        JsonValue object = data instanceof JsonObject d ? d.get("object") : null;
        if (!(object instanceof JsonObject dataObject)) {
            throw new InvalidNotification("A Stripe notification without data.object");
        }
        String id = text(event, "id");
        String type = text(event, "type");
        String objectType = text(dataObject, "object");
        String objectId = text(dataObject, "id");
        if (id == null || type == null || objectType == null || objectId == null) {
            throw new InvalidNotification("A Stripe notification without its event or object identity");
        }
        Instant created = event.get("created") instanceof JsonNumber seconds ? Instant.ofEpochSecond(seconds.longValue())
                : null;
        ProviderEvent.Kind kind = "setup".equals(text(dataObject, "mode")) && type.startsWith("checkout.session.")
                ? ProviderEvent.Kind.SETUP_CHANGED
                : autopays(dataObject) && type.startsWith("payment_intent.") ? ProviderEvent.Kind.AUTOPAY_PAYMENT_CHANGED
                : kind(type, objectType);
        return new ProviderEvent(id, kind, text(event, "account"), objectId, created, type);
    }

    /** What a Stripe event means to Becflow; events Becflow does not act on are OTHER. */
    static ProviderEvent.Kind kind(String type, String objectType) {
        if (type.equals("account.updated")) {
            return ProviderEvent.Kind.ACCOUNT_CHANGED;
        }
        if (type.equals("checkout.session.async_payment_failed")) {
            return ProviderEvent.Kind.CHECKOUT_PAYMENT_FAILED;
        }
        if (type.startsWith("checkout.session.")) {
            return ProviderEvent.Kind.CHECKOUT_CHANGED;
        }
        if (type.startsWith("refund.") && objectType.equals("refund")) {
            return ProviderEvent.Kind.REFUND_CHANGED;
        }
        if (type.startsWith("charge.dispute.")) {
            return ProviderEvent.Kind.DISPUTE_CHANGED;
        }
        return ProviderEvent.Kind.OTHER;
    }

    /** Whether the object is a payment autopay asked for: it names one of our charges. */
    private static boolean autopays(JsonObject object) {
        return object.get("metadata") instanceof JsonObject metadata
                && metadata.get(StripeSavedMethods.CHARGE_METADATA) instanceof JsonString;
    }

    /** A string member, or null when absent, null or of another type. */
    private static String text(JsonObject object, String name) {
        return object.get(name) instanceof JsonString value ? value.getString() : null;
    }

}
