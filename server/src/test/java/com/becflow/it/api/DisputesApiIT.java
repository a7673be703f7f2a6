package com.becflow.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.becflow.it.MailedLinks;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A client disputes part of an invoice through its link; the disputed amount is held back from reminders while the
 * rest is still reminded; the freelancer rejects one dispute and credits another, and the client is told each time.
 * Bad input is refused with the field named and changes nothing.
 */
class DisputesApiIT {

    @Test
    void aDisputeHoldsItsAmountBackUntilTheFreelancerRejectsOrCreditsItAndTheClientIsToldEachTime() throws Exception {
        InvoicingTenant tenant = InvoicingTenant.signUp("Dispute Studio");
        JsonObject invoice = tenant.issued("1000.00");
        String id = invoice.getString("id");
        String number = invoice.getString("number");
        String link = InvoicingTenant.secret(MailedLinks.await(tenant.clientEmail, 1, MailedLinks.INVOICE));
        String disputes = "/invoices/" + link + "/disputes";

        JsonObject standing = Api.portal("GET", disputes, null).json();
        assertThat(standing.getBoolean("canDispute")).isTrue();
        assertThat(standing.getJsonArray("lines").getJsonObject(0).getString("description")).isEqualTo("Design work");
        assertCode(Api.portal("POST", disputes, "{\"line\":2,\"amount\":100,\"reason\":\"Not done\"}"), 400,
                "dispute.invalid", "line");
        assertCode(Api.portal("POST", disputes, "{\"line\":1,\"amount\":1000.01,\"reason\":\"Not done\"}"), 400,
                "dispute.invalid", "amount");
        assertCode(Api.portal("POST", disputes, "{\"amount\":100.001,\"reason\":\"Not done\"}"), 400,
                "dispute.invalid", "amount");
        assertCode(Api.portal("POST", disputes, "{\"amount\":100,\"reason\":\"  \"}"), 400, "dispute.invalid",
                "reason");
        assertThat(Api.portal("GET", disputes, null).json().getJsonArray("disputes")).as("nothing stored").isEmpty();

        JsonObject raised = Api.portal("POST", disputes, "{\"line\":1,\"amount\":400,\"reason\":\"The second draft was"
                + " never delivered\"}").json();
        assertThat(raised.getBoolean("canDispute")).as("one at a time").isFalse();
        assertThat(raised.getJsonNumber("disputed").bigDecimalValue()).isEqualByComparingTo("400.00");
        assertCode(Api.portal("POST", disputes, "{\"amount\":100,\"reason\":\"Also this\"}"), 409,
                "dispute.already-open", null);
        assertThat(Api.get("/reminders/invoices/" + id + "/preview", tenant.token).json().getString("body"))
                .as("the rest is still reminded").contains("EUR 600.00").doesNotContain("EUR 1,000.00");
        String owner = Api.get("/me", tenant.token).json().getString("email");
        assertThat(MailedLinks.awaitMail(owner, "Disputed: EUR 400.00 of " + number, Duration.ofSeconds(15)).text())
                .contains("never delivered", "line 1, Design work");
        JsonObject first = list("/invoices/" + id + "/disputes", tenant.token).get(0);
        assertThat(first.getString("status")).isEqualTo("OPEN");
        assertThat(first.getInt("line")).isEqualTo(1);

        Api.Reply rejected = Api.post("/invoices/" + id + "/disputes/" + first.getString("id") + "/rejection",
                tenant.token, "{\"answer\":\"It went out on 2 March; see the attached link.\"}");
        assertThat(rejected.status()).as(rejected.body()).isEqualTo(200);
        assertThat(rejected.json().getString("status")).isEqualTo("REJECTED");
        assertCode(Api.post("/invoices/" + id + "/disputes/" + first.getString("id") + "/rejection", tenant.token,
                "{\"answer\":\"Again\"}"), 409, "dispute.answered", null);
        assertThat(MailedLinks.awaitMail(tenant.clientEmail, "About your dispute of " + number, Duration.ofSeconds(15))
                .text()).contains("due again", "It went out on 2 March");
        assertThat(Api.get("/reminders/invoices/" + id + "/preview", tenant.token).json().getString("body"))
                .as("owed again in full").contains("EUR 1,000.00");

        Api.portal("POST", disputes, "{\"amount\":1000,\"reason\":\"We cancelled the whole project\"}");
        JsonObject held = Api.get("/reminders/invoices/" + id, tenant.token).json();
        assertThat(held.containsKey("next")).as("nothing left to remind of while all of it is disputed").isFalse();
        assertCode(Api.post("/reminders/invoices/" + id + "/send-now", tenant.token, null), 409, "reminder.disputed",
                null);
        String second = Api.portal("GET", disputes, null).json().getJsonArray("disputes").getJsonObject(1)
                .getString("id");
        assertCode(Api.post("/invoices/" + id + "/disputes/" + second + "/rejection", tenant.token, "{\"answer\":\" \"}"),
                400, "dispute.invalid", "answer");

        Api.Reply credited = Api.post("/invoices/" + id + "/disputes/" + second + "/credit", tenant.token,
                "{\"lines\":[{\"description\":\"Project cancelled\",\"quantity\":1,\"unitPrice\":1000}],"
                        + "\"reason\":\"Cancelled by agreement\",\"answer\":\"Agreed, sorry for the trouble.\"}");
        assertThat(credited.status()).as(credited.body()).isEqualTo(200);
        assertThat(credited.json().getString("status")).isEqualTo("CREDITED");
        assertThat(credited.json().getString("creditNoteId")).isNotBlank();
        assertThat(tenant.invoice(id).getString("status")).as("nothing is owed any more").isEqualTo("PAID");
        assertThat(MailedLinks.awaitMail(tenant.clientEmail, "Your dispute of " + number, Duration.ofSeconds(15)).text())
                .contains("you are right", "Agreed, sorry");
        assertThat(tenant.events(id)).extracting(e -> e.getString("type")).contains("DISPUTE_RAISED",
                "DISPUTE_REJECTED", "DISPUTE_CREDITED", "CREDITED");
        assertThat(Api.portal("GET", disputes, null).json().getBoolean("canDispute")).isFalse();
    }

