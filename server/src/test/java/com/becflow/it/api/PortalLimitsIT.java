package com.becflow.it.api;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.becflow.integrations.stripe.FakeStripe;
import com.becflow.integrations.stripe.FakeStripeEvent;
import com.becflow.it.MailedLinks;
import com.becflow.it.RunningServer;
import com.becflow.it.browser.TestBrowser;
import com.becflow.shared.tenant.TenantId;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Hammering the portal's checkout with new amounts, on the shared server with the default limits: each new amount
 * costs Stripe calls (close the page for the old amount, open one for the new) and leaves an attempt row, so they are
 * limited per link (10 an hour) and per invoice (20 a day); asking again for a page already under way is not. The
 * invoice's page says so next to its pay button.
 */
class PortalLimitsIT {

    private static final int PER_LINK = 10;
    private static final int PER_INVOICE = 20;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void changingTheCheckoutAmountIsRefusedAfterTheLimitWithNoMoreAttemptsOrStripeCallsThanIt() throws Exception {
        InvoicingTenant tenant = InvoicingTenant.signUp("Hammered Studio");
        FakeStripe stripe = InvoicingTenant.stripe();
        String account = tenant.connectStripe();
        Api.Reply draft = Api.post("/invoices", tenant.token, Json.createObjectBuilder().add("clientId", tenant.clientId)
                .add("partialPayments", true).add("minimumPayment", 10)
                .add("lines", Json.createArrayBuilder().add(Json.createObjectBuilder().add("description", "Design")
                        .add("quantity", 1).add("unitPrice", new BigDecimal("1000.00")))).build().toString());
        assertThat(draft.status()).as(draft.body()).isEqualTo(201);
        String invoiceId = draft.json().getString("id");
        assertThat(Api.post("/invoices/" + invoiceId + "/issue", tenant.token, null).status()).isEqualTo(200);
        String link = InvoicingTenant.secret(MailedLinks.await(tenant.clientEmail, 1, MailedLinks.INVOICE));

        Set<String> pages = new HashSet<>();
        for (int i = 0; i < PER_LINK; i++) {
            Api.Reply page = checkout(link, 100 + i);
            assertThat(page.status()).as(page.body()).isEqualTo(200);
            pages.add(page.json().getString("url"));
        }
        for (int i = 0; i < 5; i++) {
            assertTooMany(checkout(link, 200 + i), "rate.portal.checkout");
        }
        assertThat(pages).hasSize(PER_LINK);
        assertThat(stripe.checkoutSessionsCreated(account)).as("a page per amount let through, none more")
                .isEqualTo(PER_LINK);
        assertThat(expired(stripe, account)).as("each new amount closed the page before").isEqualTo(PER_LINK - 1);
        assertThat(attempts(tenant, invoiceId)).isEqualTo(PER_LINK);
        try (TestBrowser browser = new TestBrowser("checkout-limit")) {
            browser.page().navigate(RunningServer.baseUrl() + "/portal/invoice/" + link);
            browser.page().locator("#pay-online").click();
            assertThat(browser.page().locator("#pay-refused")).isVisible();
            assertThat(browser.page().locator("#pay-refused")).containsText("A payment was started, or its amount changed,"
                    + " too many times in a short time. Try again in");
            assertThat(browser.page().locator("#invoice-heading")).isVisible();
            browser.screenshot("the-pay-panel-says-the-limit-was-hit");
        }
        assertThat(stripe.checkoutSessionsCreated(account)).isEqualTo(PER_LINK);
        Api.Reply same = checkout(link, 100 + PER_LINK - 1);
        assertThat(same.status()).as("the page under way is still handed out: it costs nothing").isEqualTo(200);
        assertThat(pages).contains(same.json().getString("url"));

        // A fresh link (the freelancer sends it again) has its own share; the invoice's own limit still holds.
        assertThat(Api.post("/invoices/" + invoiceId + "/resend", tenant.token, null).status()).isEqualTo(200);
        String second = InvoicingTenant.secret(MailedLinks.await(tenant.clientEmail, 2, MailedLinks.INVOICE));
        for (int i = 0; i < PER_INVOICE - PER_LINK; i++) {
            Api.Reply page = checkout(second, 300 + i);
            assertThat(page.status()).as(page.body()).isEqualTo(200);
        }
        assertThat(Api.post("/invoices/" + invoiceId + "/resend", tenant.token, null).status()).isEqualTo(200);
        String third = InvoicingTenant.secret(MailedLinks.await(tenant.clientEmail, 3, MailedLinks.INVOICE));
        assertTooMany(checkout(third, 400), "rate.portal.invoice");
        assertThat(stripe.checkoutSessionsCreated(account)).isEqualTo(PER_INVOICE);
        assertThat(attempts(tenant, invoiceId)).isEqualTo(PER_INVOICE);
        assertThat(Api.portal("GET", "/invoices/" + third, null).status()).as("reading the invoice is not held up")
                .isEqualTo(200);
    }

    @Test
    void everyRequestNamingALinkCountsAgainstItsLimit() throws Exception {
        InvoicingTenant tenant = InvoicingTenant.signUp("Busy Link Studio");
        tenant.issued("80.00");
        String link = InvoicingTenant.secret(MailedLinks.await(tenant.clientEmail, 1, MailedLinks.INVOICE));
        int allowed = 120;
        for (int i = 0; i < allowed; i++) {
            assertThat(Api.portal("GET", "/invoices/" + link, null).status()).isEqualTo(200);
        }
        assertTooMany(Api.portal("GET", "/invoices/" + link, null), "rate.portal.link");
        HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create(RunningServer.baseUrl()
                + "/portal/api/invoices/" + link + "/invoice.pdf")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(429);
        assertThat(page.headers().firstValue("Retry-After")).isPresent();
    }

    private static Api.Reply checkout(String link, int amount) {
        return Api.portal("POST", "/invoices/" + link + "/checkout", "{\"amount\":" + amount + ".00}");
    }

    static void assertTooMany(Api.Reply reply, String code) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(429);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().getString("code")).isEqualTo(code);
    }

    private static long expired(FakeStripe stripe, String account) {
        return stripe.events(account).stream().map(FakeStripeEvent::type).filter("checkout.session.expired"::equals).count();
    }

    private static long attempts(InvoicingTenant tenant, String invoiceId) throws Exception {
        JsonObject me = Api.get("/me", tenant.token).json();
        String schema = TenantId.parse(me.getString("tenantId")).schemaName();
        try (Connection c = DriverManager.getConnection(RunningServer.settings().get("DB_URL"),
                RunningServer.settings().get("DB_USER"), RunningServer.settings().get("DB_PASSWORD"));
             PreparedStatement s = c.prepareStatement("SELECT count(*) FROM " + schema + ".payment_attempt WHERE invoice_id = ?")) {
            s.setObject(1, UUID.fromString(invoiceId));
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
