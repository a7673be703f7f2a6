package com.becflow.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.becflow.integrations.stripe.FakeStripe;
import com.becflow.invoicing.PaymentMethod;
import com.becflow.it.MailedLinks;
import com.becflow.it.browser.TestBrowser;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Fees and cancellations that follow the signed contract, over the API of the shared server: what is refused comes
 * back as problem+json with its own code and changes nothing; a cancellation shows its calculation to both sides.
 * Time does not pass here (the server is shared); late fees over time are in ClockScenariosIT.
 */
class ContractFeesApiIT {

    private InvoicingTenant tenant;

    @BeforeEach
    void signUp() {
        tenant = InvoicingTenant.signUp("Fees API Studio " + UUID.randomUUID());
    }

    @Test
    void aLateFeeOnAnInvoiceWithoutTheClauseIsAProblemAndChangesNothing() {
        JsonObject plain = tenant.issued("400.00");
        String signed = signedContract(terms(14).build(), today().plusDays(60), 1);
        JsonObject underContract = issuedUnder(signed, "400.00");

        for (JsonObject invoice : List.of(plain, underContract)) {
            String id = invoice.getString("id");
            assertCode(Api.post("/invoices/" + id + "/late-fees", tenant.token, null), 409, "invoice.late-fee.no-clause");
            assertThat(tenant.payments(id)).isEmpty();
            assertThat(tenant.invoice(id).getJsonObject("ledger")).isEqualTo(invoice.getJsonObject("ledger"));
            assertThat(tenant.events(id)).extracting(e -> e.getString("type")).doesNotContain("LATE_FEE");
        }
    }

    @Test
    void underTheClauseNothingIsChargedBeforeAPeriodStartsAndAWaiverOfAFeeThatDoesNotExistIsAProblem() {
        String signed = signedContract(terms(14).add("lateFee", Json.createObjectBuilder().add("flatAmount", 25)
                .add("periodDays", 30).add("graceDays", 5)).build(), today().plusDays(60), 1);
        JsonObject invoice = issuedUnder(signed, "1000.00");
        String id = invoice.getString("id");
        assertThat(invoice.getJsonObject("ledger").getJsonObject("lateFees").getString("amount")).isEqualTo("0.00");

        Api.Reply none = Api.post("/invoices/" + id + "/late-fees", tenant.token, null);
        assertThat(none.status()).as(none.body()).isEqualTo(200);
        assertThat(none.body()).isEqualTo("[]");

        assertCode(Api.post("/invoices/" + id + "/late-fees/" + UUID.randomUUID() + "/waiver", tenant.token, "{}"), 404,
                "invoice.late-fee.not-found");
        Api.Reply paid = Api.post("/invoices/" + id + "/payments", tenant.token,
                "{\"amount\":\"100.00\",\"method\":\"BANK_TRANSFER\"}");
        assertThat(paid.status()).as(paid.body()).isEqualTo(201);
        assertCode(Api.post("/invoices/" + id + "/late-fees/" + paid.json().getString("id") + "/waiver", tenant.token,
                "{\"reason\":\"not a fee\"}"), 404, "invoice.late-fee.not-found");
        assertCode(Api.post("/invoices/" + id + "/late-fees/" + UUID.randomUUID() + "/waiver", tenant.token,
                "{\"reason\":\"" + "x".repeat(201) + "\"}"), 400, "invoice.invalid");
        assertThat(tenant.payments(id)).extracting(p -> p.getString("kind")).containsExactly("PAYMENT");
        assertThat(tenant.invoice(id).getJsonObject("ledger").getJsonObject("balance").getString("amount"))
                .isEqualTo("900.00");
    }

