package com.becflow.integrations.stripe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.becflow.invoicing.PaymentMethod;
import com.becflow.invoicing.payments.InvalidNotification;
import com.becflow.invoicing.payments.PaymentGateway.Checkout;
import com.becflow.invoicing.payments.PaymentGateway.CheckoutRequest;
import com.becflow.invoicing.payments.PaymentGateway.CheckoutState;
import com.becflow.invoicing.payments.PaymentGateway.ConnectedAccount;
import com.becflow.invoicing.payments.PaymentGateway.Dispute;
import com.becflow.invoicing.payments.PaymentGateway.DisputeState;
import com.becflow.invoicing.payments.PaymentGateway.ProviderEvent;
import com.becflow.invoicing.payments.PaymentGateway.Refund;
import com.becflow.invoicing.payments.PaymentGateway.RefundState;
import com.becflow.invoicing.payments.PaymentOutcomeUnknown;
import com.becflow.invoicing.payments.PaymentRefused;
import com.becflow.shared.money.Money;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The real adapter against the fake Stripe over HTTP; each test works on its own connected account. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StripePaymentsTest {

    private static final String SUCCESS_URL = "https://becflow.test/pay/done?session={CHECKOUT_SESSION_ID}";
    private static final String CANCEL_URL = "https://becflow.test/pay/cancelled";

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private FakeStripe stripe;
    private StripePayments payments;

    @BeforeAll
    void startFakeStripe() {
        stripe = FakeStripe.start();
        payments = paymentsTimingOutAfter(Duration.ofSeconds(5));
    }

    @AfterAll
    void stopFakeStripe() {
        if (stripe != null) {
            stripe.close();
        }
    }

    @Test
    void anAccountCanTakePaymentsOnceItsOwnerFinishedOnboarding() throws Exception {
        ConnectedAccount created = payments.createAccount("ada@example.com", "Ada Design", newKey());
        assertThat(created.id()).startsWith("acct_");
        assertThat(created.chargesEnabled()).isFalse();
        assertThat(created.displayName()).isEqualTo("Ada Design");

        String link = payments.onboardingLink(created.id(), "https://becflow.test/stripe/back",
                "https://becflow.test/stripe/again");
        assertThat(link).startsWith(stripe.apiBase() + "/connect/onboard/" + created.id());
        HttpResponse<String> page = get(link);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"complete-onboarding\"");
        assertThat(post(link).headers().firstValue("Location")).hasValue("https://becflow.test/stripe/back");

        ConnectedAccount onboarded = payments.account(created.id());
        assertThat(onboarded.chargesEnabled()).isTrue();
        assertThat(onboarded.detailsSubmitted()).isTrue();
        assertThat(stripe.events(created.id())).extracting(FakeStripeEvent::type).containsExactly("account.updated");
        assertThat(post(link).headers().firstValue("Location")).hasValue("https://becflow.test/stripe/again");
    }

    @Test
    void theSameKeyCreatesOneAccount() {
        String key = newKey();
        ConnectedAccount first = payments.createAccount("bo@example.com", "Bo Studio", key);
        ConnectedAccount again = payments.createAccount("bo@example.com", "Bo Studio", key);
        assertThat(again.id()).isEqualTo(first.id());
    }

    @Test
    void aCheckoutPaidByCardIsCompleteAndPaid() throws Exception {
        String account = onboardedAccount();
        Checkout opened = payments.openCheckout(account, request(Money.of("12.34", "EUR")), newKey());
        assertThat(opened.state()).isEqualTo(CheckoutState.OPEN);
        assertThat(opened.paid()).isFalse();
        assertThat(opened.url()).isEqualTo(stripe.apiBase() + "/pay/" + opened.id());
        assertThat(opened.reference()).containsEntry("invoice", "INV-7");
        assertThat(get(opened.url()).body()).contains("Invoice INV-7", "12.34 EUR", "id=\"pay-card\"",
                "id=\"pay-bank-debit\"", "id=\"cancel\"");

        String redirect = stripe.pay(opened.id(), PaymentMethod.CARD);

        assertThat(redirect).isEqualTo("https://becflow.test/pay/done?session=" + opened.id());
        Checkout paid = payments.checkout(account, opened.id());
        assertThat(paid.state()).isEqualTo(CheckoutState.COMPLETE);
        assertThat(paid.paid()).isTrue();
        assertThat(paid.amount().isSameAs(Money.of("12.34", "EUR"))).isTrue();
        assertThat(paid.paymentReference()).startsWith("pi_");
        assertThat(paid.chargeReference()).startsWith("ch_");
        assertThat(paid.method()).isEqualTo(PaymentMethod.CARD);
        assertThat(paid.reference()).containsEntry("invoice", "INV-7");
        assertThat(stripe.successfulCharges(account)).isEqualTo(1);
        assertThat(json(stripe.object(paid.paymentReference())).path("metadata").path("invoice").asText())
                .isEqualTo("INV-7");
        assertThat(stripe.events(account)).extracting(FakeStripeEvent::type)
                .endsWith("charge.succeeded", "payment_intent.succeeded", "checkout.session.completed");
    }

    @Test
    void theHostedPageChargesOnceAndRedirectsToTheSuccessUrl() throws Exception {
        String account = onboardedAccount();
        Checkout opened = payments.openCheckout(account, request(Money.of("80.00", "EUR")), newKey());

        HttpResponse<String> paid = post(stripe.apiBase() + "/pay/" + opened.id() + "/card");
        HttpResponse<String> again = post(stripe.apiBase() + "/pay/" + opened.id() + "/card");

        assertThat(paid.statusCode()).isEqualTo(303);
        assertThat(paid.headers().firstValue("Location")).hasValue("https://becflow.test/pay/done?session=" + opened.id());
        assertThat(again.body()).contains("id=\"message\"").doesNotContain("pay-card");
        assertThatThrownBy(() -> stripe.pay(opened.id(), PaymentMethod.CARD)).isInstanceOf(IllegalStateException.class);
        assertThat(stripe.successfulCharges(account)).isEqualTo(1);
    }

    @Test
    void aRetryWithTheSameKeyGivesTheSameCheckout() {
        String account = onboardedAccount();
        String key = newKey();
        Checkout first = payments.openCheckout(account, request(Money.of("10.00", "EUR")), key);
        Checkout again = payments.openCheckout(account, request(Money.of("10.00", "EUR")), key);
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(stripe.checkoutSessionsCreated(account)).isEqualTo(1);
    }

    @Test
    void aUsedKeyWithOtherParametersIsRefused() {
        String account = onboardedAccount();
        String key = newKey();
        payments.openCheckout(account, request(Money.of("10.00", "EUR")), key);
        assertThatThrownBy(() -> payments.openCheckout(account, request(Money.of("11.00", "EUR")), key))
                .isInstanceOf(PaymentRefused.class).hasMessageContaining("same parameters");
        assertThat(stripe.checkoutSessionsCreated(account)).isEqualTo(1);
    }

    @Test
    void anAnswerLostAfterSuccessIsUnknownAndTheRetryFindsTheSameCheckout() {
        String account = onboardedAccount();
        StripePayments impatient = paymentsTimingOutAfter(Duration.ofMillis(500));
        String key = newKey();
        stripe.delayNextResponse("/v1/checkout/sessions", Duration.ofMillis(1500));

        assertThatThrownBy(() -> impatient.openCheckout(account, request(Money.of("10.00", "EUR")), key))
                .isInstanceOf(PaymentOutcomeUnknown.class);
        assertThat(stripe.checkoutSessionsCreated(account)).isEqualTo(1);

        Checkout retried = impatient.openCheckout(account, request(Money.of("10.00", "EUR")), key);
        Checkout retriedAgain = impatient.openCheckout(account, request(Money.of("10.00", "EUR")), key);
        assertThat(retriedAgain.id()).isEqualTo(retried.id());
        assertThat(stripe.checkoutSessionsCreated(account)).isEqualTo(1);
    }

    @Test
    void aCheckoutWhoseAnswerWasLostIsFoundByTheAttemptItWasOpenedFor() {
        String account = onboardedAccount();
        StripePayments impatient = paymentsTimingOutAfter(Duration.ofMillis(500));
        Instant before = Instant.now().minusSeconds(5);
        stripe.delayNextResponse("/v1/checkout/sessions", Duration.ofMillis(1500));
        CheckoutRequest forAttempt = new CheckoutRequest(Money.of("25.00", "EUR"), "Invoice INV-8", "client@example.com",
                SUCCESS_URL, CANCEL_URL, Map.of("becflow_attempt", "attempt-42"), Instant.now().plus(Duration.ofHours(1)));
        assertThatThrownBy(() -> impatient.openCheckout(account, forAttempt, newKey()))
                .isInstanceOf(PaymentOutcomeUnknown.class);
        payments.openCheckout(account, request(Money.of("9.00", "EUR")), newKey());

        Optional<Checkout> found = payments.findCheckout(account, "attempt-42", before);
        assertThat(found).get().satisfies(c -> {
            assertThat(c.amount()).isEqualTo(Money.of("25.00", "EUR"));
            assertThat(c.reference()).containsEntry("becflow_attempt", "attempt-42");
        });
        assertThat(payments.findCheckout(account, "attempt-43", before)).isEmpty();
        assertThat(payments.findCheckout(account, "attempt-42", Instant.now().plusSeconds(60))).isEmpty();
    }

    @Test
    void serverErrorsConflictsAndRateLimitsLeaveTheOutcomeUnknown() {
        String account = onboardedAccount();
        for (int status : List.of(500, 503, 409, 429)) {
            stripe.failNext("/v1/checkout/sessions", status);
            assertThatThrownBy(() -> payments.openCheckout(account, request(Money.of("10.00", "EUR")), newKey()))
                    .as("HTTP %d", status).isInstanceOf(PaymentOutcomeUnknown.class);
        }
        assertThat(stripe.checkoutSessionsCreated(account)).isZero();
    }

    @Test
    void aRefusedConnectionLeavesTheOutcomeUnknown() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        StripePayments unreachable = new StripePayments(FakeStripe.SECRET_KEY, "http://127.0.0.1:" + closedPort,
                stripe.webhookSecret(), Duration.ofMillis(500));
        assertThatThrownBy(() -> unreachable.createAccount("x@example.com", "X", newKey()))
                .isInstanceOf(PaymentOutcomeUnknown.class);
    }

    @Test
    void clientErrorsAreRefusals() {
        String account = onboardedAccount();
        for (int status : List.of(400, 401, 402, 403, 404)) {
            stripe.failNext("/v1/checkout/sessions", status);
            assertThatThrownBy(() -> payments.openCheckout(account, request(Money.of("10.00", "EUR")), newKey()))
                    .as("HTTP %d", status).isInstanceOf(PaymentRefused.class);
        }
        assertThatThrownBy(() -> payments.checkout(account, "cs_test_missing")).isInstanceOf(PaymentRefused.class);
        assertThatThrownBy(() -> payments.account("acct_missing")).isInstanceOf(PaymentRefused.class);
    }

    @Test
    void anotherAccountsCheckoutCannotBeRead() {
        String mine = onboardedAccount();
        String theirs = onboardedAccount();
        Checkout opened = payments.openCheckout(mine, request(Money.of("10.00", "EUR")), newKey());
        assertThatThrownBy(() -> payments.checkout(theirs, opened.id())).isInstanceOf(PaymentRefused.class);
    }

    @Test
    void amountsReachStripeInItsMinorUnits() throws Exception {
        String account = onboardedAccount();
        assertThat(amountTotalSentFor(account, Money.of("12.34", "EUR"))).isEqualTo(1234);
        assertThat(amountTotalSentFor(account, Money.of("1200", "JPY"))).isEqualTo(1200);
        assertThat(amountTotalSentFor(account, Money.of("1.230", "BHD"))).isEqualTo(1230);
        assertThatThrownBy(() -> payments.openCheckout(account, request(Money.of("1.234", "BHD")), newKey()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(stripe.checkoutSessionsCreated(account)).isEqualTo(3);
        Checkout yen = payments.openCheckout(account, request(Money.of("1200", "JPY")), newKey());
        assertThat(yen.amount()).isEqualTo(Money.of("1200", "JPY"));
    }

    @Test
    void eachCurrencyOffersItsOwnBankDebitAndCanadianDollarsOnlyCards() throws Exception {
        String account = onboardedAccount();
        assertThat(methodTypesOffered(account, Money.of("10.00", "EUR"))).containsExactly("card", "sepa_debit");
        assertThat(methodTypesOffered(account, Money.of("10.00", "USD"))).containsExactly("card", "us_bank_account");
        assertThat(methodTypesOffered(account, Money.of("10.00", "GBP"))).containsExactly("card", "bacs_debit");
        assertThat(methodTypesOffered(account, Money.of("10.00", "AUD"))).containsExactly("card", "au_becs_debit");
        assertThat(methodTypesOffered(account, Money.of("10.00", "CAD"))).containsExactly("card");
        Checkout canadian = payments.openCheckout(account, request(Money.of("10.00", "CAD")), newKey());
        assertThat(get(canadian.url()).body()).contains("pay-card").doesNotContain("pay-bank-debit");
    }

    @Test
    void aBankDebitCompletesUnpaidAndIsPaidOnceItSettles() {
        String account = onboardedAccount();
        Checkout opened = payments.openCheckout(account, request(Money.of("250.00", "EUR")), newKey());

        stripe.pay(opened.id(), PaymentMethod.BANK_DEBIT);

        Checkout processing = payments.checkout(account, opened.id());
        assertThat(processing.state()).isEqualTo(CheckoutState.COMPLETE);
        assertThat(processing.paid()).isFalse();
        assertThat(processing.method()).isEqualTo(PaymentMethod.BANK_DEBIT);
        assertThat(processing.chargeReference()).startsWith("ch_");
        assertThat(stripe.successfulCharges(account)).isZero();

        stripe.settleBankDebit(opened.id());

        Checkout settled = payments.checkout(account, opened.id());
        assertThat(settled.paid()).isTrue();
        assertThat(settled.paymentReference()).isEqualTo(processing.paymentReference());
        assertThat(stripe.successfulCharges(account)).isEqualTo(1);
        assertThat(stripe.events(account)).extracting(FakeStripeEvent::type)
                .contains("checkout.session.completed", "checkout.session.async_payment_succeeded",
                        "payment_intent.succeeded");
    }

    @Test
    void anExpiredCheckoutCannotBePaidAndACompletedOneStaysComplete() {
        String account = onboardedAccount();
        Checkout abandoned = payments.openCheckout(account, request(Money.of("10.00", "EUR")), newKey());
        Checkout paid = payments.openCheckout(account, request(Money.of("20.00", "EUR")), newKey());
        stripe.pay(paid.id(), PaymentMethod.CARD);

        assertThat(payments.expireCheckout(account, abandoned.id()).state()).isEqualTo(CheckoutState.EXPIRED);
        assertThat(payments.expireCheckout(account, abandoned.id()).state()).isEqualTo(CheckoutState.EXPIRED);
        Checkout stillPaid = payments.expireCheckout(account, paid.id());

        assertThat(stillPaid.state()).isEqualTo(CheckoutState.COMPLETE);
        assertThat(stillPaid.paid()).isTrue();
        assertThatThrownBy(() -> stripe.pay(abandoned.id(), PaymentMethod.CARD)).isInstanceOf(IllegalStateException.class);
        assertThat(stripe.successfulCharges(account)).isEqualTo(1);
    }

    @Test
    void refundsReturnPartOrAllOfAPaymentButNeverMore() {
        String account = onboardedAccount();
        Checkout paid = paidByCard(account, Money.of("12.34", "EUR"));
        String key = newKey();

        Refund part = payments.refund(account, paid.paymentReference(), Money.of("2.34", "EUR"), key, "attempt-" + key);
        Refund partAgain = payments.refund(account, paid.paymentReference(), Money.of("2.34", "EUR"), key, "attempt-" + key);
        assertThatThrownBy(() -> payments.refund(account, paid.paymentReference(), Money.of("10.01", "EUR"), newKey(), "attempt-" + newKey()))
                .isInstanceOf(PaymentRefused.class).hasMessageContaining("greater than unrefunded");
        Refund rest = payments.refund(account, paid.paymentReference(), Money.of("10.00", "EUR"), newKey(), "attempt-" + newKey());

        assertThat(part.state()).isEqualTo(RefundState.SUCCEEDED);
        assertThat(part.amount()).isEqualTo(Money.of("2.34", "EUR"));
        assertThat(part.paymentReference()).isEqualTo(paid.paymentReference());
        assertThat(partAgain.id()).isEqualTo(part.id());
        assertThat(rest.amount()).isEqualTo(Money.of("10.00", "EUR"));
        assertThat(payments.refundState(account, rest.id()).state()).isEqualTo(RefundState.SUCCEEDED);
        assertThat(stripe.refunds(account)).isEqualTo(2);
        assertThat(json(stripe.object(paid.chargeReference())).path("amount_refunded").asLong()).isEqualTo(1234);
        assertThatThrownBy(() -> payments.refund(account, paid.paymentReference(), Money.of("0.01", "EUR"), newKey(), "attempt-" + newKey()))
                .isInstanceOf(PaymentRefused.class);
    }

    @Test
    void aRefundIsFoundAgainByTheAttemptItWasMadeForLongAfterItsAnswerWasLost() {
        String account = onboardedAccount();
        Checkout paid = paidByCard(account, Money.of("50.00", "EUR"));
        Refund made = payments.refund(account, paid.paymentReference(), Money.of("20.00", "EUR"), newKey(), "attempt-7");
        payments.refund(account, paid.paymentReference(), Money.of("5.00", "EUR"), newKey(), "attempt-8");

        assertThat(payments.findRefund(account, paid.paymentReference(), "attempt-7")).map(Refund::id).hasValue(made.id());
        assertThat(payments.findRefund(account, paid.chargeReference(), "attempt-7")).map(Refund::id).hasValue(made.id());
        assertThat(payments.findRefund(account, paid.paymentReference(), "attempt-9")).isEmpty();
        assertThat(json(stripe.object(made.id())).path("metadata").path("becflow_attempt").asText()).isEqualTo("attempt-7");
    }

    @Test
    void aCheckoutTakesNoPaymentAfterItsExpiryAndAnExpiryOutsideStripesBoundsIsRefused() {
        String account = onboardedAccount();
        Instant inAnHour = Instant.now().plus(Duration.ofHours(1));
        Checkout checkout = payments.openCheckout(account, request(Money.of("8.00", "EUR"), inAnHour), newKey());

        assertThat(json(stripe.object(checkout.id())).path("expires_at").asLong()).isEqualTo(inAnHour.getEpochSecond());
        assertThatThrownBy(() -> payments.openCheckout(account, request(Money.of("8.00", "EUR"),
                Instant.now().plus(Duration.ofHours(25))), newKey())).isInstanceOf(PaymentRefused.class)
                .hasMessageContaining("24 hours");
        assertThatThrownBy(() -> payments.openCheckout(account, request(Money.of("8.00", "EUR"),
                Instant.now().plus(Duration.ofMinutes(5))), newKey())).isInstanceOf(PaymentRefused.class)
                .hasMessageContaining("30 minutes");
    }

    @Test
    void stripesEventNamesBecomeBecflowsKindsOfEvent() {
        assertThat(StripeEvents.kind("account.updated", "account")).isEqualTo(ProviderEvent.Kind.ACCOUNT_CHANGED);
        assertThat(StripeEvents.kind("checkout.session.completed", "checkout.session"))
                .isEqualTo(ProviderEvent.Kind.CHECKOUT_CHANGED);
        assertThat(StripeEvents.kind("checkout.session.expired", "checkout.session"))
                .isEqualTo(ProviderEvent.Kind.CHECKOUT_CHANGED);
        assertThat(StripeEvents.kind("checkout.session.async_payment_failed", "checkout.session"))
                .isEqualTo(ProviderEvent.Kind.CHECKOUT_PAYMENT_FAILED);
        assertThat(StripeEvents.kind("refund.updated", "refund")).isEqualTo(ProviderEvent.Kind.REFUND_CHANGED);
        assertThat(StripeEvents.kind("charge.dispute.closed", "dispute")).isEqualTo(ProviderEvent.Kind.DISPUTE_CHANGED);
        assertThat(StripeEvents.kind("charge.refunded", "charge")).isEqualTo(ProviderEvent.Kind.OTHER);
        assertThat(StripeEvents.kind("payment_intent.succeeded", "payment_intent")).isEqualTo(ProviderEvent.Kind.OTHER);
    }

    @Test
    void aRefundInAnotherCurrencyThanThePaymentIsRefusedBeforeStripe() {
        String account = onboardedAccount();
        Checkout paid = paidByCard(account, Money.of("12.34", "EUR"));
        assertThatThrownBy(() -> payments.refund(account, paid.paymentReference(), Money.of("5", "JPY"), newKey(), "attempt-" + newKey()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(stripe.refunds(account)).isZero();
    }

    @Test
    void aDisputeWithdrawsTheFundsAndAWonDisputeReinstatesThem() {
        String account = onboardedAccount();
        Checkout won = paidByCard(account, Money.of("40.00", "EUR"));
        Checkout lost = paidByCard(account, Money.of("15.00", "EUR"));

        String wonDispute = stripe.openDispute(won.chargeReference(), "fraudulent");
        Dispute open = payments.dispute(account, wonDispute);
        assertThat(open.state()).isEqualTo(DisputeState.OPEN);
        assertThat(open.reason()).isEqualTo("fraudulent");
        assertThat(open.chargeReference()).isEqualTo(won.chargeReference());
        assertThat(open.paymentReference()).isEqualTo(won.paymentReference());
        assertThat(open.fundsWithdrawn()).isEqualTo(Money.of("40.00", "EUR"));
        assertThat(open.fundsReinstated().isSameAs(Money.zero(open.amount().currency()))).isTrue();

        stripe.closeDispute(wonDispute, true);
        String lostDispute = stripe.openDispute(lost.chargeReference(), "product_not_received");
        stripe.closeDispute(lostDispute, false);

        Dispute closedWon = payments.dispute(account, wonDispute);
        Dispute closedLost = payments.dispute(account, lostDispute);
        assertThat(closedWon.state()).isEqualTo(DisputeState.WON);
        assertThat(closedWon.fundsReinstated()).isEqualTo(Money.of("40.00", "EUR"));
        assertThat(closedLost.state()).isEqualTo(DisputeState.LOST);
        assertThat(closedLost.fundsWithdrawn()).isEqualTo(Money.of("15.00", "EUR"));
        assertThat(closedLost.fundsReinstated().amount()).isZero();
        assertThat(stripe.events(account)).extracting(FakeStripeEvent::type).contains("charge.dispute.created",
                "charge.dispute.funds_withdrawn", "charge.dispute.closed", "charge.dispute.funds_reinstated");
    }

    @Test
    void aGenuineEventIsVerified() {
        String account = onboardedAccount();
        Checkout paid = paidByCard(account, Money.of("12.34", "EUR"));
        FakeStripeEvent completed = event(account, "checkout.session.completed");
        FakeStripe.SignedPayload signed = stripe.signed(completed);

        ProviderEvent notification = payments.verify(signed.payload(), signed.signatureHeader());

        assertThat(notification.id()).isEqualTo(completed.id());
        assertThat(notification.kind()).isEqualTo(ProviderEvent.Kind.CHECKOUT_CHANGED);
        assertThat(notification.providerType()).isEqualTo("checkout.session.completed");
        assertThat(notification.accountId()).isEqualTo(account);
        assertThat(notification.objectId()).isEqualTo(paid.id());
        assertThat(notification.created()).isNotNull();

        FakeStripe.SignedPayload charge = stripe.signed(event(account, "charge.succeeded"));
        ProviderEvent chargeNotification = payments.verify(charge.payload(), charge.signatureHeader());
        assertThat(chargeNotification.objectId()).isEqualTo(paid.chargeReference());
        assertThat(chargeNotification.kind()).isEqualTo(ProviderEvent.Kind.OTHER);
    }

    @Test
    void anEventRenderedForAnotherApiVersionIsStillRead() {
        String payload = """
                {"id": "evt_old", "object": "event", "account": "acct_old", "api_version": "2019-02-19",
                 "created": %d, "type": "checkout.session.completed", "livemode": false, "pending_webhooks": 1,
                 "data": {"object": {"id": "cs_old", "object": "checkout.session", "display_items": [{"amount": "x"}],
                                     "payment_intent": {"unexpected": true}, "amount_total": "not a number"}}}
                """.formatted(Instant.now().getEpochSecond());
        FakeStripe.SignedPayload signed = stripe.sign(payload, Instant.now());

        ProviderEvent notification = payments.verify(signed.payload(), signed.signatureHeader());

        assertThat(notification.objectId()).isEqualTo("cs_old");
        assertThat(notification.accountId()).isEqualTo("acct_old");
    }

    @Test
    void forgedTamperedStaleOrUnreadableEventsAreInvalid() {
        String account = onboardedAccount();
        paidByCard(account, Money.of("12.34", "EUR"));
        FakeStripeEvent completed = event(account, "checkout.session.completed");
        FakeStripe.SignedPayload genuine = stripe.signed(completed);
        StripePayments otherSecret = new StripePayments(FakeStripe.SECRET_KEY, stripe.apiBase(), "whsec_someone_else",
                Duration.ofSeconds(5));
        FakeStripe.SignedPayload stale = stripe.signed(completed, Instant.now().minusSeconds(301));
        FakeStripe.SignedPayload garbled = stripe.sign("{not json", Instant.now());
        FakeStripe.SignedPayload noObject = stripe.sign("{\"id\": \"evt_1\", \"type\": \"x\"}", Instant.now());

        assertInvalid(() -> otherSecret.verify(genuine.payload(), genuine.signatureHeader()));
        assertInvalid(() -> payments.verify(genuine.payload().replace("1234", "1"), genuine.signatureHeader()));
        assertInvalid(() -> payments.verify(stale.payload(), stale.signatureHeader()));
        assertInvalid(() -> payments.verify(genuine.payload(), null));
        assertInvalid(() -> payments.verify(genuine.payload(), ""));
        assertInvalid(() -> payments.verify(genuine.payload(), "t=abc,v1=nonsense"));
        assertInvalid(() -> payments.verify(garbled.payload(), garbled.signatureHeader()));
        assertInvalid(() -> payments.verify(noObject.payload(), noObject.signatureHeader()));
    }

    @Test
    void eventsArePostedSignedToTheWebhookEndpoint() throws Exception {
        List<ProviderEvent> received = new CopyOnWriteArrayList<>();
        HttpServer endpoint = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        endpoint.createContext("/stripe/events", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            int status;
            try {
                received.add(payments.verify(body, exchange.getRequestHeaders().getFirst("Stripe-Signature")));
                status = 200;
            } catch (InvalidNotification e) {
                status = 400;
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        endpoint.start();
        try {
            String account = onboardedAccount();
            stripe.deliverTo(URI.create("http://127.0.0.1:" + endpoint.getAddress().getPort() + "/stripe/events"));
            Checkout paid = paidByCard(account, Money.of("9.99", "EUR"));
            assertThat(stripe.awaitDeliveries(Duration.ofSeconds(5))).isTrue();

            assertThat(received).extracting(ProviderEvent::providerType)
                    .containsExactly("charge.succeeded", "payment_intent.succeeded", "checkout.session.completed");
            assertThat(received).extracting(ProviderEvent::kind).containsExactly(ProviderEvent.Kind.OTHER,
                    ProviderEvent.Kind.OTHER, ProviderEvent.Kind.CHECKOUT_CHANGED);
            assertThat(received.get(2).objectId()).isEqualTo(paid.id());
            assertThat(stripe.deliveries()).allMatch(FakeStripe.Delivery::succeeded);
            assertThat(json(event(account, "charge.succeeded").payload()).path("pending_webhooks").asInt()).isEqualTo(1);

            FakeStripe.Delivery again = stripe.redeliver(event(account, "checkout.session.completed"));
            assertThat(again.status()).isEqualTo(200);
            assertThat(received).hasSize(4);
        } finally {
            stripe.deliverTo(null);
            endpoint.stop(0);
        }
    }

    @Test
    void withoutAKeyStripeIsNotConfiguredAndEveryCallSaysSo() {
        StripePayments unconfigured = new StripePayments(" ", "https://api.stripe.com", null, Duration.ofSeconds(1));
        assertThat(unconfigured.configured()).isFalse();
        assertThat(payments.configured()).isTrue();
        assertThatThrownBy(() -> unconfigured.createAccount("a@example.com", "A", newKey()))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> unconfigured.checkout("acct_1", "cs_1")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> unconfigured.expireCheckout("acct_1", "cs_1")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> unconfigured.verify("{}", "t=1,v1=00")).isInstanceOf(IllegalStateException.class);
    }

    private StripePayments paymentsTimingOutAfter(Duration timeout) {
        return new StripePayments(FakeStripe.SECRET_KEY, stripe.apiBase(), stripe.webhookSecret(), timeout);
    }

    private String onboardedAccount() {
        ConnectedAccount account = payments.createAccount("owner@example.com", "Studio " + newKey(), newKey());
        stripe.completeOnboarding(account.id());
        return account.id();
    }

    private Checkout paidByCard(String account, Money amount) {
        Checkout opened = payments.openCheckout(account, request(amount), newKey());
        stripe.pay(opened.id(), PaymentMethod.CARD);
        return payments.checkout(account, opened.id());
    }

    private long amountTotalSentFor(String account, Money amount) {
        Checkout opened = payments.openCheckout(account, request(amount), newKey());
        return json(stripe.object(opened.id())).path("amount_total").asLong();
    }

    private List<String> methodTypesOffered(String account, Money amount) {
        Checkout opened = payments.openCheckout(account, request(amount), newKey());
        return json.convertValue(json(stripe.object(opened.id())).path("payment_method_types"),
                json.getTypeFactory().constructCollectionType(List.class, String.class));
    }

    private FakeStripeEvent event(String account, String type) {
        return stripe.events(account).stream().filter(e -> e.type().equals(type)).reduce((first, last) -> last)
                .orElseThrow(() -> new AssertionError("No " + type + " event on " + account));
    }

    /** One expiry for the whole run: a retry with the same idempotency key must send the very same request. */
    private static final Instant EXPIRES = Instant.now().plus(Duration.ofHours(2));

    private static CheckoutRequest request(Money amount) {
        return request(amount, EXPIRES);
    }

    private static CheckoutRequest request(Money amount, Instant expiresAt) {
        return new CheckoutRequest(amount, "Invoice INV-7", "client@example.com", SUCCESS_URL, CANCEL_URL,
                Map.of("tenant", "t-1", "invoice", "INV-7"), expiresAt);
    }

    private static void assertInvalid(org.assertj.core.api.ThrowableAssert.ThrowingCallable verification) {
        assertThatThrownBy(verification).isInstanceOf(InvalidNotification.class);
    }

    private JsonNode json(String text) {
        try {
            return json.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String url) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(URI.create(url)).POST(HttpRequest.BodyPublishers.noBody())
                .header("Content-Type", "application/x-www-form-urlencoded").build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String newKey() {
        return UUID.randomUUID().toString();
    }
}
