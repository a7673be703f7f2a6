package com.becflow.it.api;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.becflow.it.MailedLinks;
import com.becflow.it.RunningServer;
import com.becflow.it.browser.TestBrowser;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every page of the client portal on a 375 px phone, in Chromium: nothing wider than the screen, no serious or
 * critical axe-core finding, and the main action of the invoice, the contract and the home reached with Tab from the
 * top of the page and pressed with the keyboard. One freelancer's data, made over the API, shows each page once; a
 * screenshot of each is saved under target/screenshots/portal-on-a-phone.
 */
class PortalPagesOnAPhoneE2EIT {

    private static final int PHONE_WIDTH = 375;
    private static final int PHONE_HEIGHT = 812;
    /** Tab presses from the top of a page to its main action: the header, the way home and a field or two lie before. */
    private static final int MOST_TABS = 15;
    private static final Pattern SIGN_IN = Pattern.compile("http://\\S+/portal/sign-in/[A-Za-z0-9_-]{43}");
    private static final Pattern FEEDBACK = Pattern.compile("http://\\S+/portal/feedback/[A-Za-z0-9_-]{43}");

    /** What is wrong on which page; gathered over the whole walk so that one run shows every page's findings. */
    private final List<String> problems = new ArrayList<>();

    @Test
    void everyPortalPageFitsAPhoneHasNoSeriousAccessibilityFindingAndItsMainActionWorksByKeyboard() {
        String portal = RunningServer.baseUrl() + "/portal";
        InvoicingTenant tenant = InvoicingTenant.signUp("Phone Studio");
        tenant.connectStripe();
        Api.Reply limits = Api.put("/payment-plan-limits", tenant.token, Json.createObjectBuilder().add("offered", true)
                .add("maxInstallments", 6).add("finalWithinDays", 180).add("autopay", "OPTIONAL")
                .add("frequencies", Json.createArrayBuilder().add("WEEKLY").add("MONTHLY").add("CUSTOM_DATES"))
                .build().toString());
        assertThat(limits.status()).as(limits.body()).isEqualTo(200);
        String contractId = sentContract(tenant);
        String contractLink = MailedLinks.await(tenant.clientEmail, 1, MailedLinks.CONTRACT);
        tenant.issued("1200.00");
        String invoiceLink = MailedLinks.await(tenant.clientEmail, 2, MailedLinks.INVOICE);
        String invoiceSecret = InvoicingTenant.secret(invoiceLink);

        try (TestBrowser browser = new TestBrowser("portal-on-a-phone")) {
            Page page = browser.page();
            page.setViewportSize(PHONE_WIDTH, PHONE_HEIGHT);

            page.navigate(portal + "/");
            check(browser, "landing", "#verify-link");
            page.navigate(portal + "/verify");
            check(browser, "verify", "#verify-upload");
            page.locator("#verify-upload input[type='file']").setInputFiles(new FilePayload("not-ours.pdf",
                    "application/pdf", "%PDF-1.4 not issued by Becflow".getBytes(StandardCharsets.US_ASCII)));
            check(browser, "verify-verdict", "#verify-result");
            page.navigate(portal + "/invoice/" + "x".repeat(43));
            check(browser, "dead-link", "#link-not-found");

            page.navigate(contractLink);
            check(browser, "contract-to-sign", "#signing-panel");
            tabTo(page, "#consent");
            page.keyboard().press("Space");
            tabTo(page, "#full-name");
            page.keyboard().type("Pat Payer");
            tabTo(page, "#sign");
            page.keyboard().press("Enter");
            assertThat(page.locator("#signed-banner")).isVisible();
            check(browser, "contract-signed", "#signed-banner");

            page.navigate(invoiceLink);
            check(browser, "invoice-open", "#pay-panel");
            tabTo(page, "#pay-online");
            page.keyboard().press("Enter");
            page.locator("#pay-card").waitFor();
            browser.screenshot("invoice-pay-pressed-by-keyboard");

            page.navigate(planInvoice(tenant, invoiceSecret));
            check(browser, "invoice-on-a-plan", "#plan-schedule");

            page.navigate(portal + "/home/" + invoiceSecret);
            check(browser, "home", "#home-invoices");
            assertThat(page.locator("#home-plans")).isVisible();
            tabTo(page, "#home-invoices vaadin-button");
            page.keyboard().press("Space");
            assertThat(page.locator("#invoice-heading")).isVisible();

            String deposit = settleTheContract(tenant, contractId);
            String paidLink = Api.portal("POST", "/home/" + invoiceSecret + "/invoices/" + deposit + "/link", null).json()
                    .getString("url");
            page.navigate(paidLink);
            check(browser, "invoice-paid", "#paid-banner");
            page.navigate(MailedLinks.text(MailedLinks.awaitMail(tenant.clientEmail, "How did it go? ",
                    Duration.ofSeconds(30)), FEEDBACK));
            check(browser, "feedback", "#feedback-panel");

            String business = Api.portal("GET", "/home/" + invoiceSecret, null).json().getString("business");
            page.navigate(portal + "/for/" + business);
            check(browser, "sign-in-request", "#sign-in-email");
            page.locator("#sign-in-email input").fill(tenant.clientEmail);
            page.locator("#sign-in-request").click();
            check(browser, "sign-in-requested", "#sign-in-answer");
            page.navigate(MailedLinks.text(MailedLinks.awaitMail(tenant.clientEmail, "Your sign-in link for Phone Studio",
                    Duration.ofSeconds(20)), SIGN_IN));
            check(browser, "sign-in", "#sign-in-open");
        }
        assertThat(problems).as("what does not fit a phone or fails axe-core:\n" + String.join("\n", problems)).isEmpty();
    }

