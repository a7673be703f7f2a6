package com.becflow.integrations.stripe;

import static org.assertj.core.api.Assertions.assertThat;

import com.becflow.invoicing.payments.PaymentGateway.Checkout;
import com.becflow.invoicing.payments.PaymentGateway.CheckoutRequest;
import com.becflow.invoicing.payments.PaymentGateway.CheckoutState;
import com.becflow.invoicing.payments.PaymentGateway.ConnectedAccount;
import com.becflow.invoicing.payments.PaymentGateway.ProviderEvent;
import com.becflow.shared.money.Money;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The fake Stripe as the local mode's sandbox, through the real adapter and over HTTP as a browser uses its
 * pages: one-click onboarding, Stripe's test cards, a bank debit that clears on its own, and signed events posted
 * to the server's endpoint. Each test works on its own connected account.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StripeSandboxTest {

    private static final String SUCCESS_URL = "https://becflow.test/pay/done?session={CHECKOUT_SESSION_ID}";
    private static final Duration DEBIT_CLEARS_AFTER = Duration.ofMillis(800);
    private static final Instant EXPIRES = Instant.now().plus(Duration.ofHours(2));

    private final HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final List<String> verifiedEvents = new CopyOnWriteArrayList<>();
    private final List<String> refusedDeliveries = new CopyOnWriteArrayList<>();
    private FakeStripe sandbox;
    private StripePayments payments;
    private HttpServer endpoint;

    @BeforeAll
    void startSandboxAndAnEndpointThatVerifiesEveryEvent() throws IOException {
        sandbox = FakeStripe.startSandbox(0, "whsec_" + UUID.randomUUID().toString().replace("-", ""),
                DEBIT_CLEARS_AFTER);
        payments = new StripePayments("sk_test_sandbox", sandbox.apiBase(), sandbox.webhookSecret(), Duration.ofSeconds(5));
        endpoint = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        endpoint.createContext("/api/webhooks/stripe", exchange -> {
            String payload = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            try {
                ProviderEvent event = payments.verify(payload, exchange.getRequestHeaders().getFirst("Stripe-Signature"));
                verifiedEvents.add(event.id());
                exchange.sendResponseHeaders(200, -1);
            } catch (RuntimeException refused) {
                refusedDeliveries.add(refused.toString());
                exchange.sendResponseHeaders(400, -1);
            }
            exchange.close();
        });
        endpoint.start();
        sandbox.deliverTo(URI.create("http://127.0.0.1:" + endpoint.getAddress().getPort() + "/api/webhooks/stripe"));
    }

    @AfterAll
    void stop() {
        if (endpoint != null) {
            endpoint.stop(0);
        }
        if (sandbox != null) {
            sandbox.close();
        }
    }

    @Test
    void theKeyOfTheSandboxIsATestKeyAndSaysSo() {
        assertThat(payments.testMode()).isTrue();
        assertThat(new StripePayments("sk_live_x", sandbox.apiBase(), null, Duration.ofSeconds(1)).testMode()).isFalse();
    }

    @Test
    void onboardingReturnsAtOnceWithAnAccountThatTakesPayments() throws Exception {
        ConnectedAccount created = payments.createAccount("ada@example.com", "Ada Design", UUID.randomUUID().toString());
        String link = payments.onboardingLink(created.id(), "https://becflow.test/back", "https://becflow.test/again");

        HttpResponse<String> opened = get(link);

        assertThat(opened.statusCode()).isEqualTo(303);
        assertThat(opened.headers().firstValue("Location")).hasValue("https://becflow.test/back");
        assertThat(payments.account(created.id()).chargesEnabled()).isTrue();
        assertThat(get(link).statusCode()).as("the link is used up").isEqualTo(410);
    }

    @Test
    void theCheckoutPageSaysTestModeAndOffersTheTestCards() throws Exception {
        Checkout opened = openCheckout(readyAccount(), Money.of("40.00", "EUR"));

        String page = get(opened.url()).body();

        assertThat(page).contains("id=\"test-mode\"", "Test mode", "id=\"card-number\"", "4242 4242 4242 4242",
                "4000 0000 0000 0002", "4000 0025 0000 3155", "id=\"pay-bank-debit\"");
    }

    @Test
    void theCardThatSucceedsPaysOnce() throws Exception {
        String account = readyAccount();
        Checkout opened = openCheckout(account, Money.of("25.00", "EUR"));

        HttpResponse<String> paid = payByCard(opened, "4242 4242 4242 4242");

        assertThat(paid.statusCode()).isEqualTo(303);
        assertThat(paid.headers().firstValue("Location")).hasValue("https://becflow.test/pay/done?session=" + opened.id());
        Checkout now = payments.checkout(account, opened.id());
        assertThat(now.paid()).isTrue();
        assertThat(sandbox.successfulCharges(account)).isEqualTo(1);
    }

    @Test
    void aDeclinedCardShowsTheDeclineAndChargesNothing() throws Exception {
        String account = readyAccount();
        Checkout opened = openCheckout(account, Money.of("25.00", "EUR"));

        HttpResponse<String> declined = payByCard(opened, "4000 0000 0000 0002");

        assertThat(declined.statusCode()).isEqualTo(402);
        assertThat(declined.body()).contains("id=\"card-error\"", TestCards.DECLINED_MESSAGE, "id=\"pay-card\"",
                "value=\"4000 0000 0000 0002\"");
        assertThat(payments.checkout(account, opened.id()).state()).isEqualTo(CheckoutState.OPEN);
        assertThat(sandbox.successfulCharges(account)).isZero();
        assertThat(sandbox.events(account)).extracting(FakeStripeEvent::type).doesNotContain("charge.succeeded");
    }

    @Test
    void anythingButATestCardIsRefusedWithItsReason() throws Exception {
        String account = readyAccount();
        Checkout opened = openCheckout(account, Money.of("25.00", "EUR"));

        assertThat(payByCard(opened, "1234").body()).contains(TestCards.NOT_A_CARD_NUMBER_MESSAGE);
        assertThat(payByCard(opened, "").body()).contains(TestCards.NOT_A_CARD_NUMBER_MESSAGE);
        assertThat(payByCard(opened, "5555 5555 5555 4444 ").body()).contains("Your card was declined: this is test mode");
        assertThat(sandbox.successfulCharges(account)).isZero();
    }

    @Test
    void aCardThatAsksForAuthenticationPaysOnlyOnceConfirmed() throws Exception {
        String account = readyAccount();
        Checkout opened = openCheckout(account, Money.of("60.00", "EUR"));

        HttpResponse<String> challenged = payByCard(opened, "4000 0025 0000 3155");
        assertThat(challenged.statusCode()).isEqualTo(303);
        String challenge = sandbox.apiBase() + challenged.headers().firstValue("Location").orElseThrow();
        assertThat(get(challenge).body()).contains("id=\"complete-authentication\"", "id=\"fail-authentication\"");
        assertThat(sandbox.successfulCharges(account)).isZero();

        HttpResponse<String> failed = post(challenge + "?outcome=fail", "");
        assertThat(failed.body()).contains(TestCards.AUTHENTICATION_FAILED_MESSAGE);
        assertThat(post(challenge + "?outcome=complete", "").statusCode()).as("a challenge is answered once")
                .isEqualTo(404);
        assertThat(sandbox.successfulCharges(account)).isZero();

        String second = sandbox.apiBase() + payByCard(opened, "4000002500003155").headers().firstValue("Location")
                .orElseThrow();
        HttpResponse<String> confirmed = post(second + "?outcome=complete", "");

        assertThat(confirmed.statusCode()).isEqualTo(303);
        assertThat(confirmed.headers().firstValue("Location")).hasValue("https://becflow.test/pay/done?session=" + opened.id());
        assertThat(payments.checkout(account, opened.id()).paid()).isTrue();
        assertThat(sandbox.successfulCharges(account)).isEqualTo(1);
    }

    @Test
    void aBankDebitStaysProcessingForAWhileThenSucceedsOnItsOwn() throws Exception {
        String account = readyAccount();
        Checkout opened = openCheckout(account, Money.of("300.00", "EUR"));

        HttpResponse<String> started = post(sandbox.apiBase() + "/pay/" + opened.id() + "/bank-debit", "");

        assertThat(started.statusCode()).isEqualTo(303);
        Checkout processing = payments.checkout(account, opened.id());
        assertThat(processing.state()).isEqualTo(CheckoutState.COMPLETE);
        assertThat(processing.paid()).isFalse();
        assertThat(sandbox.events(account)).extracting(FakeStripeEvent::type).contains("payment_intent.processing")
                .doesNotContain("checkout.session.async_payment_succeeded");

        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!payments.checkout(account, opened.id()).paid() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(payments.checkout(account, opened.id()).paid()).isTrue();
        assertThat(sandbox.events(account)).extracting(FakeStripeEvent::type)
                .containsOnlyOnce("checkout.session.async_payment_succeeded");
    }

    @Test
    void everyEventIsSignedWithTheWebhookSecretAndPostedOnce() throws Exception {
        String account = readyAccount();
        payByCard(openCheckout(account, Money.of("12.00", "EUR")), "4242424242424242");

        assertThat(sandbox.awaitDeliveries(Duration.ofSeconds(10))).isTrue();

        List<String> emitted = sandbox.events(account).stream().map(FakeStripeEvent::id).toList();
        assertThat(emitted).isNotEmpty();
        assertThat(verifiedEvents).containsAll(emitted);
        emitted.forEach(id -> assertThat(verifiedEvents).containsOnlyOnce(id));
        assertThat(refusedDeliveries).isEmpty();
    }

    @Test
    void aCheckoutAskedForFromAClockMovedForwardIsOpenedForTheLongestStripeAllows() {
        Instant weekAhead = Instant.now().plus(Duration.ofDays(7));
        Checkout opened = payments.openCheckout(readyAccountQuietly(), new CheckoutRequest(Money.of("9.00", "EUR"),
                "Invoice INV-10", "client@example.com", SUCCESS_URL, null, Map.of(), weekAhead.plus(Duration.ofHours(1))),
                UUID.randomUUID().toString());

        assertThat(opened.state()).isEqualTo(CheckoutState.OPEN);
        long expiresAt = Long.parseLong(sandbox.object(opened.id()).replaceAll("(?s).*\"expires_at\" : (\\d+).*", "$1"));
        assertThat(expiresAt).isLessThanOrEqualTo(Instant.now().plus(Duration.ofHours(24)).getEpochSecond());
    }

    @Test
    void anAccountConnectedBeforeARestartIsServedAsReady() {
        String fromAnEarlierRun = "acct_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);

        assertThat(payments.account(fromAnEarlierRun).chargesEnabled()).isTrue();
        assertThat(openCheckout(fromAnEarlierRun, Money.of("5.00", "EUR")).state()).isEqualTo(CheckoutState.OPEN);
    }

    private String readyAccountQuietly() {
        try {
            return readyAccount();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private String readyAccount() throws Exception {
        ConnectedAccount created = payments.createAccount("owner@example.com", "Studio", UUID.randomUUID().toString());
        get(payments.onboardingLink(created.id(), "https://becflow.test/back", "https://becflow.test/again"));
        return created.id();
    }

    private Checkout openCheckout(String account, Money amount) {
        return payments.openCheckout(account, new CheckoutRequest(amount, "Invoice INV-9", "client@example.com",
                SUCCESS_URL, "https://becflow.test/cancelled", Map.of("invoice", "INV-9"), EXPIRES),
                UUID.randomUUID().toString());
    }

    private HttpResponse<String> payByCard(Checkout checkout, String number) throws Exception {
        return post(sandbox.apiBase() + "/pay/" + checkout.id() + "/card",
                "card-number=" + URLEncoder.encode(number, StandardCharsets.UTF_8));
    }

    private HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String url, String form) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(URI.create(url)).POST(HttpRequest.BodyPublishers.ofString(form))
                .header("Content-Type", "application/x-www-form-urlencoded").build(), HttpResponse.BodyHandlers.ofString());
    }
}
