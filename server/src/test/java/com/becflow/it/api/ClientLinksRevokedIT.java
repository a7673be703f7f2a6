package com.becflow.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.becflow.it.MailedLinks;
import com.becflow.it.RunningServer;
import com.becflow.it.browser.TestBrowser;
import com.becflow.portal.PortalLinkToken;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A client's links stop working when the address they went to is no longer the client's, or the client is
 * archived: they then answer exactly as a link that never existed, and nothing else about the contract, the invoice
 * or the client changes. The next mail brings a fresh link.
 */
class ClientLinksRevokedIT {

    private InvoicingTenant tenant;
    private String contractId;
    private String invoiceId;
    private String contractLink;
    private String invoiceLink;
    private List<JsonObject> invoiceEventsBefore;
    private JsonArray contractEventsBefore;

    @BeforeEach
    void aClientWithAContractAndAnInvoiceLink() {
        tenant = InvoicingTenant.signUp("Revoking Studio");
        String template = Json.createReader(new StringReader(Api.get("/contract-templates", tenant.token).body()))
                .readArray().getValuesAs(JsonObject.class).get(0).getString("id");
        Api.Reply contract = Api.post("/contracts", tenant.token, Json.createObjectBuilder().add("templateId", template)
                .add("clientId", tenant.clientId).add("projectName", "Website").add("startDate", "2027-02-01")
                .add("fee", 900).build().toString());
        assertThat(contract.status()).as(contract.body()).isEqualTo(201);
        contractId = contract.json().getString("id");
        assertThat(Api.post("/contracts/" + contractId + "/send", tenant.token, null).status()).isEqualTo(200);
        contractLink = InvoicingTenant.secret(MailedLinks.await(tenant.clientEmail, 1, MailedLinks.CONTRACT));
        invoiceId = tenant.issued("150.00").getString("id");
        invoiceLink = InvoicingTenant.secret(MailedLinks.await(tenant.clientEmail, 2, MailedLinks.INVOICE));
        assertThat(Api.portal("GET", "/contracts/" + contractLink, null).status()).isEqualTo(200);
        assertThat(Api.portal("GET", "/invoices/" + invoiceLink, null).status()).isEqualTo(200);
    }

    @Test
    void afterAnEmailChangeTheOldLinksAnswerAsUnknownOnesAndNothingElseChanged() {
        JsonObject contractBefore = Api.get("/contracts/" + contractId, tenant.token).json();
        JsonObject invoiceBefore = tenant.invoice(invoiceId);
        remember();
        String newEmail = "moved-" + UUID.randomUUID() + "@client.test";

        Api.Reply changed = Api.put("/clients/" + tenant.clientId, tenant.token, Api.clientJson("Pat Payer", newEmail));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().getString("email")).isEqualTo(newEmail);

        assertAnswersAsUnknown();
        assertUnchanged(contractBefore, invoiceBefore);

