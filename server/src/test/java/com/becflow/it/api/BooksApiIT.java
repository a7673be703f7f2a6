package com.becflow.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.becflow.integrations.quickbooks.FakeQuickBooks;
import com.becflow.integrations.xero.FakeXero;
import com.becflow.it.RunningServer;
import com.becflow.it.TestPlatform;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A freelancer connects Xero through its consent page, and the workspace's client, invoices and payments land in
 * the (fake) Xero books once each, however often the sync runs; updates follow; a revoked access is said plainly.
 */
class BooksApiIT {

    private static final HttpClient BROWSER = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void invoicesAndPaymentsLandInXeroOnceAndUpdatesFollow() {
        InvoicingTenant tenant = InvoicingTenant.signUp("Books Studio");
        JsonObject invoice = issue(tenant, "2", "150.00", "19");
        JsonObject other = issue(tenant, "1", "60.00", null);
        pay(tenant, invoice.getString("id"), "100.00");

        JsonArray vendors = Json.createReader(new StringReader(Api.get("/integrations/books", tenant.token).body())).readArray();
        assertThat(vendors.getJsonObject(0).getString("vendor")).isEqualTo("xero");
        assertThat(vendors.getJsonObject(0).getBoolean("offered")).isTrue();
        assertThat(vendors.getJsonObject(0).getString("status")).isEqualTo("NOT_CONNECTED");
        assertThat(vendors.getJsonObject(0).containsKey("syncedObjects")).isFalse();
        assertThat(vendors.getJsonObject(1).getString("vendor")).isEqualTo("quickbooks");
        assertThat(vendors.getJsonObject(1).getString("status")).isEqualTo("NOT_CONNECTED");
        Api.Reply early = Api.post("/integrations/books/xero/sync", tenant.token, null);
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.json().getString("code")).isEqualTo("books.not-connected");

        String organisation = connect(tenant);
        awaitPasses(tenant, 1);
        List<ObjectNode> invoices = xero().invoices(organisation);
        assertThat(invoices).extracting(twin -> twin.path("InvoiceNumber").asText())
                .containsExactly(invoice.getString("number"), other.getString("number"));
        assertThat(xero().calls()).as("both invoices in one batch call")
                .filteredOn(c -> organisation.equals(c.headers().get("xero-tenant-id")) && c.path().endsWith("/Invoices"))
                .singleElement().satisfies(c -> {
                    assertThat(c.method()).isEqualTo("PUT");
                    assertThat(c.query()).contains("summarizeErrors=false");
                });
        assertThat(invoices).first().satisfies(twin -> {
            assertThat(new BigDecimal(twin.path("Total").asText())).isEqualByComparingTo("357.00");
            assertThat(new BigDecimal(twin.path("AmountDue").asText())).isEqualByComparingTo("257.00");
        });
        assertThat(xero().contacts(organisation)).singleElement()
                .satisfies(c -> assertThat(c.path("EmailAddress").asText()).isEqualTo(tenant.clientEmail));
        assertThat(xero().payments(organisation)).hasSize(1);
        assertThat(progress(tenant)).isEqualTo("4 of 4");

        for (int pass = 2; pass <= 4; pass++) {
            assertThat(Api.post("/integrations/books/xero/sync", tenant.token, null).status()).isEqualTo(202);
            awaitPasses(tenant, pass);
        }
        assertThat(xero().contacts(organisation)).hasSize(1);
        assertThat(xero().invoices(organisation)).hasSize(2);
        assertThat(xero().payments(organisation)).hasSize(1);

