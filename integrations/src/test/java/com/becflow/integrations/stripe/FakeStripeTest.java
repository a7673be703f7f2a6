package com.becflow.integrations.stripe;

import static org.assertj.core.api.Assertions.assertThat;

import com.becflow.invoicing.PaymentMethod;
import com.becflow.invoicing.payments.PaymentGateway.Checkout;
import com.becflow.invoicing.payments.PaymentGateway.CheckoutRequest;
import com.becflow.shared.money.Money;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.stripe.model.Event;
import com.stripe.model.StripeObject;
import com.stripe.net.Webhook;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The fake's own promises to other tests: Stripe's wire behaviour and objects the typed SDK can read. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FakeStripeTest {

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private FakeStripe stripe;
    private StripePayments payments;

    @BeforeAll
    void startFakeStripe() {
        stripe = FakeStripe.start();
        payments = new StripePayments(FakeStripe.SECRET_KEY, stripe.apiBase(), stripe.webhookSecret(), Duration.ofSeconds(5));
    }

    @AfterAll
    void stopFakeStripe() {
        if (stripe != null) {
            stripe.close();
        }
    }

    @Test
    void anIdempotentRetryIsMarkedReplayedAndOtherParametersAreAnIdempotencyError() throws Exception {
        String key = UUID.randomUUID().toString();
        HttpResponse<String> first = postForm("/v1/accounts", "type=standard&email=a%40example.com", key);
        HttpResponse<String> replayed = postForm("/v1/accounts", "type=standard&email=a%40example.com", key);
        HttpResponse<String> other = postForm("/v1/accounts", "type=standard&email=b%40example.com", key);

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(replayed.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(replayed.body()).isEqualTo(first.body());
        assertThat(other.statusCode()).isEqualTo(400);
        assertThat(json.readTree(other.body()).path("error").path("type").asText()).isEqualTo("idempotency_error");
    }

    @Test
    void requestsWithoutAKeyOrForAnUnknownAccountAreRefused() throws Exception {
        HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(URI.create(stripe.apiBase() + "/v1/accounts/acct_1"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> stranger = http.send(HttpRequest.newBuilder(
                        URI.create(stripe.apiBase() + "/v1/checkout/sessions/cs_test_1"))
                .header("Authorization", "Bearer " + FakeStripe.SECRET_KEY).header("Stripe-Account", "acct_unknown")
                .GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(stranger.statusCode()).isEqualTo(403);
    }

    @Test
    void anInjectedFailureHasStripesErrorShapeAndDoesNothing() throws Exception {
        stripe.failNext("/v1/accounts", 502);
        HttpResponse<String> failed = postForm("/v1/accounts", "type=standard", UUID.randomUUID().toString());

        JsonNode error = json.readTree(failed.body()).path("error");
        assertThat(failed.statusCode()).isEqualTo(502);
        assertThat(error.path("type").asText()).isEqualTo("api_error");
        assertThat(error.path("message").asText()).isNotBlank();
    }

    @Test
    void everyEventIsAFullStripeEventWhoseObjectTheTypedSdkReads() {
        String account = payments.createAccount("e@example.com", "Events Ltd", UUID.randomUUID().toString()).id();
        stripe.completeOnboarding(account);
        Checkout card = open(account);
        stripe.pay(card.id(), PaymentMethod.CARD);
        Checkout paidByCard = payments.checkout(account, card.id());
        payments.refund(account, paidByCard.paymentReference(), Money.of("1.00", "EUR"), UUID.randomUUID().toString(),
                "attempt-1");
        stripe.closeDispute(stripe.openDispute(paidByCard.chargeReference(), "fraudulent"), true);
        Checkout debit = open(account);
        stripe.pay(debit.id(), PaymentMethod.BANK_DEBIT);
        stripe.settleBankDebit(debit.id());
        payments.expireCheckout(account, open(account).id());

        assertThat(stripe.events(account)).hasSizeGreaterThan(15).allSatisfy(emitted -> {
            FakeStripe.SignedPayload signed = stripe.signed(emitted);
            Event event = Webhook.constructEvent(signed.payload(), signed.signatureHeader(), stripe.webhookSecret());
            Optional<StripeObject> object = event.getDataObjectDeserializer().getObject();
            JsonNode raw = json.readTree(emitted.payload());
            assertThat(object).as(emitted.type()).isPresent();
            assertThat(event.getAccount()).isEqualTo(account);
            assertThat(event.getLivemode()).isFalse();
            assertThat(raw.path("object").asText()).isEqualTo("event");
            assertThat(raw.path("api_version").asText()).isEqualTo(com.stripe.Stripe.API_VERSION);
            assertThat(raw.has("pending_webhooks")).isTrue();
            assertThat(raw.path("request").has("id")).isTrue();
            assertThat(raw.path("data").path("object").path("id").asText()).isEqualTo(emitted.objectId());
        });
        assertThat(stripe.events(account)).extracting(FakeStripeEvent::type).contains("account.updated",
                "checkout.session.completed", "charge.refunded", "refund.created", "charge.dispute.funds_reinstated",
                "checkout.session.async_payment_succeeded", "checkout.session.expired");
    }

    private Checkout open(String account) {
        return payments.openCheckout(account, new CheckoutRequest(Money.of("30.00", "EUR"), "Invoice 1",
                "c@example.com", "https://becflow.test/ok", "https://becflow.test/back", Map.of("invoice", "1"),
                java.time.Instant.now().plus(Duration.ofHours(1))),
                UUID.randomUUID().toString());
    }

    private HttpResponse<String> postForm(String path, String form, String idempotencyKey) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(stripe.apiBase() + path))
                .header("Authorization", "Bearer " + FakeStripe.SECRET_KEY)
                .header("Idempotency-Key", idempotencyKey)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
