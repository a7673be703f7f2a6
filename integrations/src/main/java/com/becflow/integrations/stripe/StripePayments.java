package com.becflow.integrations.stripe;

import com.becflow.invoicing.payments.InvalidNotification;
import com.becflow.invoicing.payments.PaymentGateway;
import com.becflow.invoicing.payments.PaymentOutcomeUnknown;
import com.becflow.invoicing.payments.PaymentRefused;
import com.becflow.shared.money.Money;
import com.becflow.shared.transactions.OutsideTransactions;
import com.stripe.StripeClient;
import com.stripe.exception.ApiConnectionException;
import com.stripe.exception.InvalidRequestException;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.exception.StripeException;
import com.stripe.model.Account;
import com.stripe.model.checkout.Session;
import com.stripe.net.RequestOptions;
import com.stripe.net.Webhook;
import com.stripe.param.AccountCreateParams;
import com.stripe.param.AccountLinkCreateParams;
import com.stripe.param.RefundCreateParams;
import com.stripe.param.checkout.SessionCreateParams;
import com.stripe.param.checkout.SessionExpireParams;
import com.stripe.param.checkout.SessionRetrieveParams;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The payment gateway on Stripe Connect: Becflow's platform key acts on each freelancer's own Standard account
 * through the {@code Stripe-Account} header (direct charges), so the money, the refunds and the disputes are
 * the freelancer's.
 *
 * <p>One {@link StripeClient} for the application, never Stripe's static globals, so the key, the base URL and
 * the timeouts belong to this bean alone. The SDK never retries on its own: a lost answer surfaces as
 * {@link PaymentOutcomeUnknown}, and the caller retries with the idempotency key it stored before the first
 * try, which Stripe answers with the first result. No Stripe exception is thrown past this class (they travel
 * only as causes), and minor units stay in this package.
 */
@ApplicationScoped
public class StripePayments implements PaymentGateway {

    /** Stripe's own default: a signed event older than this is refused, so a captured one cannot be replayed later. */
    static final long WEBHOOK_TOLERANCE_SECONDS = 300;

    /** Our attempt's id, stored with what we ask Stripe to make, so it can be found again whatever became of the answer. */
    static final String ATTEMPT_METADATA = "becflow_attempt";

    /** Read with every checkout, so one call tells the charge and how the client paid. */
    private static final String CHARGE_OF_PAYMENT = "payment_intent.latest_charge";

    private final StripeClient client;
    private final String webhookSecret;
    private final boolean testMode;

    /** The server's transactions, to refuse calling Stripe inside one; absent when built outside a server. */
    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    public StripePayments(@ConfigProperty(name = "STRIPE_SECRET_KEY") Optional<String> secretKey,
                          @ConfigProperty(name = "STRIPE_API_BASE", defaultValue = "https://api.stripe.com") String apiBase,
                          @ConfigProperty(name = "STRIPE_WEBHOOK_SECRET") Optional<String> webhookSecret,
                          @ConfigProperty(name = "STRIPE_TIMEOUT_MILLIS", defaultValue = "10000") int timeoutMillis) {
        this(secretKey.orElse(null), apiBase, webhookSecret.orElse(null), Duration.ofMillis(timeoutMillis));
    }

    /**
     * @param secretKey     the platform's secret key; blank means Stripe is not configured
     * @param apiBase       Stripe's API (also used for its connect and files hosts), or a fake's
     * @param webhookSecret the signing secret of the webhook endpoint
     * @param timeout       for connecting and for reading each answer
     */
    public StripePayments(String secretKey, String apiBase, String webhookSecret, Duration timeout) {
        this.client = isBlank(secretKey) ? null : client(secretKey, apiBase, timeout);
        this.webhookSecret = isBlank(webhookSecret) ? null : webhookSecret;
        // Stripe's test keys, secret or restricted, name their mode: sk_test_..., rk_test_...
        this.testMode = !isBlank(secretKey) && secretKey.matches("[a-z]{2}_test_.*");
    }

    protected StripePayments() {
        this.client = null;
        this.webhookSecret = null;
        this.testMode = false;
    }

    static StripeClient client(String secretKey, String apiBase, Duration timeout) {
        String base = apiBase.endsWith("/") ? apiBase.substring(0, apiBase.length() - 1) : apiBase;
        int millis = Math.toIntExact(timeout.toMillis());
        return StripeClient.builder()
                .setApiKey(secretKey)
                .setApiBase(base)
                .setConnectBase(base)
                .setFilesBase(base)
                .setMaxNetworkRetries(0)
                .setConnectTimeout(millis)
                .setReadTimeout(millis)
                .build();
    }

    @Override
    public boolean configured() {
        return client != null;
    }

    @Override
    public boolean testMode() {
        return testMode;
    }

    @Override
    public String name() {
        return "Stripe";
    }

