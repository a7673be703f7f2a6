package com.becflow.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.becflow.it.MailedLinks;
import com.becflow.it.RunningServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * A client's home: any link to one of their documents opens everything they have with that freelancer, and nothing of
 * anyone else's; a document is opened from it by a fresh link of its own.
 */
class ClientHomeApiIT {

    @Test
    void anInvoiceLinkOpensTheClientsHomeWithTheirDocumentsOnlyAndEachOpensByAFreshLink() {
        InvoicingTenant tenant = InvoicingTenant.signUp("Home Studio");
        String template = Json.createReader(new StringReader(Api.get("/contract-templates", tenant.token).body()))
                .readArray().getValuesAs(JsonObject.class).get(0).getString("id");
        Api.Reply contract = Api.post("/contracts", tenant.token, Json.createObjectBuilder().add("templateId", template)
                .add("clientId", tenant.clientId).add("projectName", "Website").add("startDate", "2027-02-01")
                .add("fee", 900).build().toString());
        assertThat(contract.status()).as(contract.body()).isEqualTo(201);
        String contractId = contract.json().getString("id");
        assertThat(Api.post("/contracts/" + contractId + "/send", tenant.token, null).status()).isEqualTo(200);
        JsonObject first = tenant.issued("150.00");
        JsonObject second = tenant.issued("250.00");
        Api.Reply draft = Api.post("/invoices", tenant.token, tenant.invoiceJson("1", "999", null, null));
        assertThat(draft.status()).isEqualTo(201);
        String otherEmail = "other-" + UUID.randomUUID() + "@client.test";
        String otherClient = Api.post("/clients", tenant.token, Api.clientJson("Otto Other", otherEmail)).json()
                .getString("id");
        Api.Reply othersDraft = Api.post("/invoices", tenant.token, Json.createObjectBuilder().add("clientId", otherClient)
                .add("lines", Json.createArrayBuilder().add(Json.createObjectBuilder().add("description", "Other work")
                        .add("quantity", 1).add("unitPrice", 77))).build().toString());
        String othersInvoice = othersDraft.json().getString("id");
        assertThat(Api.post("/invoices/" + othersInvoice + "/issue", tenant.token, null).status()).isEqualTo(200);
        String link = InvoicingTenant.secret(MailedLinks.await(tenant.clientEmail, 3, MailedLinks.INVOICE));

        Api.Reply home = Api.portal("GET", "/home/" + link, null);

        assertThat(home.status()).as(home.body()).isEqualTo(200);
        JsonObject overview = home.json();
        assertThat(overview.getString("freelancer")).isEqualTo("Home Studio");
        assertThat(overview.getString("client")).isEqualTo("Pat Payer");
        assertThat(overview.getJsonArray("owed").getValuesAs(JsonObject.class))
                .extracting(o -> o.getString("amount") + " " + o.getString("currency")).containsExactly("400.00 EUR");
        assertThat(overview.getJsonArray("invoices").getValuesAs(JsonObject.class))
                .as("issued invoices, newest first; no draft, nothing of another client")
                .extracting(i -> i.getString("number") + " " + i.getString("status") + " " + i.getJsonObject("balance")
                        .getString("amount"))
                .containsExactly(second.getString("number") + " ISSUED 250.00",
                        first.getString("number") + " ISSUED 150.00");
        assertThat(overview.getJsonArray("contracts").getValuesAs(JsonObject.class))
                .extracting(c -> c.getString("id") + " " + c.getString("status")).containsExactly(contractId + " SENT");

        assertThat(overview.getJsonArray("mails").getValuesAs(JsonObject.class))
                .as("what was sent to the client about these, newest first; not the other client's")
                .extracting(m -> m.getString("subject").replaceAll(" \\(.*|: .*", ""))
                .containsExactly("Home Studio sent you invoice " + second.getString("number"),
                        "Home Studio sent you invoice " + first.getString("number"),
                        "Home Studio sent you a contract to sign");
        Api.Reply opened = Api.portal("POST", "/home/" + link + "/invoices/" + first.getString("id") + "/link", null);
        assertThat(opened.status()).as(opened.body()).isEqualTo(200);
        String fresh = InvoicingTenant.secret(opened.json().getString("url"));
        assertThat(fresh).isNotEqualTo(link);
        assertThat(Api.portal("GET", "/invoices/" + fresh, null).json().getString("number"))
                .isEqualTo(first.getString("number"));
        Api.Reply contractOpened = Api.portal("POST", "/home/" + link + "/contracts/" + contractId + "/link", null);
        assertThat(contractOpened.status()).as(contractOpened.body()).isEqualTo(200);
        assertThat(contractOpened.json().getString("url")).contains("/portal/contract/");
        assertThat(Api.portal("GET", "/contracts/" + InvoicingTenant.secret(contractOpened.json().getString("url")), null)
                .status()).isEqualTo(200);
        assertThat(Api.portal("GET", "/home/" + InvoicingTenant.secret(contractOpened.json().getString("url")), null)
                .json().getJsonArray("invoices")).as("a contract's link opens the same home").hasSize(2);

        assertThat(Api.portal("POST", "/home/" + link + "/invoices/" + othersInvoice + "/link", null).status())
                .as("another client's invoice").isEqualTo(404);
        assertThat(Api.portal("POST", "/home/" + link + "/invoices/" + draft.json().getString("id") + "/link", null)
                .status()).as("a draft").isEqualTo(404);
        assertThat(Api.portal("POST", "/home/" + link + "/invoices/not-an-id/link", null).status()).isEqualTo(404);
        assertThat(Api.portal("GET", "/home/" + "A".repeat(43), null).status()).as("an unknown link").isEqualTo(404);

        assertThat(Api.portal("GET", "/invoices/" + link, null).json().getString("number"))
                .as("the newest mail's link is the second invoice's").isEqualTo(second.getString("number"));
        assertThat(Api.post("/invoices/" + second.getString("id") + "/void", tenant.token, null).status()).isEqualTo(200);
        assertThat(Api.portal("GET", "/home/" + link, null).status()).as("the voided invoice's link opens no home")
                .isEqualTo(404);
        assertThat(Api.portal("GET", "/home/" + InvoicingTenant.secret(contractOpened.json().getString("url")), null)
                .json().getJsonArray("invoices").getValuesAs(JsonObject.class))
                .extracting(i -> i.getString("number") + " " + i.getString("status"))
                .contains(second.getString("number") + " VOID");
    }

