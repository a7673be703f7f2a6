package com.becflow.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.becflow.integrations.stripe.FakeStripe;
import com.becflow.invoicing.PaymentMethod;
import com.becflow.it.MailedLinks;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The ledger over HTTP: money that arrives when nothing is owed any more is never a silent negative balance but an
 * item the freelancer decides (give it back, or keep it as the client's credit and pay later invoices with it);
 * each broken rule answers with its own code; the history says who did what, by kind.
 */
class LedgerApiIT {

    @Test
    void aBankDebitThatClearsAfterTheInvoiceWasVoidedIsKeptAsCreditAndPaysTheNextInvoice() throws Exception {
        InvoicingTenant tenant = InvoicingTenant.signUp("Void Money Studio");
        FakeStripe stripe = InvoicingTenant.stripe();
        tenant.connectStripe();
        String id = tenant.issued("90.00").getString("id");
        String link = InvoicingTenant.secret(MailedLinks.await(tenant.clientEmail, 1, MailedLinks.INVOICE));
        String session = InvoicingTenant.sessionOf(Api.portal("POST", "/invoices/" + link + "/checkout", "{}").json()
                .getString("url"));
        stripe.pay(session, PaymentMethod.BANK_DEBIT);
        awaitPending(link);

        Api.Reply voided = Api.post("/invoices/" + id + "/void", tenant.token, null);
        assertThat(voided.status()).as("nothing was paid yet: the debit has not cleared").isEqualTo(200);
        stripe.settleBankDebit(session);

        JsonObject decided = awaitExcess(tenant, id);
        assertThat(decided.getString("status")).isEqualTo("VOID");
        assertThat(decided.getJsonObject("ledger").getJsonObject("excess").getString("amount")).isEqualTo("90.00");
        assertThat(tenant.events(id)).extracting(e -> e.getString("type"))
                .contains("VOIDED", "PAYMENT", "MONEY_TO_DECIDE");

        Api.Reply kept = Api.post("/invoices/" + id + "/excess/credit", tenant.token, null);
        assertThat(kept.status()).as(kept.body()).isEqualTo(201);
        assertThat(kept.json().getString("kind")).isEqualTo("MOVED_TO_CREDIT");
        JsonObject after = tenant.invoice(id);
        assertThat(after.getJsonObject("ledger").getJsonObject("excess").getString("amount")).isEqualTo("0.00");
        assertThat(after.getJsonObject("ledger").getJsonObject("movedToCredit").getString("amount")).isEqualTo("90.00");
        assertCode(Api.post("/invoices/" + id + "/excess/credit", tenant.token, null), 409, "invoice.excess.none");

        String next = tenant.issued("60.00").getString("id");
        Api.Reply fromCredit = Api.post("/invoices/" + next + "/payments", tenant.token,
                "{\"amount\":60,\"method\":\"CLIENT_CREDIT\"}");
        assertThat(fromCredit.status()).as(fromCredit.body()).isEqualTo(201);
        assertThat(tenant.invoice(next).getString("status")).isEqualTo("PAID");
        String third = tenant.issued("40.00").getString("id");
        Api.Reply overdrawn = Api.post("/invoices/" + third + "/payments", tenant.token,
                "{\"amount\":30.01,\"method\":\"CLIENT_CREDIT\"}");
        assertThat(overdrawn.status()).as(overdrawn.body()).isEqualTo(400);
        assertThat(overdrawn.body()).contains("\"field\":\"amount\"", "credit holds EUR 30.00");
        assertThat(tenant.payments(third)).as("nothing half-written").isEmpty();
    }

    @Test
    void anOverpaymentThroughStripeIsGivenBackThroughStripeWithoutACreditNote() throws Exception {
        InvoicingTenant tenant = InvoicingTenant.signUp("Overpaid Studio");
        FakeStripe stripe = InvoicingTenant.stripe();
        String account = tenant.connectStripe();
        String id = tenant.issued("100.00").getString("id");
        String link = InvoicingTenant.secret(MailedLinks.await(tenant.clientEmail, 1, MailedLinks.INVOICE));
        String session = InvoicingTenant.sessionOf(Api.portal("POST", "/invoices/" + link + "/checkout", "{}").json()
                .getString("url"));
        stripe.pay(session, PaymentMethod.BANK_DEBIT);
        awaitPending(link);
        Api.Reply byHand = Api.post("/invoices/" + id + "/payments", tenant.token,
                "{\"amount\":100,\"method\":\"BANK_TRANSFER\",\"reference\":\"paid twice\"}");
        assertThat(byHand.status()).as(byHand.body()).isEqualTo(201);
        stripe.settleBankDebit(session);
        awaitExcess(tenant, id);

        String online = tenant.payments(id).stream().filter(p -> p.getString("method").equals("BANK_DEBIT")).findFirst()
                .orElseThrow().getString("id");
        assertCode(Api.post("/invoices/" + id + "/excess/refunds", tenant.token, "{\"paymentId\":\"" + online
                + "\",\"amount\":100.01}"), 400, "invoice.invalid");
        Api.Reply back = Api.post("/invoices/" + id + "/excess/refunds", tenant.token, "{\"paymentId\":\"" + online + "\"}");
        assertThat(back.status()).as(back.body()).isEqualTo(201);
        assertThat(back.json().getString("kind")).isEqualTo("REFUND");
        assertThat(!back.json().containsKey("creditNoteId") || back.json().isNull("creditNoteId"))
                .as("no work was taken back: no credit note").isTrue();
        assertThat(stripe.refunds(account)).isEqualTo(1);

        JsonObject ledger = tenant.invoice(id).getJsonObject("ledger");
        assertThat(ledger.getJsonObject("balance").getString("amount")).isEqualTo("0.00");
        assertThat(ledger.getJsonObject("credited").getString("amount")).isEqualTo("0.00");
        assertThat(ledger.getJsonObject("refunded").getString("amount")).isEqualTo("100.00");
        assertThat(tenant.invoice(id).getString("status")).isEqualTo("PAID");
        assertThat(Api.get("/invoices?clientId=" + tenant.clientId, tenant.token).json().getJsonArray("items")
                .getValuesAs(JsonObject.class)).extracting(i -> i.getString("kind")).containsOnly("INVOICE");
    }

    @Test
    void eachBrokenRuleAnswersWithItsOwnCodeAndTheHistorySaysWhoActed() {
        InvoicingTenant tenant = InvoicingTenant.signUp("Rules Studio");
        String paid = tenant.issued("100.00").getString("id");
        assertThat(Api.post("/invoices/" + paid + "/payments", tenant.token, "{\"amount\":100,\"method\":\"CASH\"}")
                .status()).isEqualTo(201);
        String credited = tenant.issued("100.00").getString("id");
        assertThat(Api.post("/invoices/" + credited + "/credit-notes", tenant.token, Json.createObjectBuilder()
                .add("lines", Json.createArrayBuilder().add(Json.createObjectBuilder().add("description", "Less")
                        .add("quantity", 1).add("unitPrice", 10))).build().toString()).status()).isEqualTo(201);
        String draft = Api.post("/invoices", tenant.token, tenant.invoiceJson("1", "10", null, null)).json().getString("id");

        assertCode(Api.post("/invoices/" + paid + "/void", tenant.token, null), 409, "invoice.void.already-paid");
        assertCode(Api.post("/invoices/" + credited + "/void", tenant.token, null), 409, "invoice.void.credited");
        assertCode(Api.post("/invoices/" + draft + "/void", tenant.token, null), 409, "invoice.void.draft");
        assertCode(Api.put("/invoices/" + paid, tenant.token, tenant.invoiceJson("2", "10", null, null)), 409,
                "invoice.change.issued");
        assertCode(Api.delete("/invoices/" + paid, tenant.token), 409, "invoice.delete.issued");
        assertCode(Api.post("/invoices/" + draft + "/resend", tenant.token, null), 409, "invoice.resend.not-issued");
        assertCode(Api.post("/invoices/" + paid + "/payments", tenant.token, "{\"amount\":1,\"method\":\"CASH\"}"), 400,
                "invoice.invalid");
        assertCode(Api.post("/invoices/" + paid + "/excess/credit", tenant.token, null), 409, "invoice.excess.none");

        List<JsonObject> mails = awaitMails(tenant, paid, 2);
        assertThat(mails).extracting(m -> m.getString("subject")).anySatisfy(subject -> assertThat(subject)
                .contains("sent you invoice")).anySatisfy(subject -> assertThat(subject).startsWith("Receipt: EUR 100.00"));
        assertThat(mails).extracting(m -> m.getString("state")).containsOnly("SENT");

        List<JsonObject> history = tenant.events(paid);
        assertThat(history).extracting(e -> e.getString("type")).containsSubsequence("ISSUED", "SENT", "PAYMENT");
        assertThat(history).filteredOn(e -> Set.of("ISSUED", "SENT", "PAYMENT").contains(e.getString("type")))
                .allSatisfy(e -> assertThat(e.getString("actorKind")).isEqualTo("FREELANCER"));
        assertThat(history).filteredOn(e -> e.getString("type").equals("RECEIPT_SENT"))
                .allSatisfy(e -> assertThat(e.getString("actorKind")).isEqualTo("SYSTEM"));
    }

    private static void assertCode(Api.Reply reply, int status, String code) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().getString("code")).as(reply.body()).isEqualTo(code);
    }

    /** The client's bank debit is on its way: the portal says so. */
    private static void awaitPending(String link) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            if (Api.portal("GET", "/invoices/" + link, null).json().getBoolean("paymentPending")) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("The bank debit never showed as pending");
    }

    /** The invoice's mails once at least {@code count} were accepted by the mail server. */
    private static List<JsonObject> awaitMails(InvoicingTenant tenant, String id, int count) {
        List<JsonObject> mails = List.of();
        for (int i = 0; i < 150; i++) {
            mails = Json.createReader(new java.io.StringReader(Api.get("/invoices/" + id + "/mails", tenant.token).body()))
                    .readArray().getValuesAs(JsonObject.class);
            if (mails.stream().filter(m -> m.getString("state").equals("SENT")).count() >= count) {
                return mails;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("Fewer than " + count + " mails sent: " + mails);
    }

    private static JsonObject awaitExcess(InvoicingTenant tenant, String id) throws InterruptedException {
        JsonObject invoice = null;
        for (int i = 0; i < 150; i++) {
            invoice = tenant.invoice(id);
            if (!invoice.getJsonObject("ledger").getJsonObject("excess").getString("amount").matches("0(\\.0+)?")) {
                return invoice;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("No money beyond what is owed arrived: " + invoice);
    }
}
