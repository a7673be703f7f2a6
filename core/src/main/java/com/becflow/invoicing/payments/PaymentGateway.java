package com.becflow.invoicing.payments;

import com.becflow.shared.money.Money;
import java.util.Optional;

/**
 * The payment provider (Stripe), reached through the platform's key and acting on each tenant's own
 * connected account, so money goes to the freelancer.
 *
 * <p>Outcomes: a method returns when the provider answered; it throws {@link PaymentRefused} when the
 * provider answered no (nothing was created) and {@link PaymentOutcomeUnknown} when no answer came (timeout,
 * broken connection, provider error): then the thing may exist, and only a retry with the same idempotency
 * key or a later read can tell.
 */
public interface PaymentGateway {

    /** False when the platform has no provider key configured: tenants then take manual payments only. */
    boolean configured();

    /**
     * True when the provider's key is a test key (Stripe's test mode, or the local sandbox): no real money moves,
     * and every page that leads to a payment says so.
     */
    boolean testMode();

    /** The provider's name as people read it in a history ("Stripe"). */
    String name();

    /** Creates the tenant's connected account (once per key) and returns it. */
    ConnectedAccount createAccount(String email, String businessName, String idempotencyKey);

    /** A single-use link where the freelancer finishes the provider's onboarding, then comes back to {@code returnUrl}. */
    String onboardingLink(String accountId, String returnUrl, String refreshUrl);

    ConnectedAccount account(String accountId);

    /** Opens a hosted checkout page for one payment on the tenant's account; the same key gives the same checkout. */
    Checkout openCheckout(String accountId, CheckoutRequest request, String idempotencyKey);

    /** The checkout as the provider has it now. */
    Checkout checkout(String accountId, String checkoutId);

    /**
     * The checkout made for one of our attempts, found by the reference it was opened with (its
     * {@code becflow_attempt} entry) among those created since {@code createdSince}: how an attempt whose answer
     * was lost learns what the provider made.
     */
    Optional<Checkout> findCheckout(String accountId, String attemptReference, java.time.Instant createdSince);

    /** Closes an open checkout so it can no longer be paid; a completed one stays as it is. */
    Checkout expireCheckout(String accountId, String checkoutId);

    /**
     * Returns money of a settled payment; the same key gives the same refund. {@code attemptReference} is stored
     * with the refund at the provider, so it can be found again after the key is forgotten ({@link #findRefund}).
     */
    Refund refund(String accountId, String paymentReference, Money amount, String idempotencyKey, String attemptReference);

    /** The refund made for one of our attempts, found among the payment's refunds by the reference it was made with. */
    Optional<Refund> findRefund(String accountId, String paymentReference, String attemptReference);

    Refund refundState(String accountId, String refundId);

    Dispute dispute(String accountId, String disputeId);

    /**
     * The event a notification from the provider reports, after checking its signature and age; throws
     * {@link InvalidNotification} for anything forged, altered, stale or unreadable.
     */
    ProviderEvent verify(String payload, String signatureHeader);

    /** A connected account: whether it can take payments yet. */
    record ConnectedAccount(String id, boolean chargesEnabled, boolean detailsSubmitted, String displayName) {
    }

    /**
     * What to collect: an amount in the invoice's currency, paid by card or, where the currency allows, bank
     * debit; the client comes back to {@code successUrl} or {@code cancelUrl}.
     *
     * @param reference stored by the provider with the payment and sent back in notifications (tenant, invoice, attempt)
     * @param expiresAt after this the page takes no payment (the provider allows from 30 minutes to 24 hours)
     */
    record CheckoutRequest(Money amount, String description, String customerEmail, String successUrl,
                           String cancelUrl, java.util.Map<String, String> reference, java.time.Instant expiresAt) {
    }

    enum CheckoutState { OPEN, COMPLETE, EXPIRED }

    /**
     * @param paid              whether the money was taken (for bank debits this may come days after completion)
     * @param paymentReference  the provider's payment (Stripe: PaymentIntent) once there is one
     * @param chargeReference   the provider's charge (used to match refunds and disputes) once there is one
     * @param method            how the client paid, once known
     */
    record Checkout(String id, String url, CheckoutState state, boolean paid, Money amount, String paymentReference,
                    String chargeReference, com.becflow.invoicing.PaymentMethod method,
                    java.util.Map<String, String> reference) {
    }

    enum RefundState { PENDING, SUCCEEDED, FAILED, CANCELED }

    /** @param attemptReference the reference of our attempt it was made for (null for one made elsewhere) */
    record Refund(String id, RefundState state, Money amount, String paymentReference, String attemptReference) {
    }

    enum DisputeState { OPEN, WON, LOST }

    /**
     * @param fundsWithdrawn money the provider took back from the freelancer for this dispute so far
     * @param fundsReinstated money returned to the freelancer for it so far
     */
    record Dispute(String id, String chargeReference, String paymentReference, DisputeState state, String reason,
                   Money amount, Money fundsWithdrawn, Money fundsReinstated) {
    }

    /**
     * What a verified notification says happened, in Becflow's words: the provider's own event names stay in its
     * adapter. The object itself is read fresh from the provider before acting, so events may come in any order
     * and any number of times.
     *
     * @param objectId     the provider's id of what changed (a checkout, a refund, a dispute, an account)
     * @param providerType the provider's name for the event, shown to operators and never decided on
     */
    record ProviderEvent(String id, Kind kind, String accountId, String objectId, java.time.Instant created,
                         String providerType) {

        public enum Kind {
            ACCOUNT_CHANGED, CHECKOUT_CHANGED, CHECKOUT_PAYMENT_FAILED, REFUND_CHANGED, DISPUTE_CHANGED,
            /** A page where the client saves a method for autopay ({@link SavedMethodGateway}) changed. */
            SETUP_CHANGED,
            /** A payment autopay asked of a saved method changed: a bank debit cleared or bounced. */
            AUTOPAY_PAYMENT_CHANGED,
            OTHER
        }
    }
}