    @Test
    void cancellingASignedEngagementInvoicesWhatTheTierKeepsLessTheDepositPaidAndCancellingTwiceIsAProblem() {
        // Twenty days before the start: the tier "14 days or more" keeps half of 2,500.00; the 30% deposit was paid.
        String contract = signedContract(terms(14).add("deposit", Json.createObjectBuilder().add("percent", 30))
                .add("cancellation", tiers()).build(), today().plusDays(20), 1);
        JsonObject deposit = onlyInvoiceUnder(contract);
        assertThat(deposit.getString("kind")).isEqualTo("DEPOSIT");
        Api.Reply paid = Api.post("/invoices/" + deposit.getString("id") + "/payments", tenant.token,
                "{\"amount\":\"750.00\",\"method\":\"BANK_TRANSFER\"}");
        assertThat(paid.status()).as(paid.body()).isEqualTo(201);

        Api.Reply cancelled = Api.post("/contracts/" + contract + "/cancellation", tenant.token,
                "{\"reason\":\"Client's project was shelved\"}");

        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
        JsonObject c = cancelled.json();
        assertThat(c.getInt("daysBeforeStart")).isEqualTo(20);
        assertThat(c.getInt("tierDaysBeforeStart")).isEqualTo(14);
        assertThat(c.getString("percentKept")).isEqualTo("50");
        assertThat(c.getJsonObject("kept").getString("amount")).isEqualTo("1250.00");
        assertThat(c.getJsonObject("paid").getString("amount")).isEqualTo("750.00");
        assertThat(c.getJsonObject("invoiced").getString("amount")).isEqualTo("500.00");
        assertThat(c.getJsonObject("refunded").getString("amount")).isEqualTo("0.00");
        assertThat(c.getString("explanation")).contains("20 days before the start", "50% of EUR 2,500.00 = EUR 1,250.00",
                "already paid: EUR 750.00", "EUR 500.00 is invoiced");
        JsonObject feeInvoice = tenant.invoice(c.getString("feeInvoiceId"));
        assertThat(feeInvoice.getString("status")).isEqualTo("ISSUED");
        assertThat(feeInvoice.getString("contractId")).isEqualTo(contract);
        assertThat(feeInvoice.getJsonObject("totals").getJsonObject("total").getString("amount")).isEqualTo("500.00");
        assertThat(Api.get("/contracts/" + contract, tenant.token).json().getString("status")).isEqualTo("CANCELLED");
        assertThat(MailedLinks.awaitMail(tenant.clientEmail, "Cancellation of", Duration.ofSeconds(10)).text())
                .contains("EUR 500.00 is invoiced", "50% of EUR 2,500.00");

        assertCode(Api.post("/contracts/" + contract + "/cancellation", tenant.token, "{}"), 409,
                "contract.cancel.already-cancelled");
        assertThat(invoicesUnder(contract)).as("nothing more was invoiced").hasSize(2);
    }

    @Test
    void cancellingLongBeforeTheStartGivesTheDepositBackWithACreditNoteAndAnUnsignedContractIsAProblem() {
        String contract = signedContract(terms(14).add("deposit", Json.createObjectBuilder().add("percent", 30))
                .add("cancellation", tiers()).build(), today().plusDays(45), 1);
        JsonObject deposit = onlyInvoiceUnder(contract);
        assertThat(Api.post("/invoices/" + deposit.getString("id") + "/payments", tenant.token,
                "{\"amount\":\"750.00\",\"method\":\"BANK_TRANSFER\"}").status()).isEqualTo(201);

        Api.Reply sold = Api.post("/packages", tenant.token, Json.createObjectBuilder().add("clientId", tenant.clientId)
                .add("contractId", contract).add("title", "Launch").add("price", Json.createValue(new BigDecimal("900")))
                .add("billing", "PER_MILESTONE").add("milestones", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("title", "Plan").add("amount", Json.createValue(new BigDecimal("900"))))).build().toString());
        assertThat(sold.status()).as(sold.body()).isEqualTo(201);

        JsonObject c = Api.post("/contracts/" + contract + "/cancellation", tenant.token, "{}").json();