    @Override
    public ConnectedAccount createAccount(String email, String businessName, String idempotencyKey) {
        AccountCreateParams params = AccountCreateParams.builder()
                .setType(AccountCreateParams.Type.STANDARD)
                .setEmail(email)
                .setBusinessProfile(AccountCreateParams.BusinessProfile.builder().setName(businessName).build())
                .build();
        Account account = call("create a connected account",
                stripe -> stripe.v1().accounts().create(params, onPlatform(idempotencyKey)));
        return StripeObjects.connectedAccount(account);
    }

    @Override
    public String onboardingLink(String accountId, String returnUrl, String refreshUrl) {
        AccountLinkCreateParams params = AccountLinkCreateParams.builder()
                .setAccount(accountId)
                .setType(AccountLinkCreateParams.Type.ACCOUNT_ONBOARDING)
                .setReturnUrl(returnUrl)
                .setRefreshUrl(refreshUrl)
                .build();
        return call("create an onboarding link for " + accountId,
                stripe -> stripe.v1().accountLinks().create(params, onPlatform(null))).getUrl();
    }

    @Override
    public ConnectedAccount account(String accountId) {
        return StripeObjects.connectedAccount(call("read account " + accountId,
                stripe -> stripe.v1().accounts().retrieve(accountId, onPlatform(null))));
    }

    @Override
    public Checkout openCheckout(String accountId, CheckoutRequest request, String idempotencyKey) {
        String currency = StripeAmounts.code(request.amount().currency());
        Map<String, String> reference = request.reference() == null ? Map.of() : request.reference();
        SessionCreateParams params = SessionCreateParams.builder()
                .setMode(SessionCreateParams.Mode.PAYMENT)
                .addLineItem(SessionCreateParams.LineItem.builder()
                        .setQuantity(1L)
                        .setPriceData(SessionCreateParams.LineItem.PriceData.builder()
                                .setCurrency(currency)
                                .setUnitAmount(StripeAmounts.toMinor(request.amount()))
                                .setProductData(SessionCreateParams.LineItem.PriceData.ProductData.builder()
                                        .setName(request.description())
                                        .build())
                                .build())
                        .build())
                .setCustomerEmail(request.customerEmail())
                .setSuccessUrl(request.successUrl())
                .setCancelUrl(request.cancelUrl())
                .setExpiresAt(request.expiresAt().getEpochSecond())
                .putAllMetadata(reference)
                .setPaymentIntentData(SessionCreateParams.PaymentIntentData.builder().putAllMetadata(reference).build())
                .addAllPaymentMethodType(StripePaymentMethods.offeredFor(currency))
                .build();
        return StripeObjects.checkout(call("open a checkout on " + accountId,
                stripe -> stripe.v1().checkout().sessions().create(params, onAccount(accountId, idempotencyKey))));
    }

    @Override
    public Checkout checkout(String accountId, String checkoutId) {
        SessionRetrieveParams params = SessionRetrieveParams.builder().addExpand(CHARGE_OF_PAYMENT).build();
        return StripeObjects.checkout(call("read checkout " + checkoutId,
                stripe -> stripe.v1().checkout().sessions().retrieve(checkoutId, params, onAccount(accountId, null))));
    }

    @Override
    public Optional<Checkout> findCheckout(String accountId, String attemptReference, Instant createdSince) {
        com.stripe.param.checkout.SessionListParams params = com.stripe.param.checkout.SessionListParams.builder()
                .setCreated(com.stripe.param.checkout.SessionListParams.Created.builder()
                        .setGte(createdSince.getEpochSecond()).build())
                .setLimit(100L).build();
        com.stripe.model.StripeCollection<Session> sessions = call("list checkouts since " + createdSince,
                stripe -> stripe.v1().checkout().sessions().list(params, onAccount(accountId, null)));
        return sessions.getData().stream()
                .filter(session -> session.getMetadata() != null
                        && attemptReference.equals(session.getMetadata().get(ATTEMPT_METADATA)))
                .findFirst().map(session -> checkout(accountId, session.getId()));
    }

    @Override
    public Checkout expireCheckout(String accountId, String checkoutId) {
        SessionExpireParams params = SessionExpireParams.builder().addExpand(CHARGE_OF_PAYMENT).build();
        OutsideTransactions.require(transactions, "Stripe (expire checkout " + checkoutId + ")");
        StripeClient stripe = stripe();
        try {
            return StripeObjects.checkout(stripe.v1().checkout().sessions().expire(checkoutId, params, onAccount(accountId, null)));
        } catch (InvalidRequestException notOpen) {
            // Stripe refuses to expire a session that is no longer open; the caller wants to know how it ended.
            Checkout current = checkout(accountId, checkoutId);
            if (current.state() != CheckoutState.OPEN) {
                return current;
            }
            throw translated("expire checkout " + checkoutId, notOpen);
        } catch (StripeException e) {
            throw translated("expire checkout " + checkoutId, e);
        }
    }

