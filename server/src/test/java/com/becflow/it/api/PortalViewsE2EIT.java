package com.becflow.it.api;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.becflow.it.MailedLinks;
import com.becflow.it.browser.TestBrowser;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * A portal page records the client's view only once a person does something on it, not when it opens: mail scanners
 * open links in a real browser and run the page's scripts, and some scroll or "click" from a script. Here Chromium
 * plays the scanner first (opens the page, scrolls it and fires made-up pointer, key and wheel events from a script),
 * then the client (a real turn of the mouse wheel, a real click).
 */
class PortalViewsE2EIT {

    /** What a scanner's script does once the page is there: scroll, and fire events that no person made. */
    private static final String SCANNER = "() => { window.scrollTo(0, document.body.scrollHeight);"
            + " for (const type of ['pointerdown', 'keydown', 'touchstart', 'wheel', 'click']) {"
            + "   document.body.dispatchEvent(new Event(type, {bubbles: true}));"
            + "   document.querySelector('main, body').dispatchEvent(new Event(type, {bubbles: true})); } }";

    @Test
    void openingAContractOrAnInvoicePageRecordsNoViewUntilThePersonInteractsWithIt() throws Exception {
        InvoicingTenant tenant = InvoicingTenant.signUp("Viewed Studio");
        String template = Json.createReader(new StringReader(Api.get("/contract-templates", tenant.token).body()))
                .readArray().getValuesAs(JsonObject.class).get(0).getString("id");
        String contractId = Api.post("/contracts", tenant.token, Json.createObjectBuilder().add("templateId", template)
                .add("clientId", tenant.clientId).add("projectName", "Website").add("startDate", "2027-02-01")
                .add("fee", 900).build().toString()).json().getString("id");
        assertThat(Api.post("/contracts/" + contractId + "/send", tenant.token, null).status()).isEqualTo(200);
        String contractLink = MailedLinks.await(tenant.clientEmail, 1, MailedLinks.CONTRACT);
        String invoiceId = tenant.issued("75.00").getString("id");
        String invoiceLink = MailedLinks.await(tenant.clientEmail, 2, MailedLinks.INVOICE);

        try (TestBrowser browser = new TestBrowser("portal-views")) {
            browser.page().navigate(contractLink);
            assertThat(browser.page().locator("#contract-heading")).isVisible();
            browser.page().evaluate(SCANNER);
            browser.screenshot("contract-opened-and-scrolled-by-a-script");
            JsonObject opened = Api.get("/contracts/" + contractId, tenant.token).json();
            assertThat(opened.getString("status")).as("opened, scripts run: no view yet").isEqualTo("SENT");
            assertThat(opened.containsKey("viewedAt") && !opened.isNull("viewedAt")).as("viewedAt").isFalse();

            browser.page().mouse().move(400, 400);
            browser.page().mouse().wheel(0, 300);
            JsonObject viewed = await(() -> Optional.of(Api.get("/contracts/" + contractId, tenant.token).json())
                    .filter(c -> c.getString("status").equals("VIEWED")), "the contract to be viewed");
            assertThat(viewed.getString("viewedAt")).isNotBlank();
            List<JsonObject> evidence = Api.get("/contracts/" + contractId + "/audit-trail", tenant.token).json()
                    .getJsonArray("events").getValuesAs(JsonObject.class);
            JsonObject view = evidence.stream().filter(e -> e.getString("type").equals("VIEWED")).findFirst().orElseThrow();
            assertThat(view.getString("detail")).as("the made-up events before it did not count")
                    .contains("Opened from 127.0.0.1 with Mozilla/5.0", "seen through the client's first mouse wheel on the page",
                            "s after it opened");
            assertThat(evidence).extracting(e -> e.getString("type")).containsExactly("CREATED", "SENT", "VIEWED");

            browser.page().navigate(invoiceLink);
            assertThat(browser.page().locator("#invoice-heading")).isVisible();
            browser.page().evaluate(SCANNER);
            assertThat(tenant.invoice(invoiceId).getString("status")).isEqualTo("ISSUED");
            assertThat(tenant.events(invoiceId)).extracting(e -> e.getString("type")).doesNotContain("VIEWED");

            browser.page().locator("#invoice-document").click();
            await(() -> Optional.of(tenant.invoice(invoiceId)).filter(i -> i.getString("status").equals("VIEWED")),
                    "the invoice to be viewed");
            JsonObject invoiceView = tenant.events(invoiceId).stream().filter(e -> e.getString("type").equals("VIEWED"))
                    .findFirst().orElseThrow();
            assertThat(invoiceView.getString("detail")).contains("first pointer press on the page");
            browser.screenshot("invoice-clicked");
        }
    }

    private static <T> T await(Supplier<Optional<T>> check, String what) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            Optional<T> seen = check.get();
            if (seen.isPresent()) {
                return seen.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("Waited 10 s for " + what);
    }
}