        assertThat(Api.get("/packages/" + sold.json().getString("id"), tenant.token).json().getString("cancelReason"))
                .as("the package sold under it is called off too").contains("was cancelled");
        assertThat(c.getString("percentKept")).isEqualTo("0");
        assertThat(c.getJsonObject("refunded").getString("amount")).isEqualTo("750.00");
        assertThat(c.containsKey("feeInvoiceId")).as("nothing is invoiced").isFalse();
        assertThat(c.getJsonArray("refundsNotMade")).isEmpty();
        JsonObject ledger = tenant.invoice(deposit.getString("id")).getJsonObject("ledger");
        assertThat(ledger.getJsonObject("refunded").getString("amount")).isEqualTo("750.00");
        assertThat(ledger.getJsonObject("credited").getString("amount")).isEqualTo("750.00");
        assertThat(ledger.getJsonObject("balance").getString("amount")).isEqualTo("0.00");

        Api.Reply draft = Api.post("/contracts", tenant.token, contractJson(terms(14).add("cancellation", tiers()).build(),
                today().plusDays(45)));
        assertThat(draft.status()).as(draft.body()).isEqualTo(201);
        assertCode(Api.post("/contracts/" + draft.json().getString("id") + "/cancellation", tenant.token, "{}"), 409,
                "contract.cancel.not-signed");
        assertThat(Api.get("/contracts/" + draft.json().getString("id"), tenant.token).json().getString("status"))
                .isEqualTo("DRAFT");
    }

    @Test
    void whileTheEarlyPaymentDiscountLastsThePortalAndTheCheckoutAskTheDiscountedPriceWhichSettlesTheInvoice() {
        FakeStripe stripe = InvoicingTenant.stripe();
        tenant.connectStripe();
        String contract = signedContract(terms(30).add("earlyPaymentDiscount", Json.createObjectBuilder()
                .add("percent", 2).add("withinDays", 10)).build(), today().plusDays(60), 1);
        JsonObject invoice = issuedUnder(contract, "1000.00");
        String id = invoice.getString("id");
        String page = MailedLinks.await(tenant.clientEmail, 2, MailedLinks.INVOICE);
        String link = InvoicingTenant.secret(page);
        try (TestBrowser browser = new TestBrowser("early-payment-discount")) {
            browser.page().navigate(page);
            browser.page().locator("#early-payment-offer").waitFor();
            browser.screenshot("pay-page-with-the-discount");
            assertThat(browser.page().locator("#early-payment-offer").textContent())
                    .contains("Pay EUR 980.00 by", "save EUR 20.00", "the full EUR 1,000.00 is due");
            assertThat(browser.page().locator("#pay-online").textContent()).isEqualTo("Pay EUR 980.00 online");
        }

        JsonObject shown = Api.portal("GET", "/invoices/" + link, null).json();
        assertThat(shown.getString("balance")).isEqualTo("1000.00");
        assertThat(shown.getString("earlyPaymentPrice")).isEqualTo("980.00");
        assertThat(shown.getString("earlyPaymentLastDay"))
                .isEqualTo(LocalDate.parse(invoice.getString("issueDate")).plusDays(10).toString());
        String session = InvoicingTenant.sessionOf(Api.portal("POST", "/invoices/" + link + "/checkout", "{}").json()
                .getString("url"));
        assertThat(Json.createReader(new StringReader(stripe.object(session))).readObject().getJsonNumber("amount_total")
                .longValue()).as("the checkout asks the discounted price").isEqualTo(98000L);
        stripe.pay(session, PaymentMethod.CARD);
        Api.Reply back = Api.portal("POST", "/invoices/" + link + "/checkout-returns", "{\"checkoutId\":\"" + session + "\"}");
        assertThat(back.json().getString("status")).as(back.body()).isEqualTo("PAID");

        JsonObject ledger = tenant.invoice(id).getJsonObject("ledger");
        assertThat(ledger.getJsonObject("earlyPaymentDiscount").getString("amount")).isEqualTo("20.00");
        assertThat(ledger.getJsonObject("paid").getString("amount")).isEqualTo("980.00");
        assertThat(ledger.getJsonObject("balance").getString("amount")).isEqualTo("0.00");
        assertThat(tenant.payments(id)).extracting(p -> p.getString("kind"))
                .containsExactlyInAnyOrder("EARLY_PAYMENT_DISCOUNT", "PAYMENT");
        assertThat(tenant.events(id)).extracting(e -> e.getString("type")).contains("EARLY_PAYMENT_DISCOUNT");
    }

    private static JsonObjectBuilder terms(int netDays) {
        return Json.createObjectBuilder().add("payment", Json.createObjectBuilder().add("netDays", netDays));
    }

    private static JsonObjectBuilder tiers() {
        return Json.createObjectBuilder().add("tiers", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("daysBeforeStart", 30).add("percentKept", 0))
                .add(Json.createObjectBuilder().add("daysBeforeStart", 14).add("percentKept", 50))
                .add(Json.createObjectBuilder().add("daysBeforeStart", 0).add("percentKept", 100)));
    }

    private static LocalDate today() {
        // The client's zone from Api.clientJson; a run across its midnight could shift a day, so the tiers leave room.
        return LocalDate.now(ZoneId.of("Europe/Berlin"));
    }

    private String contractJson(JsonObject terms, LocalDate start) {
        String template = Json.createReader(new StringReader(Api.get("/contract-templates", tenant.token).body())).readArray()
                .getValuesAs(JsonObject.class).stream().filter(t -> t.getString("name").equals("Design project"))
                .map(t -> t.getString("id")).findFirst().orElseThrow();
        return Json.createObjectBuilder().add("templateId", template).add("clientId", tenant.clientId)
                .add("projectName", "Website").add("startDate", start.toString()).add("fee", 2500)
                .add("countersignRequired", false).add("terms", terms).build().toString();
    }

    /** A contract with these terms, sent and signed by the client through the mailed link; its id. */
    private String signedContract(JsonObject terms, LocalDate start, int mailNumber) {
        Api.Reply created = Api.post("/contracts", tenant.token, contractJson(terms, start));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().getString("id");
        assertThat(Api.post("/contracts/" + id + "/send", tenant.token, null).status()).isEqualTo(200);
        String link = MailedLinks.await(tenant.clientEmail, mailNumber, MailedLinks.CONTRACT);
        Api.Reply signed = Api.portal("POST", "/contracts/" + InvoicingTenant.secret(link) + "/signature",
                "{\"consent\":true,\"fullName\":\"Pat Payer\"}");
        assertThat(signed.status()).as(signed.body()).isEqualTo(200);
        return id;
    }

    private JsonObject issuedUnder(String contract, String price) {
        String body = Json.createReader(new StringReader(tenant.invoiceJson("1", price, null, null))).readObject().entrySet()
                .stream().collect(Json::createObjectBuilder, (b, e) -> b.add(e.getKey(), e.getValue()), (a, b) -> { })
                .add("contractId", contract).build().toString();
        Api.Reply draft = Api.post("/invoices", tenant.token, body);
        assertThat(draft.status()).as(draft.body()).isEqualTo(201);
        Api.Reply issued = Api.post("/invoices/" + draft.json().getString("id") + "/issue", tenant.token, null);
        assertThat(issued.status()).as(issued.body()).isEqualTo(200);
        return issued.json();
    }

    private List<JsonObject> invoicesUnder(String contract) {
        JsonObject page = Api.get("/invoices?clientId=" + tenant.clientId + "&size=200", tenant.token).json();
        return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(i -> contract.equals(i.getString("contractId", null))).toList();
    }

    private JsonObject onlyInvoiceUnder(String contract) {
        List<JsonObject> under = invoicesUnder(contract);
        assertThat(under).hasSize(1);
        return under.get(0);
    }

    private static void assertCode(Api.Reply reply, int status, String code) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().getString("code")).as(reply.body()).isEqualTo(code);
    }
}