    @Override
    public Refund refund(String accountId, String paymentReference, Money amount, String idempotencyKey,
                         String attemptReference) {
        long minor = StripeAmounts.toMinor(amount);
        requirePaymentCurrency(accountId, paymentReference, amount);
        RefundCreateParams.Builder params = RefundCreateParams.builder().setAmount(minor)
                .putMetadata(ATTEMPT_METADATA, attemptReference);
        if (paymentReference.startsWith("ch_")) {
            params.setCharge(paymentReference);
        } else {
            params.setPaymentIntent(paymentReference);
        }
        RefundCreateParams built = params.build();
        return StripeObjects.refund(call("refund " + amount + " of " + paymentReference,
                stripe -> stripe.v1().refunds().create(built, onAccount(accountId, idempotencyKey))));
    }

    /** Stripe reads a refund's amount in the payment's currency, whatever Becflow meant: 10 USD would refund 10 EUR. */
    private void requirePaymentCurrency(String accountId, String paymentReference, Money amount) {
        RequestOptions onTheirAccount = onAccount(accountId, null);
        String paid = paymentReference.startsWith("ch_")
                ? call("read charge " + paymentReference,
                        stripe -> stripe.v1().charges().retrieve(paymentReference, onTheirAccount)).getCurrency()
                : call("read payment " + paymentReference,
                        stripe -> stripe.v1().paymentIntents().retrieve(paymentReference, onTheirAccount)).getCurrency();
        if (!StripeAmounts.code(amount.currency()).equals(paid)) {
            throw new IllegalArgumentException("Refund of " + amount + " asked for a payment in " + paid);
        }
    }

    @Override
    public Optional<Refund> findRefund(String accountId, String paymentReference, String attemptReference) {
        com.stripe.param.RefundListParams.Builder params = com.stripe.param.RefundListParams.builder().setLimit(100L);
        if (paymentReference.startsWith("ch_")) {
            params.setCharge(paymentReference);
        } else {
            params.setPaymentIntent(paymentReference);
        }
        com.stripe.param.RefundListParams built = params.build();
        return call("list refunds of " + paymentReference,
                stripe -> stripe.v1().refunds().list(built, onAccount(accountId, null))).getData().stream()
                .filter(refund -> refund.getMetadata() != null
                        && attemptReference.equals(refund.getMetadata().get(ATTEMPT_METADATA)))
                .findFirst().map(StripeObjects::refund);
    }

    @Override
    public Refund refundState(String accountId, String refundId) {
        return StripeObjects.refund(call("read refund " + refundId,
                stripe -> stripe.v1().refunds().retrieve(refundId, onAccount(accountId, null))));
    }

    @Override
    public Dispute dispute(String accountId, String disputeId) {
        return StripeObjects.dispute(call("read dispute " + disputeId,
                stripe -> stripe.v1().disputes().retrieve(disputeId, onAccount(accountId, null))));
    }

    @Override
    public ProviderEvent verify(String payload, String signatureHeader) {
        stripe();
        if (webhookSecret == null) {
            throw new IllegalStateException("STRIPE_WEBHOOK_SECRET is not set: no Stripe notification can be verified");
        }
        if (payload == null || signatureHeader == null || signatureHeader.isBlank()) {
            throw new InvalidNotification("A Stripe notification without a body or a Stripe-Signature header");
        }
        try {
            Webhook.Signature.verifyHeader(payload, signatureHeader, webhookSecret, WEBHOOK_TOLERANCE_SECONDS);
        } catch (SignatureVerificationException e) {
            throw new InvalidNotification("A Stripe notification with a wrong or stale signature", e);
        } catch (RuntimeException unreadable) {
            throw new InvalidNotification("A Stripe notification whose Stripe-Signature header cannot be read", unreadable);
        }
        return StripeEvents.read(payload);
    }

    @FunctionalInterface
    private interface StripeCall<T> {
        T on(StripeClient stripe) throws StripeException;
    }

    private <T> T call(String action, StripeCall<T> call) {
        OutsideTransactions.require(transactions, "Stripe (" + action + ")");
        StripeClient stripe = stripe();
        try {
            return call.on(stripe);
        } catch (StripeException e) {
            throw translated(action, e);
        }
    }

    /**
     * A 4xx answer means Stripe looked at the request and did nothing; conflicts (409: the same key still in
     * flight) and rate limits (429) are the exception, like every 5xx and every lost answer: then it may or may
     * not have happened.
     */
    static RuntimeException translated(String action, StripeException e) {
        Integer status = e.getStatusCode();
        boolean answeredNo = !(e instanceof ApiConnectionException) && status != null && status >= 400 && status < 500
                && status != 409 && status != 429;
        String message = "Stripe: could not " + action + ": " + e.getMessage();
        return answeredNo ? new PaymentRefused(message, e) : new PaymentOutcomeUnknown(message, e);
    }

    private StripeClient stripe() {
        if (client == null) {
            throw new IllegalStateException("Stripe is not configured: STRIPE_SECRET_KEY is not set");
        }
        return client;
    }

    private static RequestOptions onPlatform(String idempotencyKey) {
        return RequestOptions.builder().setIdempotencyKey(idempotencyKey).build();
    }

    static RequestOptions onAccount(String accountId, String idempotencyKey) {
        return RequestOptions.builder().setStripeAccount(accountId).setIdempotencyKey(idempotencyKey).build();
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
