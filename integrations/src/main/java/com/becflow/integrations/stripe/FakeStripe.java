package com.becflow.integrations.stripe;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.becflow.invoicing.PaymentMethod;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.ConsoleNotifier;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A stateful Stripe on 127.0.0.1 for tests and for the local mode's Stripe sandbox: real HTTP that the unchanged stripe-java SDK (and a real browser)
 * talks to, with connected accounts, hosted checkout and onboarding pages, payments by card and bank debit,
 * cards saved on a setup page and charged later without the client ({@link FakeSavedMethods}), refunds, disputes, idempotency keys and signed webhook events, all as Stripe behaves and shaped like the
 * objects in Stripe's published fixtures.
 *
 * <p>Point the code under test at {@link #apiBase()} with any secret key (e.g. {@link #SECRET_KEY}) and
 * {@link #webhookSecret()}. Tests play the client, the bank and the card network through the controls here:
 * {@link #pay}, {@link #saveCard}, {@link #settleBankDebit}, {@link #completeOnboarding}, {@link #openDispute}, {@link #closeDispute}.
 * Each created object belongs to the connected account it was made on, so tests sharing one fake stay apart by
 * using their own accounts; the counters can be read per account.
 *
 * <p>Events are collected ({@link #events()}); after {@link #deliverTo(URI)} each new one is also posted,
 * signed, to that endpoint on a background thread, in order, after the request that caused it was answered
 * ({@link #awaitDeliveries(Duration)} waits for them).
 *
 * <p>As the sandbox ({@link #startSandbox}) it plays those parts itself, since nobody drives it: an onboarding
 * link completes as soon as it is opened, and a bank debit clears a while after the client started it. The hosted
 * checkout page takes Stripe's test cards in either role.
 *
 * <p>Built on Stripe's {@code fixtures3.json}, carried in this module's resources.
 */
public final class FakeStripe implements AutoCloseable {

    public static final String SECRET_KEY = "sk_test_becflow_fake";
    public static final String DEFAULT_WEBHOOK_SECRET = "whsec_becflow_fake_webhook_secret";

    /** A signed webhook body: post {@code payload} with header {@code Stripe-Signature: signatureHeader}. */
    public record SignedPayload(String payload, String signatureHeader) {
    }

    /** One attempt to post an event to the endpoint: its HTTP status, or 0 and the failure when none came. */
    public record Delivery(String eventId, String type, URI endpoint, int status, String failure) {

        public boolean succeeded() {
            return status >= 200 && status < 300;
        }
    }

    private final WireMockServer server;
    private final FakeStripeLedger ledger;
    private final FakeStripeApi api;
    private final WebhookDelivery webhooks;
    private final Duration bankDebitClearsAfter;
    private final ScheduledExecutorService bank;

    /**
     * @param port                 0 for any free one
     * @param bankDebitClearsAfter null: a bank debit stays processing until a test settles or fails it; else it
     *                             clears on its own this long after the client started it, and onboarding is instant
     */
    private FakeStripe(StripeFixtures fixtures, String webhookSecret, int port, Duration bankDebitClearsAfter) {
        this.webhooks = new WebhookDelivery(webhookSecret);
        this.ledger = new FakeStripeLedger(fixtures, this::apiBase, webhooks::endpoints, webhooks::published,
                bankDebitClearsAfter != null);
        this.bankDebitClearsAfter = bankDebitClearsAfter;
        this.bank = bankDebitClearsAfter == null ? null : Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "stripe-sandbox-bank");
            thread.setDaemon(true);
            return thread;
        });
        if (bank != null) {
            // Debits of saved bank accounts (autopay) clear in the sandbox within this much of being asked.
            long every = Math.max(1_000, bankDebitClearsAfter.toMillis());
            bank.scheduleWithFixedDelay(ledger::clearBankDebits, every, every, TimeUnit.MILLISECONDS);
        }
        this.api = new FakeStripeApi(ledger, bankDebitClearsAfter != null, this::bankDebitStarted);
        this.server = new WireMockServer(options()
                .bindAddress("127.0.0.1")
                .port(port)
                .disableRequestJournal()
                .gzipDisabled(true)
                .templatingEnabled(false)
                .notifier(new ConsoleNotifier(false))
                .extensions(api));
    }

    public static FakeStripe start() {
        return start(DEFAULT_WEBHOOK_SECRET);
    }

    public static FakeStripe start(String webhookSecret) {
        return start(new FakeStripe(StripeFixtures.load(), webhookSecret, 0, null));
    }

    /**
     * The local mode's Stripe sandbox on {@code port} (0: any free one): onboarding completes when its link is
     * opened, and a bank debit clears {@code bankDebitClearsAfter} after the client started it.
     */
    public static FakeStripe startSandbox(int port, String webhookSecret, Duration bankDebitClearsAfter) {
        if (bankDebitClearsAfter == null || bankDebitClearsAfter.isNegative()) {
            throw new IllegalArgumentException("A sandbox's bank debits clear after a time of zero or more");
        }
        return start(new FakeStripe(StripeFixtures.load(), webhookSecret, port, bankDebitClearsAfter));
    }

    private static FakeStripe start(FakeStripe stripe) {
        try {
            stripe.server.start();
            stripe.server.stubFor(any(anyUrl()).willReturn(aResponse().withTransformers(FakeStripeApi.NAME)));
        } catch (RuntimeException e) {
            stripe.close();
            throw e;
        }
        return stripe;
    }

    private void bankDebitStarted(String sessionId) {
        if (bank == null) {
            return;
        }
        bank.schedule(() -> {
            try {
                ledger.settleBankDebit(sessionId);
            } catch (IllegalStateException alreadyDecided) {
                // settled or failed by hand (settleBankDebit, failBankDebit) in the meantime
            }
        }, bankDebitClearsAfter.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Where the API and the hosted pages are: {@code http://127.0.0.1:PORT}. */
    public String apiBase() {
        return "http://127.0.0.1:" + server.port();
    }

    public int port() {
        return server.port();
    }

    public String webhookSecret() {
        return webhooks.secret();
    }

    /** The next request whose path starts with the prefix is carried out, but answered only after the delay. */
    public void delayNextResponse(String pathPrefix, Duration delay) {
        api.delayNext(pathPrefix, delay);
    }

    /** The next request whose path starts with the prefix gets this status and Stripe's error body; nothing is done. */
    public void failNext(String pathPrefix, int status) {
        api.failNext(pathPrefix, status);
    }

    /**
     * Pays a checkout session as the hosted page does; returns where the page redirects the client (the
     * session's success URL). Throws IllegalStateException, charging nothing, if the session is not open.
     */
    public String pay(String sessionId, PaymentMethod method) {
        return ledger.pay(sessionId, method);
    }

    /**
     * The client saves a card on a setup session's page (checkout in {@code mode=setup}), completing any
     * authentication it asks for; returns where the page sends them (the session's success URL). Throws
     * IllegalStateException, saving nothing, for a card Stripe refuses to save (e.g. 4000000000000002) or a session
     * that is not open.
     */
    public String saveCard(String sessionId, String cardNumber) {
        TestCards card = TestCards.byNumber(cardNumber)
                .orElseThrow(() -> new IllegalArgumentException(cardNumber + " is none of Stripe's test cards"));
        if (card.onSetupPage() == TestCards.Outcome.DECLINED) {
            throw new IllegalStateException("Card " + card.shown() + " is declined when saved: nothing was saved.");
        }
        return ledger.saveCard(sessionId, card);
    }

    /**
     * The client gives an IBAN and accepts the debit mandate on a setup session's page that offers SEPA Direct Debit;
     * returns where the page sends them. Throws IllegalArgumentException for an IBAN that is none of the test ones.
     */
    public String saveBankAccount(String sessionId, String iban) {
        TestBankAccounts bank = TestBankAccounts.byIban(iban)
                .orElseThrow(() -> new IllegalArgumentException(iban + " is none of Stripe's test IBANs"));
        return ledger.saveBankAccount(sessionId, bank);
    }

    /**
     * The bank answers every debit of a saved bank account still on its way: each clears or bounces as its test IBAN
     * does. Returns how many it answered.
     */
    public int clearBankDebits() {
        return ledger.clearBankDebits();
    }

    /** The bank debit of a completed session clears: paid, with {@code checkout.session.async_payment_succeeded}. */
    public void settleBankDebit(String sessionId) {
        ledger.settleBankDebit(sessionId);
    }

    /** The bank debit of a completed session bounces, with {@code checkout.session.async_payment_failed}. */
    public void failBankDebit(String sessionId) {
        ledger.failBankDebit(sessionId);
    }

    /** The freelancer finishes onboarding as on the page: charges enabled, {@code account.updated}. */
    public void completeOnboarding(String accountId) {
        ledger.accounts().completeOnboarding(accountId);
    }

    /** The client disputes a succeeded charge: {@code needs_response}, funds withdrawn. Returns the dispute id. */
    public String openDispute(String chargeId, String reason) {
        return ledger.reversals().openDispute(chargeId, reason);
    }

    /** The card network decides: won reinstates the funds, lost keeps them withdrawn. */
    public void closeDispute(String disputeId, boolean won) {
        ledger.reversals().closeDispute(disputeId, won);
    }

    /** Posts every event from now on to this endpoint; null stops delivery (events are still collected). */
    public void deliverTo(URI endpoint) {
        webhooks.deliverTo(endpoint);
    }

    /** Waits until every event emitted so far has been posted; false if that took longer than the timeout. */
    public boolean awaitDeliveries(Duration timeout) throws InterruptedException {
        return webhooks.awaitIdle(timeout);
    }

    public List<Delivery> deliveries() {
        return webhooks.deliveries();
    }

    public List<FakeStripeEvent> events() {
        return ledger.events();
    }

    public List<FakeStripeEvent> events(String accountId) {
        return ledger.events().stream().filter(e -> accountId.equals(e.accountId())).toList();
    }

    /** The event signed now, as Stripe would post it. */
    public SignedPayload signed(FakeStripeEvent event) {
        return sign(event.payload(), Instant.now());
    }

    /** The event signed as if sent at {@code at}, e.g. long ago for a stale signature. */
    public SignedPayload signed(FakeStripeEvent event, Instant at) {
        return sign(event.payload(), at);
    }

    /** Any payload signed with this fake's webhook secret, e.g. a hand-made or garbled one. */
    public SignedPayload sign(String payload, Instant at) {
        return webhooks.sign(payload, at.getEpochSecond());
    }

    /** Posts the event again, now, to the endpoint set by {@link #deliverTo(URI)}, and waits for the answer. */
    public Delivery redeliver(FakeStripeEvent event) {
        return webhooks.redeliver(event);
    }

    /** The object with this id as Stripe would return it now (any account). */
    public String object(String id) {
        return ledger.json(id).orElseThrow(() -> new IllegalArgumentException("FakeStripe has no object " + id));
    }

    public int checkoutSessionsCreated() {
        return ledger.sessionsCreated(null);
    }

    public int checkoutSessionsCreated(String accountId) {
        return ledger.sessionsCreated(accountId);
    }

    public int successfulCharges() {
        return ledger.successfulCharges(null);
    }

    public int successfulCharges(String accountId) {
        return ledger.successfulCharges(accountId);
    }

    public int refunds() {
        return ledger.refunds(null);
    }

    public int refunds(String accountId) {
        return ledger.refunds(accountId);
    }

    @Override
    public void close() {
        try {
            if (server.isRunning()) {
                server.stop();
            }
        } finally {
            if (bank != null) {
                bank.shutdownNow();
            }
            webhooks.close();
        }
    }
}