    @Test
    void whileDisputingTheClientCanPayTheUndisputedRestOnlineOnItsOwn() throws Exception {
        InvoicingTenant tenant = InvoicingTenant.signUp("Partly Disputed Studio");
        tenant.connectStripe();
        tenant.issued("1000.00");
        String link = InvoicingTenant.secret(MailedLinks.await(tenant.clientEmail, 1, MailedLinks.INVOICE));
        assertCode(Api.portal("POST", "/invoices/" + link + "/checkout", "{\"amount\":600}"), 400, "invoice.invalid",
                "amount");

        Api.portal("POST", "/invoices/" + link + "/disputes", "{\"amount\":400,\"reason\":\"Half the banner work\"}");

        Api.Reply rest = Api.portal("POST", "/invoices/" + link + "/checkout", "{\"amount\":600}");
        assertThat(rest.status()).as(rest.body()).isEqualTo(200);
        assertThat(rest.json().getString("url")).isNotBlank();
        Api.Reply less = Api.portal("POST", "/invoices/" + link + "/checkout", "{\"amount\":500}");
        assertCode(less, 400, "invoice.invalid", "amount");
        assertThat(less.body()).contains("Pay at least 600.00");
    }

    @Test
    void anotherWorkspaceCannotSeeOrAnswerTheDispute() throws Exception {
        InvoicingTenant tenant = InvoicingTenant.signUp("Disputed Studio");
        InvoicingTenant other = InvoicingTenant.signUp("Nosy Studio");
        String id = tenant.issued("300.00").getString("id");
        String link = InvoicingTenant.secret(MailedLinks.await(tenant.clientEmail, 1, MailedLinks.INVOICE));
        Api.portal("POST", "/invoices/" + link + "/disputes", "{\"amount\":50,\"reason\":\"Too many hours\"}");
        String dispute = list("/invoices/" + id + "/disputes", tenant.token).get(0)
                .getString("id");

        assertThat(Api.get("/invoices/" + id + "/disputes", other.token).status()).isEqualTo(404);
        assertThat(Api.post("/invoices/" + id + "/disputes/" + dispute + "/rejection", other.token,
                "{\"answer\":\"No\"}").status()).isEqualTo(404);
        assertThat(list("/invoices/" + id + "/disputes", tenant.token).get(0)
                .getString("status")).isEqualTo("OPEN");
    }

    private static List<JsonObject> list(String path, String token) {
        return Json.createReader(new StringReader(Api.get(path, token).body())).readArray().getValuesAs(JsonObject.class);
    }

    private static void assertCode(Api.Reply reply, int status, String code, String field) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().getString("code")).as(reply.body()).isEqualTo(code);
        if (field != null) {
            assertThat(reply.body()).contains("\"field\":\"" + field + "\"");
        }
    }
}
