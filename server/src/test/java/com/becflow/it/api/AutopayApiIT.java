package com.becflow.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.becflow.it.MailedLinks;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Autopay through the portal's API of the shared server, against the fake Stripe: the client of an accepted plan
 * saves a card on Stripe's setup page and autopay is on, as Stripe (not the request) says; they turn it off. Their
 * home lists the plan and the saved method, and no other client's home does. Time does not pass here; charges on due
 * dates are AutopayScenariosIT's.
 */
class AutopayApiIT {

    @Test
    void theClientSavesACardForTheirAcceptedPlanThroughTheirLinkAndTurnsAutopayOff() {
        InvoicingTenant tenant = InvoicingTenant.signUp("Autopay API Studio " + UUID.randomUUID());
        tenant.connectStripe();
        String id = tenant.issued("600.00").getString("id");
        String link = InvoicingTenant.secret(MailedLinks.await(tenant.clientEmail, 1, MailedLinks.INVOICE));
        String autopay = "/invoices/" + link + "/autopay";

        assertThat(Api.portal("GET", autopay, null).json().getString("status")).isEqualTo("OFF");
        assertCode(Api.portal("POST", autopay + "/setup", null), 409, "autopay.plan.not-accepted");
        Api.Reply proposed = Api.post("/invoices/" + id + "/plan", tenant.token, Json.createObjectBuilder()
                .add("frequency", "MONTHLY").add("count", 2).add("autopay", true)
                .add("firstDueDate", LocalDate.now(ZoneId.of("Europe/Berlin")).plusDays(1).toString()).build().toString());
        assertThat(proposed.status()).as(proposed.body()).isEqualTo(201);
        String terms = Api.portal("GET", "/invoices/" + link + "/plan", null).json().getString("termsSha256");
        Api.Reply accepted = Api.portal("POST", "/invoices/" + link + "/plan/acceptance", Json.createObjectBuilder()
                .add("termsSha256", terms).add("agreed", true).build().toString());
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);

        Api.Reply setup = Api.portal("POST", autopay + "/setup", null);
        assertThat(setup.status()).as(setup.body()).isEqualTo(200);
        String page = InvoicingTenant.sessionOf(setup.json().getString("url"));
        Api.Reply notYet = Api.portal("POST", autopay + "/return", "{\"setupPage\":\"" + page + "\"}");
        InvoicingTenant.stripe().saveCard(page, "4242 4242 4242 4242");
        Api.Reply back = Api.portal("POST", autopay + "/return", "{\"setupPage\":\"" + page + "\"}");

        assertThat(notYet.json().getString("status")).as("no card saved yet").isEqualTo("SETTING_UP");
        assertThat(back.status()).as(back.body()).isEqualTo(200);
        assertThat(back.json().getString("status")).isEqualTo("ON");
        assertThat(back.json().getString("card")).isEqualTo("visa •••• 4242");
        assertThat(tenant.events(id)).filteredOn(e -> e.getString("type").equals("AUTOPAY_ON")).hasSize(1);
        JsonObject seen = Api.get("/invoices/" + id + "/plan", tenant.token).json().getJsonObject("autopayStanding");
        assertThat(seen.getString("status")).as("the freelancer sees it on the plan").isEqualTo("ON");
        assertThat(seen.getString("card")).isEqualTo("visa •••• 4242");
        assertCode(Api.portal("POST", autopay + "/return", "{}"), 400, "autopay.setup-page.invalid");