    /**
     * An invoice of 600 on a plan of three monthly installments the client accepted, the first paid in part; the link
     * to its page, made from the client's home.
     */
    private static String planInvoice(InvoicingTenant tenant, String homeSecret) {
        String id = tenant.issued("600.00").getString("id");
        Api.Reply proposed = Api.post("/invoices/" + id + "/plan", tenant.token, Json.createObjectBuilder()
                .add("frequency", "MONTHLY").add("count", 3)
                .add("firstDueDate", LocalDate.now(ZoneId.of("Europe/Berlin")).plusDays(1).toString()).build().toString());
        assertThat(proposed.status()).as(proposed.body()).isEqualTo(201);
        String url = Api.portal("POST", "/home/" + homeSecret + "/invoices/" + id + "/link", null).json().getString("url");
        String secret = InvoicingTenant.secret(url);
        String terms = Api.portal("GET", "/invoices/" + secret + "/plan", null).json().getString("termsSha256");
        Api.Reply accepted = Api.portal("POST", "/invoices/" + secret + "/plan/acceptance", Json.createObjectBuilder()
                .add("termsSha256", terms).add("agreed", true).build().toString());
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        paid(tenant, id, new BigDecimal("50.00"));
        return url;
    }

    /** A contract of 900 with a 30% deposit, no countersignature, sent to the client; its id. */
    private static String sentContract(InvoicingTenant tenant) {
        String template = Json.createReader(new StringReader(Api.get("/contract-templates", tenant.token).body()))
                .readArray().getValuesAs(JsonObject.class).get(0).getString("id");
        Api.Reply created = Api.post("/contracts", tenant.token, Json.createObjectBuilder().add("templateId", template)
                .add("clientId", tenant.clientId).add("projectName", "Website")
                .add("startDate", LocalDate.now(ZoneId.of("Europe/Berlin")).plusDays(30).toString()).add("fee", 900)
                .add("countersignRequired", false).add("terms", Json.createObjectBuilder()
                        .add("payment", Json.createObjectBuilder().add("netDays", 14))
                        .add("deposit", Json.createObjectBuilder().add("percent", 30))).build().toString());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().getString("id");
        assertThat(Api.post("/contracts/" + id + "/send", tenant.token, null).status()).isEqualTo(200);
        return id;
    }

