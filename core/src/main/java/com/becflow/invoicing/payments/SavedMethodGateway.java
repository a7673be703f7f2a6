package com.becflow.invoicing.payments;

import com.becflow.shared.money.Money;
import java.time.Instant;
import java.util.Currency;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The payment provider's side of autopay, on the tenant's connected account: a hosted page where the client saves a
 * card for later, and charges of that saved card without the client. Same outcomes as {@link PaymentGateway}: a method
 * returns when the provider answered, throws {@link PaymentRefused} when it refused the request itself (nothing was
 * made) and {@link PaymentOutcomeUnknown} when no answer came; a charge the card refused is an answer
 * ({@link ChargeOutcome}), not an exception.
 */
public interface SavedMethodGateway {

    /**
     * Opens a page where the client saves a card, or a bank account with a debit mandate where the currency has a bank
     * debit the provider offers, on a new customer of the tenant's account; the same key gives the same page. The
     * client comes back to {@code successUrl} or {@code cancelUrl}.
     */
    SetupPage openSetup(String accountId, SetupRequest request, String idempotencyKey);

    /** What the client saved on the page, once they did; empty while the page is open, and for ever once it expired. */
    Optional<SavedMethod> saved(String accountId, String setupPageId);

    /**
     * Charges a saved method without the client; the same key gives the same answer, a refusal included, so a charge
     * asked again after a lost answer or a restart is never made twice.
     */
    Charge charge(String accountId, ChargeRequest request, String idempotencyKey);

    /**
     * The charge made for one of our charges, found among the customer's payments by the reference it was asked with
     * (its {@code becflow_autopay_charge} entry): how a charge whose answer was lost learns what the provider made once
     * the provider may have forgotten its key. Empty if none was made.
     */
    Optional<Charge> findCharge(String accountId, String customer, String chargeReference);

    /**
     * @param reference stored with the saved method at the provider (tenant, invoice)
     * @param currency  what the method will be charged in: it decides which bank debits are offered
     */
    record SetupRequest(String customerEmail, String customerName, String successUrl, String cancelUrl,
                        Map<String, String> reference, Instant expiresAt, Currency currency) {
    }

    record SetupPage(String id, String url) {
    }

    /**
     * A method saved for charges without the client.
     *
     * @param label what the client recognises it by ("visa •••• 4242", "SEPA Direct Debit •••• 3000"), never the number
     */
    record SavedMethod(String customer, String method, String label) {

        public SavedMethod {
            Objects.requireNonNull(customer, "customer");
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(label, "label");
        }
    }

    /** @param reference stored with the payment at the provider (tenant, invoice, installment, attempt) */
    record ChargeRequest(Money amount, SavedMethod method, String description, Map<String, String> reference) {
    }

    /** What became of a charge without the client. */
    enum ChargeOutcome {
        /** The money was taken. */
        SUCCEEDED,
        /** Only the client can make it go through: their bank asks them to authenticate, or the card expired. */
        NEEDS_CLIENT,
        /** The bank refused it this time (insufficient funds, a generic decline); it may go through later. */
        DECLINED,
        /**
         * A bank debit on its way: the bank says days later whether it went through, which {@link #findCharge} then
         * tells. Nothing is paid until it did.
         */
        PROCESSING
    }

    /**
     * @param paymentReference the provider's payment (Stripe: PaymentIntent), also when refused
     * @param chargeReference  its charge, when one was made
     * @param reason           why it was refused, as the provider puts it to people; null when it succeeded
     */
    record Charge(ChargeOutcome outcome, Money amount, String paymentReference, String chargeReference, String reason) {
    }
}
