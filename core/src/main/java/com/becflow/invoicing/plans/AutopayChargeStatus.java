package com.becflow.invoicing.plans;

/** What became of a charge without the client. */
public enum AutopayChargeStatus {
    /** Asked, or about to be, with no answer stored yet: asked again with the same key. */
    CHARGING,
    SUCCEEDED,
    /** Refused by the bank this time: retried on {@link AutopayRules#RETRY_AFTER_DAYS}. */
    DECLINED,
    /** Only the client can make it go through; retried once they saved a method again. */
    NEEDS_CLIENT,
    /** A bank debit the provider accepted, on its way: looked up once a day until the bank says how it went. */
    PROCESSING
}