    /**
     * Pays the signed contract's deposit, invoices the rest of its fee and pays that too, so that the client is asked
     * for feedback; the deposit invoice's id.
     */
    private static String settleTheContract(InvoicingTenant tenant, String contractId) {
        JsonObject deposit = Api.get("/invoices?clientId=" + tenant.clientId + "&size=200", tenant.token).json()
                .getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(i -> contractId.equals(i.getString("contractId", null))).findFirst().orElseThrow();
        BigDecimal depositTotal = new BigDecimal(deposit.getJsonObject("totals").getJsonObject("total").getString("amount"));
        paid(tenant, deposit.getString("id"), depositTotal);
        String rest = Json.createReader(new StringReader(tenant.invoiceJson("1",
                new BigDecimal("900.00").subtract(depositTotal).toPlainString(), null, null))).readObject().entrySet()
                .stream().collect(Json::createObjectBuilder, (b, e) -> b.add(e.getKey(), e.getValue()), (a, b) -> { })
                .add("contractId", contractId).build().toString();
        Api.Reply draft = Api.post("/invoices", tenant.token, rest);
        assertThat(draft.status()).as(draft.body()).isEqualTo(201);
        String restId = draft.json().getString("id");
        assertThat(Api.post("/invoices/" + restId + "/issue", tenant.token, null).status()).isEqualTo(200);
        paid(tenant, restId, new BigDecimal("900.00").subtract(depositTotal));
        return deposit.getString("id");
    }

    private static void paid(InvoicingTenant tenant, String invoiceId, BigDecimal amount) {
        Api.Reply paid = Api.post("/invoices/" + invoiceId + "/payments", tenant.token,
                "{\"amount\":\"" + amount.toPlainString() + "\",\"method\":\"BANK_TRANSFER\"}");
        assertThat(paid.status()).as(paid.body()).isEqualTo(201);
    }

    /**
     * Once {@code ready} shows: the page's width against the phone's, a screenshot, and axe-core's serious and critical
     * findings, each noted as a problem with the page's name.
     */
    private void check(TestBrowser browser, String name, String ready) {
        Page page = browser.page();
        assertThat(page.locator(ready).first()).isVisible();
        int width = ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue();
        if (width > PHONE_WIDTH) {
            problem(name + ": " + width + " px wide, wider than the phone");
        }
        // Also what a card scrolls or cuts off: the page keeps its width, and yet the client cannot read it.
        String pastTheEdge = (String) page.evaluate(PAST_THE_EDGE);
        if (!pastTheEdge.isEmpty()) {
            problem(name + ": reaching past the phone's right edge: " + pastTheEdge);
        }
        browser.screenshot(name);
        for (Rule rule : new AxeBuilder(page).analyze().getViolations()) {
            if ("serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())) {
                rule.getNodes().forEach(node -> problem(name + ": " + rule.getImpact() + " " + rule.getId() + " at "
                        + node.getTarget() + ": " + node.getFailureSummary().replace('\n', ' ')));
            }
        }
    }

    private void problem(String what) {
        System.out.println("[phone check] " + what);
        problems.add(what);
    }

    /**
     * The innermost elements shown (at least in part) past the right edge of the viewport, at most five. Not what is
     * transparent or hidden: Vaadin's reconnection bar, 100% wide plus padding, waits at opacity 0 on every page.
     */
    private static final String PAST_THE_EDGE = "() => [...document.querySelectorAll('body *')]"
            + ".filter(e => e.children.length === 0 && e.getBoundingClientRect().width > 0"
            + " && e.checkVisibility({opacityProperty: true, visibilityProperty: true})"
            + " && e.getBoundingClientRect().right > window.innerWidth + 1)"
            + ".slice(0, 5).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + ' ' + Math.round("
            + "e.getBoundingClientRect().right) + 'px').join(', ')";

    /**
     * Presses Tab until the focus is in what {@code selector} finds (the focused element or one it lies in), at most
     * {@link #MOST_TABS} times from where the focus is.
     */
    private static void tabTo(Page page, String selector) {
        for (int presses = 1; presses <= MOST_TABS; presses++) {
            page.keyboard().press("Tab");
            if ((Boolean) page.evaluate("s => { const f = document.activeElement;"
                    + " return !!f && [...document.querySelectorAll(s)].some(e => e === f || e.contains(f)); }", selector)) {
                return;
            }
        }
        throw new AssertionError(MOST_TABS + " presses of Tab did not reach " + selector + "; the focus is on "
                + page.evaluate("() => { const f = document.activeElement; return f ? f.outerHTML.substring(0, 200) : 'nothing'; }"));
    }
}
