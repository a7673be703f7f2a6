package com.becflow.it.api;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.becflow.it.FromAddress;
import com.becflow.it.RunningServer;
import com.becflow.it.ServerProcess;
import com.becflow.it.TestPlatform;
import com.becflow.it.browser.TestBrowser;
import com.becflow.portal.PortalLinkToken;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The limits per client address and overall, on a server of its own with low limits and a database of its own (the
 * counters live in the database, so the shared servers' traffic must not count here). Clients send from several
 * loopback addresses (127.0.0.2, 127.0.0.3, …: on Linux all of 127.0.0.0/8 is this machine), so the server tells them
 * apart by the connection alone, trusting no header; the browser is 127.0.0.1.
 */
class RateLimitsIT {

    private static final int SIGNUPS_PER_ADDRESS = 2;
    private static final int SIGNUPS_OVERALL = 6;
    private static final int PORTAL_PER_ADDRESS = 12;

    private static ServerProcess server;
    private static String databaseUrl;

    @BeforeAll
    static void startServerWithLowLimits() throws Exception {
        Map<String, String> platform = RunningServer.settings();
        databaseUrl = ServersOfTheirOwn.createDatabase("rate_limits");
        Map<String, String> settings = new HashMap<>(platform);
        settings.put("DB_URL", databaseUrl);
        settings.put("BECFLOW_RATE_SIGNUP_ADDRESS", SIGNUPS_PER_ADDRESS + "/1h");
        settings.put("BECFLOW_RATE_SIGNUP_GLOBAL", SIGNUPS_OVERALL + "/1h");
        settings.put("BECFLOW_RATE_PORTAL_ADDRESS", PORTAL_PER_ADDRESS + "/10m");
        settings.put("BECFLOW_JOB_DASHBOARD_PORT", String.valueOf(TestPlatform.freePort()));
        // Start-up is most of this test's time: a JVM that compiles little (C1 only).
        settings.put("JAVA_TOOL_OPTIONS", "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC");
        int port = TestPlatform.freePort();
        settings.put("BECFLOW_PUBLIC_URL", "http://127.0.0.1:" + port);
        server = ServerProcess.start(settings, Path.of(System.getProperty("becflow.it.dataDir")).toAbsolutePath()
                .resolve("rate-limits-server"), port, "server.log");
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (server != null) {
            server.stop();
        }
        ServersOfTheirOwn.dropDatabase(databaseUrl);
    }

    @Test
    void signUpsAreLimitedPerAddressThenOverallAndTheFormSaysSoOnThePage() throws Exception {
        long tenantsBefore = rows("SELECT count(*) FROM public.tenant");

        for (int i = 0; i < SIGNUPS_PER_ADDRESS; i++) {
            assertThat(signUp("127.0.0.2").status()).isEqualTo(201);
        }
        FromAddress.Reply invalid = FromAddress.send("127.0.0.2", "POST", server.baseUrl() + "/api/v1/signups",
                "{\"businessName\":\"\"}");
        assertThat(invalid.status()).as("a sign-up that fails validation is answered as such, and not counted")
                .isEqualTo(400);
        FromAddress.Reply refused = signUp("127.0.0.2");
        assertTooMany(refused, "rate.signup.address");
        assertThat(json(refused).getString("detail")).startsWith("Too many workspaces were started from your network");

        for (int i = 0; i < SIGNUPS_PER_ADDRESS; i++) {
            assertThat(signUp("127.0.0.3").status()).as("another address has its own share").isEqualTo(201);
        }
        for (int i = 0; i < SIGNUPS_PER_ADDRESS; i++) {
            assertThat(signUp("127.0.0.1").status()).isEqualTo(201);
        }
        assertThat(rows("SELECT count(*) FROM public.tenant") - tenantsBefore).isEqualTo(SIGNUPS_OVERALL);

        FromAddress.Reply overall = signUp("127.0.0.4");
        assertTooMany(overall, "rate.signup.global");
        assertThat(rows("SELECT count(*) FROM public.tenant") - tenantsBefore).as("nothing made for the refused ones")
                .isEqualTo(SIGNUPS_OVERALL);

        try (TestBrowser browser = new TestBrowser("rate-limited-sign-up")) {
            browser.page().navigate(server.baseUrl() + "/signup");
            browser.page().locator("#business-name input").fill("Too Many Studio");
            browser.page().locator("#first-name input").fill("Tess");
            browser.page().locator("#last-name input").fill("Many");
            browser.page().locator("#email input").fill("form-" + UUID.randomUUID() + "@it.becflow.test");
            browser.page().locator("#password input").fill("correct horse battery");
            browser.page().locator("#create-workspace").click();
            assertThat(browser.page().locator("#signup-refused")).isVisible();
            assertThat(browser.page().locator("#signup-refused")).containsText("We could not create your workspace just now. "
                    + "Too many workspaces were started from your network in a short time. Try again in");
            assertThat(browser.page().locator("#create-workspace")).isEnabled();
            browser.screenshot("the-form-says-the-limit-was-hit");
        }
        assertThat(rows("SELECT count(*) FROM public.tenant") - tenantsBefore).isEqualTo(SIGNUPS_OVERALL);
    }

    @Test
    void portalRequestsAreLimitedPerAddressOnTheApiAndOnThePages() {
        String unknown = server.baseUrl() + "/portal/api/contracts/" + PortalLinkToken.newToken();
        for (int i = 0; i < PORTAL_PER_ADDRESS; i++) {
            assertThat(FromAddress.send("127.0.0.5", "GET", unknown, null).status()).isEqualTo(404);
        }
        assertTooMany(FromAddress.send("127.0.0.5", "GET", unknown, null), "rate.portal.address");
        assertTooMany(FromAddress.send("127.0.0.5", "POST", server.baseUrl() + "/portal/api/verifications", null),
                "rate.portal.address");
        assertThat(FromAddress.send("127.0.0.6", "GET", unknown, null).status()).as("another address is not held up")
                .isEqualTo(404);

        try (TestBrowser browser = new TestBrowser("rate-limited-portal")) {
            String page = server.baseUrl() + "/portal/contract/" + PortalLinkToken.newToken();
            for (int i = 0; i < PORTAL_PER_ADDRESS; i++) {
                browser.page().navigate(page);
                browser.page().locator("#link-not-found, #rate-limited").first().waitFor();
                assertThat(browser.page().locator("#link-not-found")).isVisible();
            }
            browser.page().navigate(page);
            assertThat(browser.page().locator("#rate-limited")).isVisible();
            assertThat(browser.page().locator("#rate-limited-reason"))
                    .containsText("Too many requests came from your network in a short time. Try again in");
            browser.screenshot("the-portal-says-the-limit-was-hit");
        }
    }

    private static FromAddress.Reply signUp(String from) {
        String body = Json.createObjectBuilder().add("businessName", "Limits " + from).add("firstName", "Rate")
                .add("lastName", "Limited").add("email", "limits-" + UUID.randomUUID() + "@it.becflow.test")
                .add("password", "correct horse battery").add("timeZone", "Europe/Berlin").add("homeCurrency", "EUR")
                .build().toString();
        return FromAddress.send(from, "POST", server.baseUrl() + "/api/v1/signups", body);
    }

    static void assertTooMany(FromAddress.Reply reply, String code) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(429);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(json(reply).getString("code")).isEqualTo(code);
        assertThat(json(reply).getInt("status")).isEqualTo(429);
        assertThat(Long.parseLong(reply.header("Retry-After"))).as("seconds to wait").isPositive();
    }

    private static JsonObject json(FromAddress.Reply reply) {
        return Json.createReader(new StringReader(reply.body())).readObject();
    }

    private static long rows(String sql) throws Exception {
        return ServersOfTheirOwn.rows(databaseUrl, sql);
    }
}
