package com.becflow.integrations.stripe;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** An error the fake answers as Stripe would: an HTTP status and Stripe's {@code {"error": {...}}} body. */
final class StripeApiError extends RuntimeException {

    private final int status;
    private final String type;
    private final String code;
    private final String param;
    /** More fields of the error, as a card error names its decline code and the PaymentIntent it left behind. */
    private final ObjectNode more;

    StripeApiError(int status, String type, String code, String param, String message) {
        this(status, type, code, param, message, null);
    }

    private StripeApiError(int status, String type, String code, String param, String message, ObjectNode more) {
        super(message);
        this.status = status;
        this.type = type;
        this.code = code;
        this.param = param;
        this.more = more;
    }

    /**
     * A charge the card refused (402): Stripe made the PaymentIntent and its failed charge, and names them in the
     * error with the reason the bank gave ({@code decline_code}).
     */
    static StripeApiError cardError(TestCards.OffSession refusal, ObjectNode paymentIntent, String chargeId,
                                    String paymentMethodId) {
        ObjectNode more = JsonNodeFactory.instance.objectNode();
        if (chargeId != null) {
            more.put("charge", chargeId);
        }
        more.put("decline_code", refusal.declineCode);
        more.set("payment_intent", paymentIntent.deepCopy());
        more.set("payment_method", JsonNodeFactory.instance.objectNode().put("id", paymentMethodId)
                .put("object", "payment_method"));
        return new StripeApiError(402, "card_error", refusal.code, null, refusal.message, more);
    }

    static StripeApiError missingParam(String param) {
        return new StripeApiError(400, "invalid_request_error", "parameter_missing", param,
                "Missing required param: " + param + ".");
    }

    static StripeApiError invalidParam(String param, String message) {
        return new StripeApiError(400, "invalid_request_error", "parameter_invalid", param, message);
    }

    static StripeApiError invalidRequest(String code, String message) {
        return new StripeApiError(400, "invalid_request_error", code, null, message);
    }

    static StripeApiError noSuch(String objectName, String id) {
        return new StripeApiError(404, "invalid_request_error", "resource_missing", "id",
                "No such " + objectName + ": '" + id + "'");
    }

    static StripeApiError unrecognizedUrl(String method, String path) {
        return new StripeApiError(404, "invalid_request_error", null, null,
                "Unrecognized request URL (" + method + ": " + path + ").");
    }

    static StripeApiError noApiKey() {
        return new StripeApiError(401, "invalid_request_error", null, null,
                "You did not provide an API key. You need to provide your API key in the Authorization header, "
                        + "using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY').");
    }

    static StripeApiError noAccessTo(String account) {
        return new StripeApiError(403, "invalid_request_error", "account_invalid", null,
                "The provided key does not have access to account '" + account + "' (or that account does not exist). "
                        + "Application access may have been revoked.");
    }

    static StripeApiError idempotencyKeyReused(String key) {
        return new StripeApiError(400, "idempotency_error", null, null,
                "Keys for idempotent requests can only be used with the same parameters they were first used with. "
                        + "Try using a key other than '" + key + "' if you meant to execute a different request.");
    }

    /** What Stripe answers for each status, used when a test injects a failure. */
    static StripeApiError injected(int status) {
        String message = "Failure injected by FakeStripe (HTTP " + status + ").";
        return switch (status) {
            case 401 -> new StripeApiError(status, "invalid_request_error", null, null, message);
            case 402 -> new StripeApiError(status, "card_error", "card_declined", null, message);
            case 403 -> new StripeApiError(status, "invalid_request_error", "account_invalid", null, message);
            case 404 -> new StripeApiError(status, "invalid_request_error", "resource_missing", "id", message);
            case 409 -> new StripeApiError(status, "invalid_request_error", "idempotency_key_in_use", null, message);
            case 429 -> new StripeApiError(status, "invalid_request_error", "rate_limit", null, message);
            default -> status >= 500
                    ? new StripeApiError(status, "api_error", null, null, message)
                    : new StripeApiError(status, "invalid_request_error", null, null, message);
        };
    }

    int status() {
        return status;
    }

    ObjectNode body(String requestId) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        ObjectNode error = body.putObject("error");
        if (code != null) {
            error.put("code", code);
            error.put("doc_url", "https://stripe.com/docs/error-codes/" + code.replace('_', '-'));
        }
        error.put("message", getMessage());
        if (param != null) {
            error.put("param", param);
        }
        error.put("request_log_url", "https://dashboard.stripe.com/test/logs/" + requestId);
        error.put("type", type);
        if (more != null) {
            error.setAll(more);
        }
        return body;
    }
}