        pay(tenant, invoice.getString("id"), "257.00");
        JsonObject second = issue(tenant, "1", "80.00", null);
        assertThat(Api.post("/integrations/books/xero/sync", tenant.token, null).status()).isEqualTo(202);
        awaitPasses(tenant, 5);
        assertThat(Api.post("/invoices/" + second.getString("id") + "/void", tenant.token, null).status()).isEqualTo(200);
        assertThat(Api.post("/integrations/books/xero/sync", tenant.token, null).status()).isEqualTo(202);
        awaitPasses(tenant, 6);
        assertThat(xero().payments(organisation)).hasSize(2);
        assertThat(xero().invoices(organisation)).extracting(i -> i.path("InvoiceNumber").asText() + " " + i.path("Status").asText())
                .containsExactlyInAnyOrder(invoice.getString("number") + " PAID", other.getString("number") + " AUTHORISED",
                        second.getString("number") + " VOIDED");
        assertThat(progress(tenant)).isEqualTo("6 of 6");
        assertThat(log(tenant)).extracting(e -> e.getString("outcome") + " " + e.getString("detail"))
                .contains("CREATED created invoice " + invoice.getString("number"),
                        "UPDATED updated invoice " + second.getString("number"));
    }

    @Test
    void theAccountsChosenAreCheckedAgainstXeroAndTheNextPassPostsThereInTheInvoicesOwnCurrency() {
        InvoicingTenant tenant = InvoicingTenant.signUp("Mapped Books");
        JsonObject first = issue(tenant, "2", "150.00", "20");
        String organisation = connect(tenant);
        awaitPasses(tenant, 1);
        assertThat(xero().invoices(organisation).get(0).path("LineItems").get(0).path("TaxType").asText())
                .as("20 % defaults to Xero's 20 % rate when connecting").isEqualTo("OUTPUT2");

        JsonObject mapping = Api.get("/integrations/books/xero/mapping", tenant.token).json();
        assertThat(mapping.getString("salesAccount")).isEqualTo("200");
        assertThat(mapping.getString("bankAccount")).isEqualTo("090");
        assertThat(mapping.getJsonArray("taxRates")).extracting(r -> ((JsonObject) r).getJsonNumber("percent")
                .bigDecimalValue().stripTrailingZeros().toPlainString() + " " + ((JsonObject) r).getString("taxRate"))
                .containsExactly("20 OUTPUT2");
        assertThat(mapping.getJsonObject("offered").getJsonArray("salesAccounts"))
                .extracting(a -> ((JsonObject) a).getString("id")).containsExactly("200", "260");

        Api.Reply unknown = Api.put("/integrations/books/xero/mapping", tenant.token,
                "{\"salesAccount\":\"999\",\"bankAccount\":\"090\",\"taxRates\":[{\"percent\":20,\"taxRate\":\"OUTPUT2\"}]}");
        assertThat(unknown.status()).as(unknown.body()).isEqualTo(400);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(unknown.json().getString("code")).isEqualTo("books.mapping.unknown-account");
        assertThat(unknown.json().getJsonArray("errors")).extracting(e -> ((JsonObject) e).getString("field"))
                .containsExactly("salesAccount");
        assertThat(Api.get("/integrations/books/xero/mapping", tenant.token).json().getString("salesAccount"))
                .as("nothing of a refused choice is kept").isEqualTo("200");

        Api.Reply chosen = Api.put("/integrations/books/xero/mapping", tenant.token, "{\"salesAccount\":\"260\","
                + "\"bankAccount\":\"091\",\"item\":\"DESIGN\",\"taxRates\":[{\"percent\":20,\"taxRate\":\"OUTPUT2\"},"
                + "{\"percent\":0,\"taxRate\":\"NONE\"}]}");
        assertThat(chosen.status()).as(chosen.body()).isEqualTo(200);
        assertThat(chosen.json().getString("item")).isEqualTo("DESIGN");

        Api.Reply dollars = Api.post("/invoices", tenant.token, tenant.invoiceJson("1", "80.00", null, "USD"));
        assertThat(dollars.status()).as(dollars.body()).isEqualTo(201);
        Api.Reply issued = Api.post("/invoices/" + dollars.json().getString("id") + "/issue", tenant.token, null);
        assertThat(issued.status()).as(issued.body()).isEqualTo(200);
        pay(tenant, first.getString("id"), "100.00");
        assertThat(Api.post("/integrations/books/xero/sync", tenant.token, null).status()).isEqualTo(202);
        awaitPasses(tenant, 2);

        ObjectNode inDollars = xero().invoices(organisation).stream()
                .filter(i -> i.path("InvoiceNumber").asText().equals(issued.json().getString("number"))).findFirst().orElseThrow();
        assertThat(inDollars.path("LineItems").get(0).path("AccountCode").asText()).isEqualTo("260");
        assertThat(inDollars.path("LineItems").get(0).path("ItemCode").asText()).isEqualTo("DESIGN");
        assertThat(inDollars.path("LineItems").get(0).path("TaxType").asText()).isEqualTo("NONE");
        assertThat(inDollars.path("CurrencyCode").asText()).isEqualTo("USD");
        assertThat(new BigDecimal(inDollars.path("CurrencyRate").asText())).as("Xero's rate of the day")
                .isEqualByComparingTo("1.0842");
        assertThat(xero().invoices(organisation).get(0).path("LineItems").get(0).path("AccountCode").asText())
                .as("an invoice pushed before keeps how it was posted").isEqualTo("200");
        assertThat(xero().payments(organisation)).singleElement()
                .satisfies(p -> assertThat(p.path("Account").path("Code").asText()).isEqualTo("091"));
        assertThat(log(tenant)).extracting(e -> e.getString("outcome")).contains("CHOSEN");
    }

    /** The workspace's Xero books as the integrations page reads them: synced of total. */
    private static String progress(InvoicingTenant tenant) {
        JsonObject xero = Json.createReader(new StringReader(Api.get("/integrations/books", tenant.token).body()))
                .readArray().getJsonObject(0);
        return xero.getInt("syncedObjects") + " of " + xero.getInt("totalObjects");
    }

    @Test
    void aPaymentRecordedInXeroPaysTheInvoiceInBecflowAndItsDeletionThereOpensTheInvoiceAgain() {
        InvoicingTenant tenant = InvoicingTenant.signUp("Pulled Books");
        JsonObject invoice = issue(tenant, "1", "200.00", null);
        String organisation = connect(tenant);
        awaitPasses(tenant, 1);
        assertThat(hasNextReminder(tenant, invoice.getString("id"))).as("an open invoice has a next reminder").isTrue();
        String twin = xero().invoices(organisation).get(0).path("InvoiceID").asText();

        String recorded = xero().recordPaymentInXero(organisation, twin, "200.00",
                java.time.LocalDate.now(java.time.ZoneOffset.UTC));
        assertThat(Api.post("/integrations/books/xero/sync", tenant.token, null).status()).isEqualTo(202);
        await(() -> tenant.invoice(invoice.getString("id")).getString("status").equals("PAID"),
                () -> "the invoice paid by the payment recorded in Xero; the books log: " + log(tenant));
        assertThat(tenant.payments(invoice.getString("id"))).singleElement()
                .satisfies(p -> assertThat(p.getString("reference")).isEqualTo("Xero payment: Recorded in Xero"));
        assertThat(hasNextReminder(tenant, invoice.getString("id"))).as("a paid invoice is reminded no more").isFalse();
        assertThat(log(tenant)).extracting(e -> e.getString("outcome")).contains("RECEIVED");

        assertThat(Api.post("/integrations/books/xero/sync", tenant.token, null).status()).isEqualTo(202);
        awaitPasses(tenant, 3);
        assertThat(xero().payments(organisation)).as("the payment is not pushed back to Xero").hasSize(1);
        assertThat(tenant.payments(invoice.getString("id"))).hasSize(1);

        xero().deletePaymentInXero(organisation, recorded);
        assertThat(Api.post("/integrations/books/xero/sync", tenant.token, null).status()).isEqualTo(202);
        awaitPasses(tenant, 4);
        assertThat(tenant.invoice(invoice.getString("id")).getString("status")).as("open again").isIn("ISSUED", "VIEWED");
        assertThat(tenant.payments(invoice.getString("id"))).extracting(p -> p.getString("kind"))
                .containsExactlyInAnyOrder("PAYMENT", "PAYMENT_REVERSAL");
        assertThat(tenant.events(invoice.getString("id"))).extracting(e -> e.getString("type")).contains("PAYMENT_REVERSED");
        assertThat(hasNextReminder(tenant, invoice.getString("id"))).as("reminded of again").isTrue();
        assertThat(log(tenant)).extracting(e -> e.getString("outcome")).contains("REVERSED");
        assertThat(Api.post("/integrations/books/xero/sync", tenant.token, null).status()).isEqualTo(202);
        awaitPasses(tenant, 5);
        assertThat(tenant.payments(invoice.getString("id"))).as("reversed once").hasSize(2);
    }

    @Test
    void aContactChangedInXeroIsOfferedAndTakingItsDetailsChangesTheClient() {
        InvoicingTenant tenant = InvoicingTenant.signUp("Changed Books");
        String organisation = connect(tenant);
        awaitPasses(tenant, 1);
        String contact = xero().contacts(organisation).get(0).path("ContactID").asText();
        xero().changeContactInXero(organisation, contact, new com.fasterxml.jackson.databind.ObjectMapper()
                .createObjectNode().put("EmailAddress", "accounts@changed.test"));
        assertThat(Api.post("/integrations/books/xero/sync", tenant.token, null).status()).isEqualTo(202);
        awaitPasses(tenant, 2);

        String conflict = takeTheirs(tenant, "xero", "accounts@changed.test");
        assertThat(Api.post("/integrations/books/xero/sync", tenant.token, null).status()).isEqualTo(202);
        awaitPasses(tenant, 3);
        assertThat(conflicts(tenant)).filteredOn(c -> !c.containsKey("settledWith")).isEmpty();
        assertThat(xero().contacts(organisation)).singleElement().satisfies(c ->
                assertThat(c.path("EmailAddress").asText()).isEqualTo("accounts@changed.test"));
        assertThat(Api.post("/integrations/books/xero/conflicts/" + conflict + "/settlement", tenant.token,
                "{\"choice\":\"KEEP_OURS\"}").json().getString("code")).isEqualTo("books.conflict.settled");
    }

    /**
     * The one open conflict is the contact's change, naming the new email; taking the books' details changes the
     * client. @return the conflict's id
     */
    private static String takeTheirs(InvoicingTenant tenant, String vendor, String email) {
        List<JsonObject> open = conflicts(tenant, vendor);
        assertThat(open).singleElement().satisfies(c -> {
            assertThat(c.getString("kind")).isEqualTo("CONTACT_CHANGED_IN_BOOKS");
            assertThat(c.getString("reason")).contains("email \"" + email + "\" (Becflow: \"" + tenant.clientEmail + "\")");
            assertThat(c.getJsonArray("choices").getValuesAs(jakarta.json.JsonString.class))
                    .extracting(jakarta.json.JsonString::getString).containsExactly("TAKE_THEIRS", "KEEP_OURS");
        });
        String conflict = open.get(0).getString("id");
        Api.Reply settled = Api.post("/integrations/books/" + vendor + "/conflicts/" + conflict + "/settlement",
                tenant.token, "{\"choice\":\"TAKE_THEIRS\"}");
        assertThat(settled.status()).as(settled.body()).isEqualTo(200);
        assertThat(Api.get("/clients/" + tenant.clientId, tenant.token).json().getString("email")).isEqualTo(email);
        return conflict;
    }

    @Test
    void aNameXeroHasAlreadyGoesToTheConflictInboxAndLinkingSettlesItWithoutADuplicate() {
        InvoicingTenant tenant = InvoicingTenant.signUp("Twin Names");
        Api.Reply twin = Api.post("/clients", tenant.token, Api.clientJson("Pat Payer", "pat-" + UUID.randomUUID() + "@client.test"));
        assertThat(twin.status()).as(twin.body()).isEqualTo(201);
        String organisation = connect(tenant);
        awaitPasses(tenant, 1);
        assertThat(xero().contacts(organisation)).hasSize(1);

        List<JsonObject> conflicts = conflicts(tenant);
        assertThat(conflicts).singleElement().satisfies(c -> {
            assertThat(c.getString("kind")).isEqualTo("NAME_TAKEN");
            assertThat(c.getString("subject")).isEqualTo("contact Pat Payer");
            assertThat(c.getString("reason")).contains("already assigned to another contact");
            assertThat(c.getJsonArray("choices").getValuesAs(jakarta.json.JsonString.class))
                    .extracting(jakarta.json.JsonString::getString).containsExactly("LINK_EXISTING", "RETRY", "SKIP");
        });
        String conflict = conflicts.get(0).getString("id");
        Api.Reply wrong = Api.post("/integrations/books/xero/conflicts/" + conflict + "/settlement", tenant.token,
                "{\"choice\":\"ACCEPT\"}");
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.json().getString("code")).isEqualTo("books.conflict.choice-not-offered");

        Api.Reply settled = Api.post("/integrations/books/xero/conflicts/" + conflict + "/settlement", tenant.token,
                "{\"choice\":\"LINK_EXISTING\"}");
        assertThat(settled.status()).as(settled.body()).isEqualTo(200);
        assertThat(settled.json().getString("settledWith")).isEqualTo("LINK_EXISTING");
        awaitPasses(tenant, 2);
        assertThat(xero().contacts(organisation)).as("linked, not duplicated").hasSize(1);
        assertThat(conflicts(tenant)).noneMatch(c -> !c.containsKey("settledWith"));
        assertThat(Api.post("/integrations/books/xero/conflicts/" + conflict + "/settlement", tenant.token,
                "{\"choice\":\"RETRY\"}").json().getString("code")).isEqualTo("books.conflict.settled");
    }

    @Test
    void aSignedXeroWebhookStartsAPassAndAForgedOneIsRefused() throws Exception {
        InvoicingTenant tenant = InvoicingTenant.signUp("Hooked Books");
        String organisation = connect(tenant);
        awaitPasses(tenant, 1);

        FakeXero.Delivery intent = FakeXero.webhook();
        assertThat(postWebhook(intent.body(), intent.signature()).statusCode()).as("intent to receive, signed").isEqualTo(200);
        HttpResponse<String> forged = postWebhook(FakeXero.webhook(organisation).body(), intent.signature());
        assertThat(forged.statusCode()).isEqualTo(401);
        assertThat(forged.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(forged.body()).contains("webhook.signature");

        FakeXero.Delivery changed = FakeXero.webhook(organisation);
        assertThat(postWebhook(changed.body(), changed.signature()).statusCode()).isEqualTo(200);
        awaitPasses(tenant, 2);
    }

    private static HttpResponse<String> postWebhook(String body, String signature) throws Exception {
        return BROWSER.send(HttpRequest.newBuilder(URI.create(RunningServer.baseUrl() + "/api/webhooks/xero"))
                .header("Content-Type", "application/json").header("x-xero-signature", signature)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anAccessRevokedInXeroIsShownPlainlyAndSyncAsksToConnectAgain() {
        InvoicingTenant tenant = InvoicingTenant.signUp("Revoked Books");
        issue(tenant, "1", "90.00", null);
        String organisation = connect(tenant);
        awaitPasses(tenant, 1);
        assertThat(xero().invoices(organisation)).hasSize(1);

        xero().revokeAll();
        issue(tenant, "1", "45.00", null);
        assertThat(Api.post("/integrations/books/xero/sync", tenant.token, null).status()).isEqualTo(202);
        await(() -> vendor(tenant).getString("status").equals("REVOKED"), "the connection shows as revoked");
        assertThat(log(tenant).get(0).getString("outcome")).isEqualTo("REVOKED");
        assertThat(log(tenant).get(0).getString("detail")).contains("connect again");
        assertThat(Api.post("/integrations/books/xero/sync", tenant.token, null).json().getString("code"))
                .isEqualTo("books.not-connected");
        assertThat(xero().invoices(organisation)).hasSize(1);
    }

    @Test
    void aCallbackNotMadeByThisServerOrForAnUnknownVendorConnectsNothing() throws Exception {
        HttpResponse<String> forged = BROWSER.send(HttpRequest.newBuilder(URI.create(Api.base()
                + "/integrations/books/xero/callback?code=x&state=forged")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(forged.statusCode()).isEqualTo(303);
        assertThat(forged.headers().firstValue("Location").orElseThrow()).endsWith("/integrations?error=books.consent-expired");

        InvoicingTenant tenant = InvoicingTenant.signUp("Careful Books");
        Api.Reply unknown = Api.post("/integrations/books/sage/authorization", tenant.token, null);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(vendor(tenant).getString("status")).isEqualTo("NOT_CONNECTED");
    }

    @Test
    void aRefundWithItsCreditNoteReachesXeroAndQuickBooksOnceEach() {
        InvoicingTenant tenant = InvoicingTenant.signUp("Refunding Studio");
        JsonObject invoice = issue(tenant, "2", "150.00", "19");
        pay(tenant, invoice.getString("id"), "357.00");
        String paymentId = tenant.payments(invoice.getString("id")).get(0).getString("id");
        Api.Reply refunded = Api.post("/invoices/" + invoice.getString("id") + "/refunds", tenant.token,
                "{\"paymentId\":\"" + paymentId + "\",\"amount\":50.00,\"reason\":\"goodwill\"}");
        assertThat(refunded.status()).as(refunded.body()).isEqualTo(201);

        String organisation = connect(tenant);
        awaitPasses(tenant, 1);
        assertThat(Api.post("/integrations/books/xero/sync", tenant.token, null).status()).isEqualTo(202);
        awaitPasses(tenant, 2);
        assertThat(xero().creditNotes(organisation)).as("the credit note, once, its credit paid out")
                .singleElement().satisfies(note -> {
                    assertThat(note.path("Type").asText()).isEqualTo("ACCRECCREDIT");
                    assertThat(new BigDecimal(note.path("Total").asText())).isEqualByComparingTo("50.00");
                    assertThat(new BigDecimal(note.path("RemainingCredit").asText())).isZero();
                });
        assertThat(xero().payments(organisation)).extracting(p -> p.path("PaymentType").asText() + " "
                        + new BigDecimal(p.path("Amount").asText()).setScale(2))
                .containsExactlyInAnyOrder("ACCRECPAYMENT 357.00", "ARCREDITPAYMENT 50.00");
        assertThat(xero().invoices(organisation)).singleElement()
                .satisfies(twin -> assertThat(twin.path("Status").asText()).isEqualTo("PAID"));

        String company = connect(tenant, "quickbooks");
        awaitPasses(tenant, "quickbooks", 1);
        FakeQuickBooks books = TestPlatform.quickBooks();
        assertThat(books.entities(company, "RefundReceipt")).singleElement()
                .satisfies(r -> assertThat(new BigDecimal(r.path("TotalAmt").asText())).isEqualByComparingTo("50.00"));
        assertThat(books.entities(company, "CreditMemo")).as("the refund receipt stands for the credit note").isEmpty();
        assertThat(log(tenant, "quickbooks")).extracting(e -> e.getString("outcome")).doesNotContain("REFUSED");
        assertThat(log(tenant, "xero")).extracting(e -> e.getString("outcome")).doesNotContain("REFUSED");
    }

    @Test
    void quickBooksGetsTheSameCycleAndItsPaymentsComeBack() {
        InvoicingTenant tenant = InvoicingTenant.signUp("QuickBooks Studio");
        JsonObject invoice = issue(tenant, "2", "150.00", "19");
        JsonObject other = issue(tenant, "1", "60.00", null);
        pay(tenant, invoice.getString("id"), "100.00");

        String company = connect(tenant, "quickbooks");
        awaitPasses(tenant, "quickbooks", 1);
        FakeQuickBooks books = TestPlatform.quickBooks();
        assertThat(books.customers(company)).singleElement()
                .satisfies(c -> assertThat(c.path("PrimaryEmailAddr").path("Address").asText()).isEqualTo(tenant.clientEmail));
        assertThat(books.invoices(company)).extracting(twin -> twin.path("DocNumber").asText())
                .containsExactly(invoice.getString("number"), other.getString("number"));
        assertThat(books.calls()).as("both invoices in one batch request")
                .filteredOn(c -> c.path().equals("/v3/company/" + company + "/batch")).hasSize(1);
        assertThat(books.invoices(company)).first().satisfies(twin -> {
            assertThat(new BigDecimal(twin.path("TotalAmt").asText())).isEqualByComparingTo("357.00");
            assertThat(new BigDecimal(twin.path("Balance").asText())).isEqualByComparingTo("257.00");
        });
        assertThat(books.payments(company)).hasSize(1);

        String twin = books.invoices(company).get(0).path("Id").asText();
        String recorded = books.recordPaymentInQuickBooks(company, twin, "257.00",
                java.time.LocalDate.now(java.time.ZoneOffset.UTC));
        assertThat(Api.post("/integrations/books/quickbooks/sync", tenant.token, null).status()).isEqualTo(202);
        awaitPasses(tenant, "quickbooks", 2);
        assertThat(tenant.invoice(invoice.getString("id")).getString("status")).isEqualTo("PAID");
        assertThat(Api.post("/integrations/books/quickbooks/sync", tenant.token, null).status()).isEqualTo(202);
        awaitPasses(tenant, "quickbooks", 3);
        assertThat(books.customers(company)).hasSize(1);
        assertThat(books.invoices(company)).hasSize(2);
        assertThat(books.payments(company)).as("nothing pushed twice or back").hasSize(2);
        assertThat(tenant.payments(invoice.getString("id"))).hasSize(2);

        books.deletePaymentInQuickBooks(company, recorded);
        ObjectNode email = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode();
        email.putObject("PrimaryEmailAddr").put("Address", "payables@changed.test");
        books.changeCustomerInQuickBooks(company, books.customers(company).get(0).path("Id").asText(), email);
        assertThat(Api.post("/integrations/books/quickbooks/sync", tenant.token, null).status()).isEqualTo(202);
        awaitPasses(tenant, "quickbooks", 4);
        assertThat(tenant.invoice(invoice.getString("id")).getString("status")).as("open again").isEqualTo("PARTIALLY_PAID");
        assertThat(tenant.payments(invoice.getString("id"))).extracting(p -> p.getString("kind"))
                .containsExactlyInAnyOrder("PAYMENT", "PAYMENT", "PAYMENT_REVERSAL");
        takeTheirs(tenant, "quickbooks", "payables@changed.test");
    }

    private static String connect(InvoicingTenant tenant) {
        return connect(tenant, "xero");
    }

    /** Start, allow access on the vendor's page, follow the browser back: returns the organisation's id there. */
    private static String connect(InvoicingTenant tenant, String vendor) {
        Api.Reply start = Api.post("/integrations/books/" + vendor + "/authorization", tenant.token, null);
        assertThat(start.status()).as(start.body()).isEqualTo(200);
        try {
            String page = BROWSER.send(HttpRequest.newBuilder(URI.create(start.json().getString("authorizationUrl"))).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            Matcher allow = Pattern.compile("id=\"allow-access\" href=\"([^\"]+)\"").matcher(page);
            assertThat(allow.find()).as(page).isTrue();
            HttpResponse<String> back = BROWSER.send(HttpRequest.newBuilder(URI.create(allow.group(1).replace("&amp;", "&")))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(back.statusCode()).as(back.body()).isEqualTo(303);
            assertThat(back.headers().firstValue("Location").orElseThrow()).endsWith("/integrations?connected=" + vendor);
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
        JsonObject connected = vendor(tenant, vendor);
        assertThat(connected.getString("status")).isEqualTo("CONNECTED");
        if (vendor.equals("xero")) {
            assertThat(connected.getString("salesAccount")).isEqualTo("200");
            assertThat(connected.getString("bankAccount")).isEqualTo("090");
        }
        return connected.getString("organisationId");
    }

    private static boolean hasNextReminder(InvoicingTenant tenant, String invoiceId) {
        JsonObject reminders = Api.get("/reminders/invoices/" + invoiceId, tenant.token).json();
        return reminders.containsKey("next") && !reminders.isNull("next");
    }

    private static List<JsonObject> conflicts(InvoicingTenant tenant) {
        return conflicts(tenant, "xero");
    }

    private static List<JsonObject> conflicts(InvoicingTenant tenant, String vendor) {
        return Json.createReader(new StringReader(Api.get("/integrations/books/" + vendor + "/conflicts", tenant.token)
                .body())).readArray().getValuesAs(JsonObject.class);
    }

    private static JsonObject vendor(InvoicingTenant tenant) {
        return vendor(tenant, "xero");
    }

    private static JsonObject vendor(InvoicingTenant tenant, String vendor) {
        return Json.createReader(new StringReader(Api.get("/integrations/books", tenant.token).body())).readArray()
                .getValuesAs(JsonObject.class).stream().filter(v -> v.getString("vendor").equals(vendor)).findFirst()
                .orElseThrow();
    }

    private static List<JsonObject> log(InvoicingTenant tenant) {
        return log(tenant, "xero");
    }

    private static List<JsonObject> log(InvoicingTenant tenant, String vendor) {
        return Json.createReader(new StringReader(Api.get("/integrations/books/" + vendor + "/log", tenant.token).body()))
                .readArray().getValuesAs(JsonObject.class);
    }

    private static void awaitPasses(InvoicingTenant tenant, int passes) {
        awaitPasses(tenant, "xero", passes);
    }

    private static void awaitPasses(InvoicingTenant tenant, String vendor, int passes) {
        await(() -> log(tenant, vendor).stream().filter(e -> e.getString("outcome").equals("FINISHED")).count() >= passes,
                passes + " finished passes at " + vendor);
    }

    private static void await(java.util.function.BooleanSupplier condition, String what) {
        await(condition, () -> what);
    }

    private static void await(java.util.function.BooleanSupplier condition, java.util.function.Supplier<String> what) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Waited 90 s for " + what.get());
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private static JsonObject issue(InvoicingTenant tenant, String quantity, String unitPrice, String taxRate) {
        Api.Reply draft = Api.post("/invoices", tenant.token, tenant.invoiceJson(quantity, unitPrice, taxRate, null));
        assertThat(draft.status()).as(draft.body()).isEqualTo(201);
        Api.Reply issued = Api.post("/invoices/" + draft.json().getString("id") + "/issue", tenant.token, null);
        assertThat(issued.status()).as(issued.body()).isEqualTo(200);
        return issued.json();
    }

    private static void pay(InvoicingTenant tenant, String invoiceId, String amount) {
        Api.Reply paid = Api.post("/invoices/" + invoiceId + "/payments", tenant.token,
                "{\"amount\":" + amount + ",\"method\":\"BANK_TRANSFER\",\"reference\":\"transfer\"}");
        assertThat(paid.status()).as(paid.body()).isEqualTo(201);
    }

    private static FakeXero xero() {
        return TestPlatform.xero();
    }
}