    @Test
    void aClientSignsInByAMailedLinkThatWorksOnceAndOnlyAClientsAddressGetsOne() throws InterruptedException {
        InvoicingTenant tenant = InvoicingTenant.signUp("Sign In Studio");
        tenant.issued("120.00");
        String link = InvoicingTenant.secret(MailedLinks.await(tenant.clientEmail, 1, MailedLinks.INVOICE));
        String business = Api.portal("GET", "/home/" + link, null).json().getString("business");

        Api.Reply asked = Api.portal("POST", "/sign-in", signIn(business, tenant.clientEmail.toUpperCase()));
        assertThat(asked.status()).as(asked.body()).isEqualTo(202);
        var mail = MailedLinks.awaitMail(tenant.clientEmail, "Your sign-in link for Sign In Studio", Duration.ofSeconds(20));
        Matcher signInLink = Pattern.compile("/portal/sign-in/([A-Za-z0-9_-]{43})").matcher(mail.text());
        assertThat(signInLink.find()).as(mail.text()).isTrue();
        assertThat(mail.text()).contains("It works once, for the next 15 minutes");

        Api.Reply again = Api.portal("POST", "/sign-in", signIn(business, tenant.clientEmail));
        assertThat(again.status()).isEqualTo(202);
        Api.Reply stranger = Api.portal("POST", "/sign-in", signIn(business, "stranger-" + UUID.randomUUID()
                + "@client.test"));
        assertThat(stranger.status()).as("the same answer for an address that is no client's").isEqualTo(202);
        assertThat(stranger.json().getString("message")).isEqualTo(asked.json().getString("message"));
        assertThat(Api.portal("POST", "/sign-in", signIn("no-such-business-" + UUID.randomUUID().toString()
                .substring(0, 8), tenant.clientEmail)).status()).isEqualTo(202);
        Api.Reply bad = Api.portal("POST", "/sign-in", signIn(business, "not an address"));
        assertThat(bad.status()).as(bad.body()).isEqualTo(400);
        assertThat(bad.contentType()).startsWith("application/problem+json");
        assertThat(bad.body()).contains("\"field\":\"email\"", "portal.sign-in.invalid");

        Api.Reply exchanged = Api.portal("POST", "/sign-in/" + signInLink.group(1), null);
        assertThat(exchanged.status()).as(exchanged.body()).isEqualTo(200);
        String home = InvoicingTenant.secret(exchanged.json().getString("url"));
        assertThat(exchanged.json().getString("url")).contains("/portal/home/");
        JsonObject overview = Api.portal("GET", "/home/" + home, null).json();
        assertThat(overview.getString("client")).isEqualTo("Pat Payer");
        assertThat(overview.getJsonArray("invoices")).hasSize(1);
        assertThat(Api.portal("POST", "/sign-in/" + signInLink.group(1), null).status()).as("a sign-in link works once")
                .isEqualTo(404);
        assertThat(Api.portal("GET", "/invoices/" + home, null).status()).as("a home link opens no document")
                .isEqualTo(404);
        Thread.sleep(2_000);
        assertThat(MailedLinks.awaitMails(tenant.clientEmail, 2, Duration.ofSeconds(5))).as("no second sign-in mail"
                + " within minutes of the first").extracting(m -> m.subject()).filteredOn(s -> s.startsWith("Your sign-in"))
                .hasSize(1);
    }

