package com.becflow.integrations.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local platform starts the Stripe sandbox only where nothing names a Stripe or an outside database. */
class LocalStripeSandboxTest {

    @TempDir
    Path dataDir;

    @Test
    void withNothingConfiguredTheSandboxStartsAndTheServerIsPointedAtIt() throws Exception {
        try (LocalPlatform platform = new LocalPlatform()) {
            Map<String, String> started = platform.apply(settings());

            assertThat(started).containsEntry("STRIPE_SECRET_KEY", LocalStripeSandbox.SECRET_KEY);
            assertThat(started.get("STRIPE_SECRET_KEY")).startsWith("sk_test_");
            assertThat(started.get("STRIPE_WEBHOOK_SECRET")).startsWith("whsec_").hasSizeGreaterThan(30);
            String apiBase = started.get("STRIPE_API_BASE");
            assertThat(apiBase).startsWith("http://127.0.0.1:");
            HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create(apiBase + "/v1/accounts")).header("Authorization", "Bearer " + LocalStripeSandbox.SECRET_KEY)
                    .POST(HttpRequest.BodyPublishers.ofString("type=standard"))
                    .header("Content-Type", "application/x-www-form-urlencoded").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.body()).contains("\"id\" : \"acct_");
        }
    }

    @Test
    void aConfiguredStripeKeyKeepsTheSandboxFromStarting() {
        Map<String, String> settings = settings();
        settings.put("STRIPE_SECRET_KEY", "sk_live_a_real_one");
        assertStartsNoSandbox(settings);
    }

    @Test
    void aConfiguredStripeAddressKeepsTheSandboxFromStarting() {
        Map<String, String> settings = settings();
        settings.put("STRIPE_API_BASE", "https://api.stripe.com");
        assertStartsNoSandbox(settings);
    }

    @Test
    void anOutsideDatabaseKeepsTheSandboxFromStarting() {
        Map<String, String> settings = settings();
        settings.put("DB_URL", "jdbc:postgresql://db.example.com/becflow");
        assertStartsNoSandbox(settings);
    }

    @Test
    void theSandboxStartsOnlyWhenAskedFor() {
        Map<String, String> settings = settings();
        settings.remove("start.payments");
        assertStartsNoSandbox(settings);
        assertThat(LocalStripeSandbox.wanted(settings())).isTrue();
    }

    private void assertStartsNoSandbox(Map<String, String> settings) {
        assertThat(LocalStripeSandbox.wanted(settings)).isFalse();
        try (LocalPlatform platform = new LocalPlatform()) {
            assertThat(platform.apply(settings)).doesNotContainKeys("STRIPE_SECRET_KEY", "STRIPE_API_BASE",
                    "STRIPE_WEBHOOK_SECRET");
        }
    }

    private Map<String, String> settings() {
        Map<String, String> settings = new HashMap<>();
        settings.put("BECFLOW_DATA_DIR", dataDir.toString());
        settings.put("BECFLOW_PUBLIC_URL", "http://127.0.0.1:1");
        settings.put("start.payments", "true");
        settings.put("BECFLOW_LOCAL_STRIPE_PORT", "0");
        return settings;
    }
}
