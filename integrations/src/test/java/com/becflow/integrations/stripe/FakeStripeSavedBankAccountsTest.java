package com.becflow.integrations.stripe;

import static org.assertj.core.api.Assertions.assertThat;

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
import com.stripe.model.SetupIntent;
import com.stripe.net.RequestOptions;
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
 * The fake's saved bank accounts (SEPA Direct Debit), driven through the real SDK: a euro setup page takes a test IBAN
 * with its mandate, and an off-session debit is {@code processing} until the bank answers, then cleared or bounced as
 * the IBAN does; the adapter reads each state, and the notifications of an autopay debit are told apart.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FakeStripeSavedBankAccountsTest {

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
    void aBankAccountSavedWithItsMandateIsDebitedAndTheDebitClearsWhenTheBankAnswers() throws Exception {
        String account = account();
        SetupPage page = openSetup(account, "EUR");
        HttpResponse<String> shown = get(page.url());
        HttpResponse<String> savedPage = post(page.url() + "/bank-account", "iban=" + enc("de89 3704 0044 0532 0130 00"));
        SavedMethod method = saved.saved(account, page.id()).orElseThrow();

        Charge asked = saved.charge(account, request(method, "250.00", "charge-1"), UUID.randomUUID().toString());
        Charge meanwhile = saved.findCharge(account, method.customer(), "charge-1").orElseThrow();
        int answered = stripe.clearBankDebits();
        Charge cleared = saved.findCharge(account, method.customer(), "charge-1").orElseThrow();

        assertThat(shown.body()).contains("id=\"iban\"", "id=\"mandate\"", "id=\"save-bank-account\"",
                "DE89 3704 0044 0532 0130 00");
        assertThat(savedPage.statusCode()).isEqualTo(303);
        assertThat(savedPage.headers().firstValue("Location")).hasValue("https://becflow.test/saved?setup=" + page.id());
        assertThat(method.label()).isEqualTo("SEPA Direct Debit •••• 3000");
        SetupIntent intent = sdk.v1().setupIntents().retrieve(json.readTree(stripe.object(page.id())).path("setup_intent")
                .asText(), on(account));
        assertThat(intent.getMandate()).startsWith("mandate_");
        assertThat(intent.getPaymentMethodTypes()).containsExactly("sepa_debit");
        assertThat(asked.outcome()).isEqualTo(ChargeOutcome.PROCESSING);
        assertThat(asked.amount()).isEqualTo(Money.of("250.00", "EUR"));
        assertThat(meanwhile.outcome()).isEqualTo(ChargeOutcome.PROCESSING);
        assertThat(answered).isEqualTo(1);
        assertThat(cleared.outcome()).isEqualTo(ChargeOutcome.SUCCEEDED);
        assertThat(cleared.paymentReference()).isEqualTo(asked.paymentReference());
        assertThat(stripe.clearBankDebits()).as("each debit is answered once").isZero();
        assertThat(stripe.events(account)).extracting(FakeStripeEvent::type).containsSubsequence(
                "payment_intent.processing", "payment_intent.succeeded");
        FakeStripeEvent succeeded = stripe.events(account).stream()
                .filter(e -> e.type().equals("payment_intent.succeeded")).findFirst().orElseThrow();
        FakeStripe.SignedPayload notification = stripe.signed(succeeded);
        ProviderEvent event = payments.verify(notification.payload(), notification.signatureHeader());
        assertThat(event.kind()).isEqualTo(ProviderEvent.Kind.AUTOPAY_PAYMENT_CHANGED);
        assertThat(event.objectId()).isEqualTo(asked.paymentReference());
    }

    @Test
    void aDebitFromTheAccountWithoutFundsBouncesWhenTheBankAnswers() {
        String account = account();
        SetupPage page = openSetup(account, "EUR");
        stripe.saveBankAccount(page.id(), "DE62370400440532013001");
        SavedMethod method = saved.saved(account, page.id()).orElseThrow();

        Charge asked = saved.charge(account, request(method, "80.00", "charge-2"), UUID.randomUUID().toString());
        stripe.clearBankDebits();
        Charge bounced = saved.findCharge(account, method.customer(), "charge-2").orElseThrow();

        assertThat(asked.outcome()).isEqualTo(ChargeOutcome.PROCESSING);
        assertThat(bounced.outcome()).isEqualTo(ChargeOutcome.DECLINED);
        assertThat(bounced.reason()).isEqualTo(TestBankAccounts.BOUNCE_MESSAGE);
        assertThat(stripe.successfulCharges(account)).isZero();
    }

    @Test
    void onlyAEuroPageOffersABankAccountAndAnIbanThatIsNoTestOneIsRefusedOnThePage() throws Exception {
        String account = account();
        SetupPage dollars = openSetup(account, "USD");
        SetupPage euros = openSetup(account, "EUR");

        HttpResponse<String> dollarPage = get(dollars.url());
        HttpResponse<String> dollarPost = post(dollars.url() + "/bank-account", "iban=" + enc("DE89370400440532013000"));
        HttpResponse<String> notAnIban = post(euros.url() + "/bank-account", "iban=" + enc("DE00 12"));
        HttpResponse<String> realIban = post(euros.url() + "/bank-account", "iban=" + enc("FR76 3000 6000 0112 3456 7890 189"));

        assertThat(dollarPage.body()).contains("id=\"save-card\"").doesNotContain("id=\"iban\"");
        assertThat(dollarPost.statusCode()).isEqualTo(409);
        assertThat(notAnIban.statusCode()).isEqualTo(402);
        assertThat(notAnIban.body()).contains("id=\"iban-error\"", TestBankAccounts.NOT_AN_IBAN_MESSAGE, "DE00 12");
        assertThat(realIban.statusCode()).isEqualTo(402);
        assertThat(realIban.body()).contains("This is test mode, which takes only test IBANs");
        assertThat(saved.saved(account, euros.id())).isEmpty();
        assertThat(saved.saved(account, dollars.id())).isEmpty();
    }

    private String account() {
        String account = payments.createAccount("f@example.com", "Saved Accounts Ltd", UUID.randomUUID().toString()).id();
        stripe.completeOnboarding(account);
        return account;
    }

    private SetupPage openSetup(String account, String currency) {
        return saved.openSetup(account, new SetupRequest("c@example.com", "Client Ltd",
                "https://becflow.test/saved?setup={CHECKOUT_SESSION_ID}", "https://becflow.test/back",
                Map.of("becflow_invoice", "inv-1"), Instant.now().plus(Duration.ofHours(1)), Currency.getInstance(currency)),
                UUID.randomUUID().toString());
    }

    private static ChargeRequest request(SavedMethod method, String amount, String chargeReference) {
        return new ChargeRequest(Money.of(amount, "EUR"), method, "Installment 1",
                Map.of(StripeSavedMethods.CHARGE_METADATA, chargeReference));
    }

    private static RequestOptions on(String account) {
        return RequestOptions.builder().setStripeAccount(account).build();
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String url, String form) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