        // The freelancer replaces the plan: autopay stays on, and the client is told the new installments.
        assertThat(Api.post("/invoices/" + id + "/plan/cancel", tenant.token, null).status()).isEqualTo(200);
        Api.Reply replaced = Api.post("/invoices/" + id + "/plan", tenant.token, Json.createObjectBuilder()
                .add("frequency", "MONTHLY").add("count", 3).add("autopay", true)
                .add("firstDueDate", LocalDate.now(ZoneId.of("Europe/Berlin")).plusDays(2).toString()).build().toString());
        assertThat(replaced.status()).as(replaced.body()).isEqualTo(201);
        assertThat(Api.portal("GET", autopay, null).json().getString("status")).isEqualTo("ON");
        assertThat(MailedLinks.awaitMail(tenant.clientEmail, "Your payment plan changed", Duration.ofSeconds(20))
                .text()).contains("EUR 200.00", "Autopay stays on", "visa •••• 4242");

        JsonObject off = Api.portal("DELETE", autopay, null).json();
        assertThat(off.getString("status")).isEqualTo("OFF");
        assertThat(off.getString("reason")).isEqualTo("Turned off by the client");
        assertCode(Api.portal("DELETE", autopay, null), 409, "autopay.not-on");
        JsonObject stopped = Api.get("/invoices/" + id + "/plan", tenant.token).json().getJsonObject("autopayStanding");
        assertThat(stopped.getString("status")).isEqualTo("OFF");
        assertThat(stopped.getString("reason")).isEqualTo("Turned off by the client");
        assertThat(tenant.events(id)).filteredOn(e -> e.getString("type").equals("AUTOPAY_OFF")).hasSize(1);
    }

    @Test
    void aBankAccountSavedForAPlanDueTodayIsDebitedAtOnceAndTheBanksAnswerPaysTheInstallment() throws Exception {
        InvoicingTenant tenant = InvoicingTenant.signUp("Debit API Studio " + UUID.randomUUID());
        String id = tenant.issued("600.00").getString("id");
        String link = planDueTodayWithBankAccount(tenant, id, "DE89 3704 0044 0532 0130 00");
        JsonObject on = Api.portal("GET", "/invoices/" + link + "/autopay", null).json();
        assertThat(on.getString("status")).isEqualTo("ON");
        assertThat(on.getString("card")).isEqualTo("SEPA Direct Debit •••• 3000");
        awaitEvent(tenant, id, "AUTOPAY_DEBIT_ON_ITS_WAY");
        assertThat(Api.get("/invoices/" + id, tenant.token).json().getJsonObject("ledger").getJsonObject("paid")
                .getString("amount")).as("nothing is paid while the debit is on its way").isEqualTo("0.00");
        assertThat(Api.portal("GET", "/invoices/" + link, null).json().getBoolean("paymentPending"))
                .as("the client sees the money on its way").isTrue();
        assertCode(Api.portal("POST", "/invoices/" + link + "/checkout", "{}"), 409, "payment.pending.bank-debit");
        JsonObject pending = Api.get("/invoices/" + id + "/plan", tenant.token).json();
        JsonObject debit = pending.getJsonObject("autopayStanding").getJsonObject("debitOnItsWay");
        assertThat(debit.getInt("installment")).isEqualTo(1);
        assertThat(debit.getJsonObject("amount").getString("amount")).isEqualTo("300.00");
        assertThat(pending.getJsonArray("installments").getJsonObject(0).getString("status")).isEqualTo("ON_ITS_WAY");
        assertThat(Api.portal("GET", "/invoices/" + link + "/plan", null).json().getJsonArray("installments")
                .getJsonObject(0).getString("status")).as("the client's schedule says so too").isEqualTo("ON_ITS_WAY");

        assertThat(InvoicingTenant.stripe().clearBankDebits()).isPositive();
        awaitEvent(tenant, id, "PAYMENT");
        JsonObject cleared = Api.get("/invoices/" + id + "/plan", tenant.token).json();
        assertThat(cleared.getJsonObject("autopayStanding").containsKey("debitOnItsWay")).isFalse();
        assertThat(cleared.getJsonArray("installments").getJsonObject(0).getString("status")).isEqualTo("PAID");
        JsonObject invoice = Api.get("/invoices/" + id, tenant.token).json();
        assertThat(invoice.getJsonObject("ledger").getJsonObject("paid").getString("amount")).isEqualTo("300.00");
        assertThat(Api.get("/invoices/" + id + "/payments", tenant.token).body()).contains("BANK_DEBIT");
        assertThat(MailedLinks.awaitMail(tenant.clientEmail, "Receipt: EUR 300.00", Duration.ofSeconds(20))).isNotNull();
    }

    @Test
    void theClientsHomeShowsTheirPlanItsInstallmentsAndTheSavedBankAccountAndAnotherClientsHomeShowsNone()
            throws Exception {
        InvoicingTenant tenant = InvoicingTenant.signUp("Home Plan Studio " + UUID.randomUUID());
        JsonObject issued = tenant.issued("600.00");
        String id = issued.getString("id");
        String number = issued.getString("number");
        String link = planDueTodayWithBankAccount(tenant, id, "DE89 3704 0044 0532 0130 00");
        awaitEvent(tenant, id, "AUTOPAY_DEBIT_ON_ITS_WAY");
        String otherEmail = "other-" + UUID.randomUUID() + "@client.test";
        String otherClient = Api.post("/clients", tenant.token, Api.clientJson("Otto Other", otherEmail)).json()
                .getString("id");
        String othersInvoice = Api.post("/invoices", tenant.token, Json.createObjectBuilder().add("clientId", otherClient)
                .add("lines", Json.createArrayBuilder().add(Json.createObjectBuilder().add("description", "Other work")
                        .add("quantity", 1).add("unitPrice", 77))).build().toString()).json().getString("id");
        assertThat(Api.post("/invoices/" + othersInvoice + "/issue", tenant.token, null).status()).isEqualTo(200);
        String othersLink = InvoicingTenant.secret(MailedLinks.await(otherEmail, 1, MailedLinks.INVOICE));

        Api.Reply home = Api.portal("GET", "/home/" + link, null);

        assertThat(home.status()).as(home.body()).isEqualTo(200);
        assertThat(home.json().getJsonArray("invoices").getValuesAs(JsonObject.class))
                .extracting(i -> i.getString("number")).as("the fields before plans stay").containsExactly(number);
        assertThat(home.json().getJsonArray("plans")).hasSize(1);
        JsonObject plan = home.json().getJsonArray("plans").getJsonObject(0);
        assertThat(plan.getString("invoiceId")).isEqualTo(id);
        assertThat(plan.getString("invoiceNumber")).isEqualTo(number);
        assertThat(plan.getString("status") + " " + plan.getString("standing")).isEqualTo("ACCEPTED PAYING");
        assertThat(plan.getJsonObject("paid").getString("amount") + " of " + plan.getJsonObject("total").getString("amount")
                + " " + plan.getJsonObject("total").getString("currency")).isEqualTo("0.00 of 600.00 EUR");
        assertThat(plan.getJsonArray("installments").getValuesAs(JsonObject.class))
                .as("by due date, the first being debited")
                .extracting(i -> i.getInt("number") + " " + i.getJsonObject("amount").getString("amount") + " "
                        + i.getString("status"))
                .containsExactly("1 300.00 ON_ITS_WAY", "2 300.00 DUE");
        assertThat(plan.getJsonArray("installments").getJsonObject(0).getString("dueDate"))
                .isEqualTo(LocalDate.now(ZoneId.of("Europe/Berlin")).toString());
        assertThat(plan.getString("autopay") + " " + plan.getString("autopayMethod"))
                .isEqualTo("ON SEPA Direct Debit •••• 3000");
        assertThat(home.json().getJsonArray("savedMethods").getValuesAs(JsonObject.class))
                .extracting(m -> m.getString("label") + " pays " + m.getJsonArray("plans").getValuesAs(JsonObject.class)
                        .stream().map(p -> p.getString("invoiceId") + "/" + p.getString("invoiceNumber")).toList())
                .containsExactly("SEPA Direct Debit •••• 3000 pays [" + id + "/" + number + "]");

        JsonObject others = Api.portal("GET", "/home/" + othersLink, null).json();
        assertThat(others.getJsonArray("invoices").getValuesAs(JsonObject.class)).extracting(i -> i.getString("id"))
                .containsExactly(othersInvoice);
        assertThat(others.getJsonArray("plans")).as("another client of the same freelancer sees no plan").isEmpty();
        assertThat(others.getJsonArray("savedMethods")).isEmpty();
    }

    @Test
    void aBouncedDebitIsTriedAgainAndTheClientIsTold() throws Exception {
        InvoicingTenant tenant = InvoicingTenant.signUp("Bounce API Studio " + UUID.randomUUID());
        String id = tenant.issued("600.00").getString("id");
        planDueTodayWithBankAccount(tenant, id, "DE62370400440532013001");
        awaitEvent(tenant, id, "AUTOPAY_DEBIT_ON_ITS_WAY");

        assertThat(InvoicingTenant.stripe().clearBankDebits()).isPositive();
        awaitEvent(tenant, id, "AUTOPAY_CHARGE_DECLINED");
        assertThat(MailedLinks.awaitMail(tenant.clientEmail, "Automatic payment declined", Duration.ofSeconds(20)).text())
                .as("bounced the day it was asked: tried again a day later, as a declined card is")
                .contains("EUR 300.00", "insufficient funds", "tried again on "
                        + LocalDate.now(ZoneId.of("Europe/Berlin")).plusDays(1));
        assertThat(Api.get("/invoices/" + id, tenant.token).json().getJsonObject("ledger").getJsonObject("paid")
                .getString("amount")).isEqualTo("0.00");
    }

    /**
     * The freelancer connects Stripe and proposes two monthly installments of the invoice from today with autopay; the
     * client accepts through their link and saves a bank account. Returns the link's secret.
     */
    private static String planDueTodayWithBankAccount(InvoicingTenant tenant, String id, String iban) {
        tenant.connectStripe();
        String link = InvoicingTenant.secret(MailedLinks.await(tenant.clientEmail, 1, MailedLinks.INVOICE));
        Api.Reply proposed = Api.post("/invoices/" + id + "/plan", tenant.token, Json.createObjectBuilder()
                .add("frequency", "MONTHLY").add("count", 2).add("autopay", true)
                .add("firstDueDate", LocalDate.now(ZoneId.of("Europe/Berlin")).toString()).build().toString());
        assertThat(proposed.status()).as(proposed.body()).isEqualTo(201);
        String terms = Api.portal("GET", "/invoices/" + link + "/plan", null).json().getString("termsSha256");
        assertThat(Api.portal("POST", "/invoices/" + link + "/plan/acceptance", Json.createObjectBuilder()
                .add("termsSha256", terms).add("agreed", true).build().toString()).status()).isEqualTo(200);
        String autopay = "/invoices/" + link + "/autopay";
        String page = InvoicingTenant.sessionOf(Api.portal("POST", autopay + "/setup", null).json().getString("url"));
        InvoicingTenant.stripe().saveBankAccount(page, iban);
        Api.Reply on = Api.portal("POST", autopay + "/return", "{\"setupPage\":\"" + page + "\"}");
        assertThat(on.status()).as(on.body()).isEqualTo(200);
        return link;
    }

    /** Waits until the invoice's history has an entry of this type: a background job or Stripe's notification adds it. */
    private static void awaitEvent(InvoicingTenant tenant, String invoice, String type) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            if (tenant.events(invoice).stream().anyMatch(e -> e.getString("type").equals(type))) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("No " + type + " on invoice " + invoice + " within 60 s: " + tenant.events(invoice));
    }

    private static void assertCode(Api.Reply reply, int status, String code) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().getString("code")).as(reply.body()).isEqualTo(code);
    }
}
