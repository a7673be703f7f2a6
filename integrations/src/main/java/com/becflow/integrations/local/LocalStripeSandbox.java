package com.becflow.integrations.local;

import com.becflow.integrations.stripe.FakeStripe;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;

/**
 * The local mode's Stripe: the fake Stripe the tests use ({@link FakeStripe}), run as a service on 127.0.0.1 so
 * that a freelancer trying Becflow without a Stripe account can connect a test account in one click and their
 * clients can pay on a test checkout page. Its webhook events are signed with a secret made at each start and
 * posted to the server's own endpoint, as Stripe posts them.
 *
 * <p>It starts only where nothing names a Stripe: never with a Stripe key or API address configured, and never
 * with an outside database (external mode), so a deployment can never take test payments for real ones.
 */
public final class LocalStripeSandbox {

    /** A test-mode key ({@code sk_test_}), so everything the sandbox touches says "test mode". */
    public static final String SECRET_KEY = "sk_test_becflow_local_sandbox";
    public static final int DEFAULT_PORT = 12111;
    public static final Duration DEFAULT_BANK_DEBIT_CLEARS_AFTER = Duration.ofSeconds(60);

    private LocalStripeSandbox() {
    }

    /**
     * Whether the sandbox may start under these settings: it was asked for ({@code start.payments}), and none of
     * {@code STRIPE_SECRET_KEY}, {@code STRIPE_API_BASE} or {@code DB_URL} (an outside database: external mode)
     * is configured.
     */
    public static boolean wanted(Map<String, String> settings) {
        return Boolean.parseBoolean(settings.getOrDefault("start.payments", "false"))
                && blank(settings.get("STRIPE_SECRET_KEY")) && blank(settings.get("STRIPE_API_BASE"))
                && blank(settings.get("DB_URL"));
    }

    /** Starts the sandbox, delivering its events to {@code <publicUrl>/api/webhooks/stripe}. */
    static FakeStripe start(String publicUrl, int port, Duration bankDebitClearsAfter) {
        FakeStripe stripe = FakeStripe.startSandbox(port, newWebhookSecret(), bankDebitClearsAfter);
        stripe.deliverTo(URI.create(publicUrl.replaceAll("/+$", "") + "/api/webhooks/stripe"));
        return stripe;
    }

    /** The settings that point the server at a started sandbox. */
    static Map<String, String> settingsFor(FakeStripe stripe) {
        return Map.of("STRIPE_SECRET_KEY", SECRET_KEY, "STRIPE_API_BASE", stripe.apiBase(),
                "STRIPE_WEBHOOK_SECRET", stripe.webhookSecret());
    }

    private static String newWebhookSecret() {
        byte[] secret = new byte[24];
        new SecureRandom().nextBytes(secret);
        return "whsec_" + HexFormat.of().formatHex(secret);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
