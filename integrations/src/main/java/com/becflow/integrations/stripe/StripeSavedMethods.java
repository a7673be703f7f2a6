package com.becflow.integrations.stripe;

import com.becflow.invoicing.payments.PaymentOutcomeUnknown;
import com.becflow.invoicing.payments.SavedMethodGateway;
import com.becflow.shared.money.Money;
import com.becflow.shared.transactions.OutsideTransactions;
import com.stripe.StripeClient;
import com.stripe.exception.CardException;
import com.stripe.exception.StripeException;
import com.stripe.model.Customer;
import com.stripe.model.PaymentIntent;
import com.stripe.model.PaymentMethod;
import com.stripe.model.SetupIntent;
import com.stripe.model.checkout.Session;
import com.stripe.param.CustomerCreateParams;
import com.stripe.param.PaymentIntentCreateParams;
import com.stripe.param.checkout.SessionCreateParams;
import com.stripe.param.checkout.SessionRetrieveParams;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Autopay on Stripe Connect, on the freelancer's own account ({@code Stripe-Account}) like {@link StripePayments}: a
 * Checkout Session in {@code mode=setup} saves the client's card, or for euros also a bank account with a SEPA Direct
 * Debit mandate, on a customer made for it, and a PaymentIntent confirmed {@code off_session} charges it later. A
 * card's refusal is an answer Stripe keeps under the idempotency key, so it is told as an outcome, not an exception; a
 * debit is {@code processing} until the bank answers, which {@link #findCharge} reads. As in {@link StripePayments},
 * nothing else of Stripe leaves this class.
 */
@ApplicationScoped
public class StripeSavedMethods implements SavedMethodGateway {

    /** Refusals only the client can end: their bank wants them to authenticate, or the card is no longer valid. */
    private static final Set<String> NEEDS_CLIENT = Set.of("authentication_required", "expired_card");
    /** The reference our charge is stored with at Stripe, to find it again ({@link #findCharge}). */
    static final String CHARGE_METADATA = "becflow_autopay_charge";

    private final StripeClient client;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    public StripeSavedMethods(@ConfigProperty(name = "STRIPE_SECRET_KEY") Optional<String> secretKey,
                              @ConfigProperty(name = "STRIPE_API_BASE", defaultValue = "https://api.stripe.com") String apiBase,
                              @ConfigProperty(name = "STRIPE_TIMEOUT_MILLIS", defaultValue = "10000") int timeoutMillis) {
        this(secretKey.orElse(null), apiBase, Duration.ofMillis(timeoutMillis));
    }

    public StripeSavedMethods(String secretKey, String apiBase, Duration timeout) {
        this.client = secretKey == null || secretKey.isBlank() ? null : StripePayments.client(secretKey, apiBase, timeout);
    }

    protected StripeSavedMethods() {
        this.client = null;
    }

    @Override
    public SetupPage openSetup(String accountId, SetupRequest request, String idempotencyKey) {
        Map<String, String> reference = request.reference() == null ? Map.of() : request.reference();
        CustomerCreateParams customer = CustomerCreateParams.builder().setEmail(request.customerEmail())
                .setName(request.customerName()).putAllMetadata(reference).build();
        Customer made = call("create a customer on " + accountId,
                stripe -> stripe.v1().customers().create(customer, StripePayments.onAccount(accountId,
                        idempotencyKey + "/customer")));
        SessionCreateParams.Builder builder = SessionCreateParams.builder()
                .setMode(SessionCreateParams.Mode.SETUP)
                .setCustomer(made.getId())
                .setCurrency(StripeAmounts.code(request.currency()))
                .addPaymentMethodType(SessionCreateParams.PaymentMethodType.CARD);
        if (request.currency().getCurrencyCode().equals("EUR")) {
            builder.addPaymentMethodType(SessionCreateParams.PaymentMethodType.SEPA_DEBIT);
        }
        SessionCreateParams params = builder
                .setSuccessUrl(request.successUrl())
                .setCancelUrl(request.cancelUrl())
                .setExpiresAt(request.expiresAt().getEpochSecond())
                .putAllMetadata(reference)
                .setSetupIntentData(SessionCreateParams.SetupIntentData.builder().putAllMetadata(reference).build())
                .build();
        Session session = call("open a setup page on " + accountId, stripe -> stripe.v1().checkout().sessions()
                .create(params, StripePayments.onAccount(accountId, idempotencyKey)));
        return new SetupPage(session.getId(), session.getUrl());
    }

    @Override
    public Optional<SavedMethod> saved(String accountId, String setupPageId) {
        SessionRetrieveParams params = SessionRetrieveParams.builder().addExpand("setup_intent.payment_method").build();
        Session session = call("read setup page " + setupPageId, stripe -> stripe.v1().checkout().sessions()
                .retrieve(setupPageId, params, StripePayments.onAccount(accountId, null)));
        SetupIntent intent = session.getSetupIntentObject();
        if (!"complete".equals(session.getStatus()) || intent == null || !"succeeded".equals(intent.getStatus())) {
            return Optional.empty();
        }
        PaymentMethod method = intent.getPaymentMethodObject();
        return Optional.of(new SavedMethod(intent.getCustomer(), intent.getPaymentMethod(), label(method)));
    }

    private static String label(PaymentMethod method) {
        if (method != null && method.getSepaDebit() != null) {
            return "SEPA Direct Debit •••• " + method.getSepaDebit().getLast4();
        }
        if (method == null || method.getCard() == null) {
            return "saved payment method";
        }
        return method.getCard().getBrand() + " •••• " + method.getCard().getLast4();
    }

    @Override
    public Charge charge(String accountId, ChargeRequest request, String idempotencyKey) {
        Money amount = request.amount();
        PaymentIntentCreateParams params = PaymentIntentCreateParams.builder()
                .setAmount(StripeAmounts.toMinor(amount))
                .setCurrency(StripeAmounts.code(amount.currency()))
                .setCustomer(request.method().customer())
                .setPaymentMethod(request.method().method())
                .setConfirm(true)
                .setOffSession(true)
                .setDescription(request.description())
                .putAllMetadata(request.reference() == null ? Map.of() : request.reference())
                .build();
        OutsideTransactions.require(transactions, "Stripe (charge a saved card)");
        try {
            PaymentIntent intent = stripe().v1().paymentIntents().create(params,
                    StripePayments.onAccount(accountId, idempotencyKey));
            return switch (String.valueOf(intent.getStatus())) {
                case "succeeded" -> new Charge(ChargeOutcome.SUCCEEDED, amount, intent.getId(), intent.getLatestCharge(),
                        null);
                case "requires_action" -> new Charge(ChargeOutcome.NEEDS_CLIENT, amount, intent.getId(), null,
                        "Your bank asks you to confirm this payment");
                case "processing" -> new Charge(ChargeOutcome.PROCESSING, amount, intent.getId(), intent.getLatestCharge(),
                        null);
                default -> throw new PaymentOutcomeUnknown("Stripe left payment " + intent.getId() + " "
                        + intent.getStatus());
            };
        } catch (CardException refused) {
            String code = refused.getCode();
            PaymentIntent intent = refused.getStripeError() == null ? null : refused.getStripeError().getPaymentIntent();
            return new Charge(NEEDS_CLIENT.contains(code) ? ChargeOutcome.NEEDS_CLIENT : ChargeOutcome.DECLINED, amount,
                    intent == null ? null : intent.getId(), refused.getCharge(), refused.getStripeError() == null
                    ? refused.getMessage() : refused.getStripeError().getMessage());
        } catch (StripeException e) {
            throw StripePayments.translated("charge a saved card on " + accountId, e);
        }
    }

    @Override
    public Optional<Charge> findCharge(String accountId, String customer, String chargeReference) {
        com.stripe.param.PaymentIntentListParams params = com.stripe.param.PaymentIntentListParams.builder()
                .setCustomer(customer).setLimit(100L).build();
        return call("list the payments of " + customer, stripe -> stripe.v1().paymentIntents().list(params,
                StripePayments.onAccount(accountId, null))).getData().stream()
                .filter(intent -> intent.getMetadata() != null
                        && chargeReference.equals(intent.getMetadata().get(CHARGE_METADATA)))
                .findFirst().map(StripeSavedMethods::outcome);
    }

    /** What a PaymentIntent made for one of our charges came to, as the charge's answer would have said. */
    private static Charge outcome(PaymentIntent intent) {
        Money amount = StripeAmounts.fromMinor(intent.getAmount(), intent.getCurrency());
        if ("succeeded".equals(intent.getStatus())) {
            return new Charge(ChargeOutcome.SUCCEEDED, amount, intent.getId(), intent.getLatestCharge(), null);
        }
        if ("processing".equals(intent.getStatus())) {
            return new Charge(ChargeOutcome.PROCESSING, amount, intent.getId(), intent.getLatestCharge(), null);
        }
        if (!"requires_payment_method".equals(intent.getStatus()) && !"requires_action".equals(intent.getStatus())) {
            throw new PaymentOutcomeUnknown("Stripe left payment " + intent.getId() + " " + intent.getStatus());
        }
        var error = intent.getLastPaymentError();
        String code = error == null ? "authentication_required" : error.getCode();
        return new Charge(NEEDS_CLIENT.contains(code) ? ChargeOutcome.NEEDS_CLIENT : ChargeOutcome.DECLINED, amount,
                intent.getId(), intent.getLatestCharge(), error == null ? null : error.getMessage());
    }

    @FunctionalInterface
    private interface StripeCall<T> {
        T on(StripeClient stripe) throws StripeException;
    }

    private <T> T call(String action, StripeCall<T> call) {
        OutsideTransactions.require(transactions, "Stripe (" + action + ")");
        try {
            return call.on(stripe());
        } catch (StripeException e) {
            throw StripePayments.translated(action, e);
        }
    }

    private StripeClient stripe() {
        if (client == null) {
            throw new IllegalStateException("Stripe is not configured: STRIPE_SECRET_KEY is not set");
        }
        return client;
    }
}
