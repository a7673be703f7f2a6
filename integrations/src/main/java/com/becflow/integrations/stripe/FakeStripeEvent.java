package com.becflow.integrations.stripe;

/**
 * An event the fake Stripe emitted, exactly as its webhook body: {@code payload} is the JSON sent and signed.
 *
 * @param accountId the connected account it happened on ({@code account} in the payload), null on the platform
 */
public record FakeStripeEvent(String id, String type, String accountId, String objectType, String objectId,
                              String payload) {
}