    @Test
    void theStatementOfAccountClosesOnWhatTheClientsInvoicesOweInEachCurrencyForTheFreelancerAndTheClient()
            throws IOException {
        InvoicingTenant tenant = InvoicingTenant.signUp("Statement Studio");
        JsonObject credited = tenant.issued("150.00");
        assertThat(Api.post("/invoices/" + credited.getString("id") + "/credit-notes", tenant.token, Json.createObjectBuilder()
                .add("lines", Json.createArrayBuilder().add(Json.createObjectBuilder().add("description", "Less")
                        .add("quantity", 1).add("unitPrice", 10))).build().toString()).status()).isEqualTo(201);
        JsonObject partlyPaid = tenant.issued("250.00");
        assertThat(Api.post("/invoices/" + partlyPaid.getString("id") + "/payments", tenant.token,
                "{\"amount\":100,\"method\":\"CASH\"}").status()).isEqualTo(201);
        JsonObject refunded = tenant.issued("60.00");
        String payment = Api.post("/invoices/" + refunded.getString("id") + "/payments", tenant.token,
                "{\"amount\":60,\"method\":\"BANK_TRANSFER\"}").json().getString("id");
        assertThat(Api.post("/invoices/" + refunded.getString("id") + "/refunds", tenant.token, "{\"paymentId\":\""
                + payment + "\",\"amount\":20}").status()).isEqualTo(201);
        Api.Reply dollars = Api.post("/invoices", tenant.token, tenant.invoiceJson("1", "80.00", null, "USD"));
        assertThat(Api.post("/invoices/" + dollars.json().getString("id") + "/issue", tenant.token, null).status())
                .isEqualTo(200);
        String link = InvoicingTenant.secret(MailedLinks.text(MailedLinks.awaitMails(tenant.clientEmail,
                "Statement Studio sent you invoice", 4, Duration.ofSeconds(20)).get(0), MailedLinks.INVOICE));
        List<String> owed = Api.portal("GET", "/home/" + link, null).json().getJsonArray("owed")
                .getValuesAs(JsonObject.class).stream().map(o -> o.getString("currency") + " " + o.getString("amount"))
                .toList();
        assertThat(owed).as("what the client's invoices owe: 140 + 150 + 0 in euros").containsExactlyInAnyOrder(
                "EUR 290.00", "USD 80.00");

        String statement = text(Api.pdf(Api.base() + "/clients/" + tenant.clientId + "/statement.pdf", tenant.token));
        String portalStatement = text(Api.pdf(RunningServer.baseUrl() + "/portal/api/home/" + link + "/statement.pdf", null));

        for (String pdf : List.of(statement, portalStatement)) {
            assertThat(pdf).contains("Statement of account", "Statement Studio", "Pat Payer",
                    "Invoice " + credited.getString("number"), "Invoice " + partlyPaid.getString("number"),
                    "Invoice " + refunded.getString("number"), "Payment on " + partlyPaid.getString("number") + " (Cash)",
                    "Refund on " + refunded.getString("number"), "Opening balance");
            assertThat(owed).as("each closing balance is what the home says is owed").allSatisfy(closing ->
                    assertThat(pdf).contains("Closing balance on").contains(closing));
            assertThat(pdf.substring(pdf.indexOf("Open on"))).as("the open items: what each open invoice owes")
                    .contains(credited.getString("number") + " ", "EUR 140.00", partlyPaid.getString("number") + " ",
                            "EUR 150.00", "USD 80.00").doesNotContain(refunded.getString("number") + " ");
        }

        Api.Reply reversed = Api.get("/clients/" + tenant.clientId + "/statement.pdf?from=2026-06-02&to=2026-06-01",
                tenant.token);
        assertThat(reversed.status()).as(reversed.body()).isEqualTo(400);
        assertThat(reversed.contentType()).startsWith("application/problem+json");
        assertThat(reversed.body()).contains("statement.period.invalid", "\"field\":\"to\"");
        assertThat(Api.get("/clients/" + tenant.clientId + "/statement.pdf?from=2020-01-01&to=2025-12-31", tenant.token)
                .body()).as("over five years").contains("statement.period.invalid", "\"field\":\"to\"");
        Api.Reply notADay = Api.get("/clients/" + tenant.clientId + "/statement.pdf?from=last-year", tenant.token);
        assertThat(notADay.status()).isEqualTo(400);
        assertThat(notADay.body()).contains("\"field\":\"from\"");
        Api.Reply portalNotADay = Api.portal("GET", "/home/" + link + "/statement.pdf?to=31.12.2026", null);
        assertThat(portalNotADay.status()).isEqualTo(400);
        assertThat(portalNotADay.body()).contains("\"field\":\"to\"");

        InvoicingTenant other = InvoicingTenant.signUp("Other Studio");
        Api.Reply othersClient = Api.get("/clients/" + tenant.clientId + "/statement.pdf", other.token);
        assertThat(othersClient.status()).as("another workspace's client").isEqualTo(404);
        assertThat(othersClient.body()).contains("client.not-found");
        assertThat(Api.portal("GET", "/home/" + "A".repeat(43) + "/statement.pdf", null).status()).as("an unknown link")
                .isEqualTo(404);
        assertThat(Api.portal("GET", "/home/" + "A".repeat(43) + "/statement.pdf?from=bad", null).status())
                .as("a dead link is refused before its period is read").isEqualTo(404);
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static String signIn(String business, String email) {
        return Json.createObjectBuilder().add("business", business).add("email", email).build().toString();
    }
}
