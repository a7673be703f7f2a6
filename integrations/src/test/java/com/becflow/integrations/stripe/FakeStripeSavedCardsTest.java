package com.becflow.integrations.stripe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.becflow.invoicing.payments.PaymentGateway.ProviderEvent;
import com.becflow.invoicing.payments.SavedMethodGateway.Charge;
import com.becflow.invoicing.payments.SavedMethodGateway.ChargeOutcome;
import com.becflow.invoicing.payments.SavedMethodGateway.ChargeRequest;
import com.becflow.invoicing.payments.SavedMethodGateway.SavedMethod;
import com.becflow.invoicing.payments.SavedMethodGateway.SetupPage;
import com.becflow.invoicing.payments.SavedMethodGateway.SetupRequest;
import com.becflow.shared.money.Money;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.stripe.StripeClient;
import com.stripe.model.Event;
import com.stripe.model.PaymentMethod;
import com.stripe.model.SetupIntent;
import com.stripe.net.RequestOptions;
import com.stripe.net.Webhook;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The fake's saved cards, driven through the real SDK: a setup page saves a card on a customer of the connected
 * account, and off-session PaymentIntents charge it, or are refused as Stripe refuses them (402 card errors naming the
 * PaymentIntent), each answer kept under its idempotency key.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FakeStripeSavedCardsTest {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final ObjectMapper json = new ObjectMapper();
    private FakeStripe stripe;
    private StripePayments payments;
    private StripeSavedMethods saved;
    private StripeClient sdk;

    @BeforeAll
    void startFakeStripe() {
        stripe = FakeStripe.start();
        payments = new StripePayments(FakeStripe.SECRET_KEY, stripe.apiBase(), stripe.webhookSecret(), Duration.ofSeconds(5));
        saved = new StripeSavedMethods(FakeStripe.SECRET_KEY, stripe.apiBase(), Duration.ofSeconds(5));
        sdk = StripePayments.client(FakeStripe.SECRET_KEY, stripe.apiBase(), Duration.ofSeconds(5));
    }

    @AfterAll
    void stopFakeStripe() {
        if (stripe != null) {
            stripe.close();
        }
    }

    @Test
    void aCardSavedOnTheSetupPageIsAttachedToItsCustomerAndChargedWithoutTheClient() throws Exception {
        String account = account();
        SetupPage page = openSetup(account);
        assertThat(saved.saved(account, page.id())).isEmpty();

        String back = stripe.saveCard(page.id(), "4242 4242 4242 4242");
        SavedMethod method = saved.saved(account, page.id()).orElseThrow();
        Charge charge = saved.charge(account, request(method, "120.00"), UUID.randomUUID().toString());

        assertThat(back).isEqualTo("https://becflow.test/saved?setup=" + page.id());
        assertThat(method.label()).isEqualTo("visa •••• 4242");
        SetupIntent intent = sdk.v1().setupIntents().retrieve(json.readTree(stripe.object(page.id())).path("setup_intent")
                .asText(), on(account));
        assertThat(intent.getStatus()).isEqualTo("succeeded");
        assertThat(intent.getUsage()).isEqualTo("off_session");
        assertThat(intent.getMetadata()).containsEntry("becflow_invoice", "inv-1");
        PaymentMethod card = sdk.v1().paymentMethods().retrieve(method.method(), on(account));
        assertThat(card.getCustomer()).isEqualTo(method.customer());
        assertThat(charge.outcome()).isEqualTo(ChargeOutcome.SUCCEEDED);
        assertThat(charge.amount()).isEqualTo(Money.of("120.00", "EUR"));
        JsonNode paid = json.readTree(stripe.object(charge.paymentReference()));
        assertThat(paid.path("status").asText()).isEqualTo("succeeded");
        assertThat(paid.path("amount").asLong()).isEqualTo(12000);
        assertThat(paid.path("customer").asText()).isEqualTo(method.customer());
        assertThat(paid.path("latest_charge").asText()).isEqualTo(charge.chargeReference());
        assertThat(stripe.successfulCharges(account)).isEqualTo(1);
        assertThat(stripe.events(account)).extracting(FakeStripeEvent::type).contains("customer.created",
                "payment_method.attached", "setup_intent.succeeded", "checkout.session.completed",
                "payment_intent.succeeded", "charge.succeeded");
        assertThat(stripe.events(account)).allSatisfy(emitted -> {
            FakeStripe.SignedPayload signed = stripe.signed(emitted);
            Event event = Webhook.constructEvent(signed.payload(), signed.signatureHeader(), stripe.webhookSecret());
            assertThat(event.getDataObjectDeserializer().getObject()).as(emitted.type()).isPresent();
        });
        FakeStripeEvent completed = stripe.events(account).stream()
                .filter(e -> e.type().equals("checkout.session.completed")).findFirst().orElseThrow();
        FakeStripe.SignedPayload notification = stripe.signed(completed);
        assertThat(payments.verify(notification.payload(), notification.signatureHeader()).kind())
                .isEqualTo(ProviderEvent.Kind.SETUP_CHANGED);
    }

    @Test
    void aCardThatAlwaysAsksForAuthenticationIsRefusedOffSessionAndItsIntentAwaitsAnotherMethod() throws Exception {
        String account = account();
        SavedMethod method = save(account, "4000002760003184");

        Charge charge = saved.charge(account, request(method, "50.00"), UUID.randomUUID().toString());
        HttpResponse<String> raw = offSession(account, method.customer(), method.method(), UUID.randomUUID().toString());

        assertThat(charge.outcome()).isEqualTo(ChargeOutcome.NEEDS_CLIENT);
        assertThat(charge.reason()).contains("requires authentication");
        assertThat(json.readTree(stripe.object(charge.paymentReference())).path("status").asText())
                .isEqualTo("requires_payment_method");
        JsonNode error = json.readTree(raw.body()).path("error");
        assertThat(raw.statusCode()).isEqualTo(402);
        assertThat(error.path("type").asText()).isEqualTo("card_error");
        assertThat(error.path("code").asText()).isEqualTo("authentication_required");
        assertThat(error.path("payment_intent").path("status").asText()).isEqualTo("requires_payment_method");
        assertThat(error.path("payment_intent").path("last_payment_error").path("code").asText())
                .isEqualTo("authentication_required");
        assertThat(stripe.successfulCharges(account)).isZero();
    }

    @Test
    void aDeclinedCardIsA402CardErrorWithItsDeclineCodeAndAFailedCharge() throws Exception {
        String account = account();
        SavedMethod method = save(account, "4000000000000341");
        String customer = method.customer();

        Charge declined = saved.charge(account, request(method, "50.00"), UUID.randomUUID().toString());
        HttpResponse<String> token = offSession(account, customer, "pm_card_chargeDeclined", UUID.randomUUID().toString());
        HttpResponse<String> poor = offSession(account, customer, "pm_card_chargeDeclinedInsufficientFunds",
                UUID.randomUUID().toString());
        HttpResponse<String> expired = offSession(account, customer, "pm_card_chargeDeclinedExpiredCard",
                UUID.randomUUID().toString());

        assertThat(declined.outcome()).isEqualTo(ChargeOutcome.DECLINED);
        assertThat(declined.reason()).isEqualTo("Your card was declined.");
        assertThat(json.readTree(stripe.object(declined.chargeReference())).path("status").asText()).isEqualTo("failed");
        JsonNode error = json.readTree(token.body()).path("error");
        assertThat(token.statusCode()).isEqualTo(402);
        assertThat(error.path("code").asText()).isEqualTo("card_declined");
        assertThat(error.path("decline_code").asText()).isEqualTo("generic_decline");
        assertThat(error.path("charge").asText()).startsWith("ch_");
        assertThat(json.readTree(poor.body()).path("error").path("decline_code").asText()).isEqualTo("insufficient_funds");
        assertThat(json.readTree(expired.body()).path("error").path("code").asText()).isEqualTo("expired_card");
        assertThat(stripe.successfulCharges(account)).isZero();
        assertThat(stripe.events(account)).extracting(FakeStripeEvent::type).contains("charge.failed",
                "payment_intent.payment_failed");
    }

    @Test
    void theSameKeyGetsTheFirstAnswerAgainSoNothingIsChargedTwice() throws Exception {
        String account = account();
        SavedMethod good = save(account, "4242424242424242");
        SavedMethod bad = save(account, "4000000000000341");
        String key = UUID.randomUUID().toString();
        String badKey = UUID.randomUUID().toString();

        Charge first = saved.charge(account, request(good, "75.00"), key);
        Charge again = saved.charge(account, request(good, "75.00"), key);
        HttpResponse<String> refused = offSession(account, bad.customer(), bad.method(), badKey);
        HttpResponse<String> refusedAgain = offSession(account, bad.customer(), bad.method(), badKey);

        assertThat(again.paymentReference()).isEqualTo(first.paymentReference());
        assertThat(stripe.successfulCharges(account)).isEqualTo(1);
        assertThat(refusedAgain.statusCode()).isEqualTo(402);
        assertThat(refusedAgain.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(refusedAgain.body()).isEqualTo(refused.body());
    }

    @Test
    void aChargeWhoseAnswerWasLostIsFoundAgainByItsReferenceWithTheOutcomeItHad() {
        String account = account();
        SavedMethod good = save(account, "4242424242424242");
        SavedMethod bad = save(account, "4000000000000341");
        Charge paid = saved.charge(account, new ChargeRequest(Money.of("80.00", "EUR"), good, "Installment 2",
                Map.of(StripeSavedMethods.CHARGE_METADATA, "charge-paid")), UUID.randomUUID().toString());
        Charge declined = saved.charge(account, new ChargeRequest(Money.of("80.00", "EUR"), bad, "Installment 2",
                Map.of(StripeSavedMethods.CHARGE_METADATA, "charge-declined")), UUID.randomUUID().toString());

        assertThat(saved.findCharge(account, good.customer(), "charge-paid")).hasValueSatisfying(found -> {
            assertThat(found.outcome()).isEqualTo(ChargeOutcome.SUCCEEDED);
            assertThat(found.paymentReference()).isEqualTo(paid.paymentReference());
            assertThat(found.amount()).isEqualTo(Money.of("80.00", "EUR"));
        });
        assertThat(saved.findCharge(account, bad.customer(), "charge-declined")).hasValueSatisfying(found -> {
            assertThat(found.outcome()).isEqualTo(ChargeOutcome.DECLINED);
            assertThat(found.paymentReference()).isEqualTo(declined.paymentReference());
        });
        assertThat(saved.findCharge(account, good.customer(), "charge-never-made")).isEmpty();
        assertThat(saved.findCharge(account, bad.customer(), "charge-paid")).as("another customer's").isEmpty();
    }

    @Test
    void aCardDeclinedWhenSavedIsNotSavedAndThePageSaysWhy() throws Exception {
        String account = account();
        SetupPage page = openSetup(account);

        HttpResponse<String> declined = post(page.url() + "/card", "card-number=" + enc("4000 0000 0000 0002"));
        assertThatThrownBy(() -> stripe.saveCard(page.id(), "4000000000000002")).isInstanceOf(IllegalStateException.class);
        HttpResponse<String> accepted = post(page.url() + "/card", "card-number=" + enc("4242 4242 4242 4242"));

        assertThat(declined.statusCode()).isEqualTo(402);
        assertThat(declined.body()).contains("id=\"card-error\"", TestCards.DECLINED_MESSAGE, "id=\"save-card\"");
        assertThat(accepted.statusCode()).isEqualTo(303);
        assertThat(accepted.headers().firstValue("Location")).hasValue("https://becflow.test/saved?setup=" + page.id());
        assertThat(saved.saved(account, page.id())).map(SavedMethod::label).hasValue("visa •••• 4242");
    }

    @Test
    void aCustomerAndItsCardsBelongToTheirConnectedAccountOnly() throws Exception {
        String account = account();
        String other = account();
        SavedMethod method = save(account, "4242424242424242");

        HttpResponse<String> elsewhere = offSession(other, method.customer(), method.method(), UUID.randomUUID().toString());

        assertThat(elsewhere.statusCode()).isEqualTo(404);
        assertThat(json.readTree(elsewhere.body()).path("error").path("code").asText()).isEqualTo("resource_missing");
    }

    private String account() {
        String account = payments.createAccount("f@example.com", "Saved Cards Ltd", UUID.randomUUID().toString()).id();
        stripe.completeOnboarding(account);
        return account;
    }

    private SetupPage openSetup(String account) {
        return saved.openSetup(account, new SetupRequest("c@example.com", "Client Ltd",
                "https://becflow.test/saved?setup={CHECKOUT_SESSION_ID}", "https://becflow.test/back",
                Map.of("becflow_invoice", "inv-1"), Instant.now().plus(Duration.ofHours(1)), Currency.getInstance("EUR")),
                UUID.randomUUID().toString());
    }

    private SavedMethod save(String account, String cardNumber) {
        SetupPage page = openSetup(account);
        stripe.saveCard(page.id(), cardNumber);
        return saved.saved(account, page.id()).orElseThrow();
    }

    private static ChargeRequest request(SavedMethod method, String amount) {
        return new ChargeRequest(Money.of(amount, "EUR"), method, "Installment 1", Map.of("becflow_installment", "1"));
    }

    private static RequestOptions on(String account) {
        return RequestOptions.builder().setStripeAccount(account).build();
    }

    private HttpResponse<String> offSession(String account, String customer, String method, String key) throws Exception {
        String form = "amount=5000&currency=eur&confirm=true&off_session=true&customer=" + enc(customer)
                + "&payment_method=" + enc(method);
        return http.send(HttpRequest.newBuilder(URI.create(stripe.apiBase() + "/v1/payment_intents"))
                .header("Authorization", "Bearer " + FakeStripe.SECRET_KEY).header("Stripe-Account", account)
                .header("Idempotency-Key", key).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String url, String form) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