        Api.Reply resent = Api.post("/invoices/" + invoiceId + "/resend", tenant.token, null);
        assertThat(resent.status()).as(resent.body()).isEqualTo(200);
        String fresh = InvoicingTenant.secret(MailedLinks.await(newEmail, 1, MailedLinks.INVOICE));
        assertThat(Api.portal("GET", "/invoices/" + fresh, null).status()).as("the new mail's link works").isEqualTo(200);
    }

    @Test
    void changingOnlyTheCaseOfTheAddressKeepsTheLinks() {
        Api.Reply changed = Api.put("/clients/" + tenant.clientId, tenant.token,
                Api.clientJson("Pat Payer", tenant.clientEmail.toUpperCase()));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(Api.portal("GET", "/contracts/" + contractLink, null).status()).isEqualTo(200);
        assertThat(Api.portal("GET", "/invoices/" + invoiceLink, null).status()).isEqualTo(200);
    }

    @Test
    void afterArchivingTheClientTheirLinksAnswerAsUnknownOnesAndNothingElseChanged() {
        JsonObject contractBefore = Api.get("/contracts/" + contractId, tenant.token).json();
        JsonObject invoiceBefore = tenant.invoice(invoiceId);
        remember();

        Api.Reply archived = Api.post("/clients/" + tenant.clientId + "/archive", tenant.token, null);
        assertThat(archived.status()).as(archived.body()).isEqualTo(200);

        assertAnswersAsUnknown();
        assertUnchanged(contractBefore, invoiceBefore);
        JsonObject client = Api.get("/clients/" + tenant.clientId, tenant.token).json();
        assertThat(client.getString("email")).isEqualTo(tenant.clientEmail);
        assertThat(client.getBoolean("archived")).isTrue();
    }

    private void assertAnswersAsUnknown() {
        String never = PortalLinkToken.newToken();
        for (String[] path : new String[][] {{"/contracts/", contractLink}, {"/invoices/", invoiceLink}}) {
            Api.Reply unknown = Api.portal("GET", path[0] + never, null);
            Api.Reply old = Api.portal("GET", path[0] + path[1], null);
            assertThat(old.status()).isEqualTo(404);
            assertThat(old.contentType()).isEqualTo(unknown.contentType());
            assertThat(old.body()).as("exactly what a link that never existed gets").isEqualTo(unknown.body());
        }
        Api.Reply unknownPdf = Api.portal("GET", "/invoices/" + never + "/invoice.pdf", null);
        Api.Reply oldPdf = Api.portal("GET", "/invoices/" + invoiceLink + "/invoice.pdf", null);
        assertThat(oldPdf.status()).isEqualTo(404);
        assertThat(oldPdf.body()).isEqualTo(unknownPdf.body());
        Api.Reply unknownRenewal = Api.portal("POST", "/link-renewals", "{\"token\":\"" + never + "\"}");
        Api.Reply oldRenewal = Api.portal("POST", "/link-renewals", "{\"token\":\"" + contractLink + "\"}");
        assertThat(oldRenewal.status()).as("no fresh link to the old address either").isEqualTo(unknownRenewal.status());
        assertThat(oldRenewal.body()).isEqualTo(unknownRenewal.body());
        assertThat(Api.portal("POST", "/contracts/" + contractLink + "/signature",
                "{\"consent\":true,\"fullName\":\"Pat Payer\"}").status()).isEqualTo(404);
        try (TestBrowser browser = new TestBrowser("revoked-links")) {
            for (String[] page : new String[][] {{"/portal/contract/", contractLink}, {"/portal/invoice/", invoiceLink}}) {
                String unknownPage = deadLinkPage(browser, page[0] + never);
                assertThat(deadLinkPage(browser, page[0] + page[1])).as("the page of a link that never existed")
                        .isEqualTo(unknownPage).contains("This link does not open anything");
                assertThat(browser.page().locator("#renew-link").count()).as("no fresh link offered").isZero();
            }
            browser.screenshot("a-revoked-link");
        }
    }

    private static String deadLinkPage(TestBrowser browser, String path) {
        browser.page().navigate(RunningServer.baseUrl() + path);
        browser.page().locator("#link-not-found, #contract-heading, #invoice-heading").first().waitFor();
        return browser.page().locator("main").innerText();
    }

    /** The contract's evidence and the invoice's history as they are now, to show later that nothing was added. */
    private void remember() {
        invoiceEventsBefore = tenant.events(invoiceId);
        contractEventsBefore = Api.get("/contracts/" + contractId + "/audit-trail", tenant.token).json().getJsonArray("events");
    }

    private void assertUnchanged(JsonObject contractBefore, JsonObject invoiceBefore) {
        JsonObject contractAfter = Api.get("/contracts/" + contractId, tenant.token).json();
        JsonObject invoiceAfter = tenant.invoice(invoiceId);
        for (String field : new String[] {"status", "revision", "sentTo", "sentAt", "expiresAt", "viewedAt", "updatedAt"}) {
            assertThat(contractAfter.get(field)).as("contract " + field).isEqualTo(contractBefore.get(field));
        }
        for (String field : new String[] {"status", "number", "ledger", "dueDate", "viewedAt", "updatedAt"}) {
            assertThat(invoiceAfter.get(field)).as("invoice " + field).isEqualTo(invoiceBefore.get(field));
        }
        assertThat(tenant.events(invoiceId)).as("nothing in the invoice's history").isEqualTo(invoiceEventsBefore);
        assertThat(Api.get("/contracts/" + contractId + "/audit-trail", tenant.token).json().getJsonArray("events"))
                .as("nothing in the contract's evidence").isEqualTo(contractEventsBefore);
    }
}
