package com.becflow.integrations.stripe;

import com.becflow.invoicing.PaymentMethod;
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
import com.stripe.model.Charge;
import com.stripe.model.PaymentIntent;
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
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.StringReader;
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

    // Looked up once: JsonProvider.provider(), behind every Json.create..., scans the class path each call.
    private static final JsonProvider JSON = JsonProvider.provider();

    /** Stripe's own default: a signed event older than this is refused, so a captured one cannot be replayed later. */
    static final long WEBHOOK_TOLERANCE_SECONDS = 300;

    /** Our attempt's id, stored with what we ask Stripe to make, so it can be found again whatever became of the answer. */
    static final String ATTEMPT_METADATA = "becflow_attempt";

    /** Read with every checkout, so one call tells the charge and how the client paid. */
    private static final String CHARGE_OF_PAYMENT = "payment_intent.latest_charge";

    private final StripeClient client;
    private final String webhookSecret;

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
    }

    protected StripePayments() {
        this.client = null;
        this.webhookSecret = null;
    }

    private static StripeClient client(String secretKey, String apiBase, Duration timeout) {
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
        return connectedAccount(account);
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
        return connectedAccount(call("read account " + accountId,
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
        return checkout(call("open a checkout on " + accountId,
                stripe -> stripe.v1().checkout().sessions().create(params, onAccount(accountId, idempotencyKey))));
    }

    @Override
    public Checkout checkout(String accountId, String checkoutId) {
        SessionRetrieveParams params = SessionRetrieveParams.builder().addExpand(CHARGE_OF_PAYMENT).build();
        return checkout(call("read checkout " + checkoutId,
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
            return checkout(stripe.v1().checkout().sessions().expire(checkoutId, params, onAccount(accountId, null)));
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
        return refund(call("refund " + amount + " of " + paymentReference,
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
                .findFirst().map(StripePayments::refund);
    }

    @Override
    public Refund refundState(String accountId, String refundId) {
        return refund(call("read refund " + refundId,
                stripe -> stripe.v1().refunds().retrieve(refundId, onAccount(accountId, null))));
    }

    @Override
    public Dispute dispute(String accountId, String disputeId) {
        return dispute(call("read dispute " + disputeId,
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
        return event(payload);
    }

    /**
     * The event's identity and its object's, read from the JSON as sent: the SDK's typed reading of the object fails
     * whenever the event was rendered for another API version than the SDK's, and reading the whole event into the
     * SDK's classes cost more than the rest of storing it.
     */
    private static ProviderEvent event(String payload) {
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
        return new ProviderEvent(id, kind(type, objectType), text(event, "account"), objectId, created, type);
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

    /** A string member, or null when absent, null or of another type. */
    private static String text(JsonObject object, String name) {
        return object.get(name) instanceof JsonString value ? value.getString() : null;
    }

    private static ConnectedAccount connectedAccount(Account account) {
        String name = Optional.ofNullable(account.getBusinessProfile()).map(Account.BusinessProfile::getName)
                .or(() -> Optional.ofNullable(account.getSettings()).map(Account.Settings::getDashboard)
                        .map(Account.Settings.Dashboard::getDisplayName))
                .orElse(account.getEmail());
        return new ConnectedAccount(account.getId(), Boolean.TRUE.equals(account.getChargesEnabled()),
                Boolean.TRUE.equals(account.getDetailsSubmitted()), name);
    }

    private static Checkout checkout(Session session) {
        PaymentIntent payment = session.getPaymentIntentObject();
        Charge charge = payment == null ? null : payment.getLatestChargeObject();
        PaymentMethod method = charge == null || charge.getPaymentMethodDetails() == null ? null
                : StripePaymentMethods.fromStripeType(charge.getPaymentMethodDetails().getType());
        return new Checkout(session.getId(), session.getUrl(), checkoutState(session.getStatus()),
                "paid".equals(session.getPaymentStatus()),
                StripeAmounts.fromMinor(session.getAmountTotal(), session.getCurrency()),
                session.getPaymentIntent(), payment == null ? null : payment.getLatestCharge(), method,
                session.getMetadata() == null ? Map.of() : Map.copyOf(session.getMetadata()));
    }

    private static CheckoutState checkoutState(String status) {
        return switch (String.valueOf(status)) {
            case "open" -> CheckoutState.OPEN;
            case "complete" -> CheckoutState.COMPLETE;
            case "expired" -> CheckoutState.EXPIRED;
            default -> throw new PaymentOutcomeUnknown("Stripe reported a checkout in state " + status);
        };
    }

    private static Refund refund(com.stripe.model.Refund refund) {
        RefundState state = switch (String.valueOf(refund.getStatus())) {
            case "succeeded" -> RefundState.SUCCEEDED;
            case "failed" -> RefundState.FAILED;
            case "canceled" -> RefundState.CANCELED;
            default -> RefundState.PENDING;
        };
        String payment = refund.getPaymentIntent() != null ? refund.getPaymentIntent() : refund.getCharge();
        return new Refund(refund.getId(), state, StripeAmounts.fromMinor(refund.getAmount(), refund.getCurrency()),
                payment);
    }

    /**
     * Funds follow from the dispute's status and amount, not from its balance transactions: those are in the
     * account's settlement currency (a USD payment to a EUR account is withdrawn in EUR) and include Stripe's
     * dispute fee, while Becflow speaks of the disputed payment. An inquiry ({@code warning_*}) moves no money;
     * a chargeback withdraws the disputed amount when opened and reinstates it when won. A closed inquiry counts
     * as won: the client dropped it and the freelancer keeps the money.
     */
    private static Dispute dispute(com.stripe.model.Dispute dispute) {
        String status = String.valueOf(dispute.getStatus());
        DisputeState state = switch (status) {
            case "won", "warning_closed" -> DisputeState.WON;
            case "lost" -> DisputeState.LOST;
            default -> DisputeState.OPEN;
        };
        Money amount = StripeAmounts.fromMinor(dispute.getAmount(), dispute.getCurrency());
        Money none = Money.zero(amount.currency());
        boolean inquiry = status.startsWith("warning_");
        Money withdrawn = inquiry ? none : amount;
        Money reinstated = !inquiry && state == DisputeState.WON ? amount : none;
        return new Dispute(dispute.getId(), dispute.getCharge(), dispute.getPaymentIntent(), state,
                dispute.getReason(), amount, withdrawn, reinstated);
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
    private static RuntimeException translated(String action, StripeException e) {
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

    private static RequestOptions onAccount(String accountId, String idempotencyKey) {
        return RequestOptions.builder().setStripeAccount(accountId).setIdempotencyKey(idempotencyKey).build();
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
