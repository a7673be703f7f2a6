package com.becflow.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The cockpit's figures over HTTP, exactly: what is owed, late (each invoice aged on its own client's calendar) and
 * coming in, per currency; what came in this month net of refunds; contracts waiting for a signature. The server's
 * clock is shared with every other test and stays at real time: lateness comes from two far-apart time zones
 * instead, a freelancer in Pago Pago (UTC-11) and a client on Kiritimati (UTC+14), whose day is always one or two
 * days ahead, so an invoice due on receipt is late for that client the moment it is issued.
 */
class DashboardApiIT {

    private static final String FREELANCER_ZONE = "Pacific/Pago_Pago";

    private final String token = Api.token(Api.signUp("Dashboard Studio", FREELANCER_ZONE));

    @Test
    void aNewWorkspaceHasNoFiguresYet() {
        JsonObject dashboard = dashboard();

        assertThat(dashboard.getJsonArray("currencies")).isEmpty();
        assertThat(dashboard.getJsonObject("awaitingSignature").getInt("count")).isZero();
        assertThat(dashboard.getJsonArray("nextSteps")).isEmpty();
        assertThat(dashboard.getJsonObject("firstRun").toString())
                .isEqualTo("{\"businessDetails\":false,\"firstClient\":false,\"firstContractOrInvoice\":false}");
    }

    @Test
    void theFiguresAddUpPerCurrencyAndAgeEachInvoiceOnItsClientsCalendar() {
        String near = client("Near Client", FREELANCER_ZONE);
        String far = client("Far Client", "Pacific/Kiritimati");
        LocalDate today = LocalDate.parse(dashboard().getString("today"));

        issue(near, "100.00", 10, "EUR", false);
        String late = issue(far, "40.00", 0, "EUR", false);
        issue(near, "250.00", 45, "EUR", false);
        String partly = issue(near, "200.00", 20, "EUR", true);
        pay(partly, "60.00", null);
        String refunded = issue(near, "300.00", 5, "EUR", false);
        String payment = pay(refunded, "300.00", null);
        assertThat(Api.post("/invoices/" + refunded + "/refunds", token, "{\"paymentId\":\"" + payment
                + "\",\"amount\":50}").status()).isEqualTo(201);
        String lastMonth = issue(near, "70.00", 30, "EUR", false);
        pay(lastMonth, "70.00", today.withDayOfMonth(1).minusDays(1));
        String dueToday = issue(near, "80.00", 0, "USD", false);
        String voided = issue(near, "999.00", 0, "EUR", false);
        assertThat(Api.post("/invoices/" + voided + "/void", token, null).status()).isEqualTo(200);
        assertThat(Api.post("/invoices", token, invoiceJson(near, "555.00", 0, "EUR", false)).status()).isEqualTo(201);
        sendContract(near);

        JsonObject dashboard = dashboard();
        assertThat(dashboard.getJsonObject("firstRun").getBoolean("firstClient")).isTrue();
        assertThat(dashboard.getJsonObject("firstRun").getBoolean("firstContractOrInvoice")).isTrue();
        List<JsonObject> currencies = dashboard.getJsonArray("currencies").getValuesAs(JsonObject.class);
        assertThat(currencies).extracting(c -> c.getString("currency")).containsExactly("EUR", "USD");

        JsonObject eur = currencies.get(0);
        assertMoney(eur.getJsonObject("owedNow"), "530.00", "EUR");
        assertThat(eur.getJsonObject("overdue").getInt("count")).isEqualTo(1);
        assertMoney(eur.getJsonObject("overdue").getJsonObject("amount"), "40.00", "EUR");
        List<JsonObject> ageing = eur.getJsonArray("ageing").getValuesAs(JsonObject.class);
        assertThat(ageing).extracting(a -> a.getString("bucket"))
                .containsExactly("CURRENT", "DAYS_1_30", "DAYS_31_60", "DAYS_61_90", "OVER_90");
        assertThat(ageing).extracting(a -> a.getInt("count")).containsExactly(3, 1, 0, 0, 0);
        assertThat(ageing).extracting(a -> a.getJsonObject("amount").getString("amount"))
                .containsExactly("490.00", "40.00", "0.00", "0.00", "0.00");
        assertMoney(eur.getJsonObject("paidThisMonth"), "310.00", "EUR");
        assertThat(eur.getJsonArray("expected").getValuesAs(JsonObject.class))
                .extracting(e -> e.getInt("withinDays") + ": " + e.getJsonObject("amount").getString("amount"))
                .containsExactly("30: 240.00", "60: 490.00", "90: 490.00");

        JsonObject usd = currencies.get(1);
        assertMoney(usd.getJsonObject("owedNow"), "80.00", "USD");
        assertThat(usd.getJsonObject("overdue").getInt("count")).isZero();
        assertMoney(usd.getJsonObject("paidThisMonth"), "0.00", "USD");
        assertMoney(usd.getJsonArray("expected").getJsonObject(0).getJsonObject("amount"), "80.00", "USD");

        JsonObject awaiting = dashboard.getJsonObject("awaitingSignature");
        assertThat(awaiting.getInt("count")).isEqualTo(1);
        assertThat(awaiting.getJsonArray("longestWaiting").getJsonObject(0).getString("clientName")).isEqualTo("Near Client");
        assertThat(awaiting.getJsonArray("longestWaiting").getJsonObject(0).getInt("daysWaiting")).isZero();

        List<JsonObject> next = dashboard.getJsonArray("nextSteps").getValuesAs(JsonObject.class);
        assertThat(next).extracting(s -> s.getString("invoiceId")).as("only the invoice due today is about to be late")
                .containsExactly(dueToday);
        assertThat(next.get(0).getString("kind")).isEqualTo("FALLS_OVERDUE");
        assertThat(next.get(0).getString("on")).isEqualTo(today.plusDays(1).toString());
        assertThat(Api.get("/invoices?status=OVERDUE", token).json().getJsonArray("items").getValuesAs(JsonObject.class))
                .as("the dashboard's overdue figure and the overdue list agree").extracting(i -> i.getString("id"))
                .containsExactly(late);
    }

    @Test
    void anotherWorkspaceSeesNoneOfThem() {
        issue(client("Someone", FREELANCER_ZONE), "10.00", 0, "EUR", false);
        String other = Api.token(Api.signUp("Other Dashboard Studio"));

        assertThat(Api.get("/dashboard", other).json().getJsonArray("currencies")).isEmpty();
        assertThat(Api.get("/dashboard", null).status()).isEqualTo(401);
    }

    private JsonObject dashboard() {
        Api.Reply reply = Api.get("/dashboard", token);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    private String client(String name, String zone) {
        Api.Reply client = Api.post("/clients", token, Json.createObjectBuilder().add("name", name)
                .add("email", "dash-" + UUID.randomUUID() + "@client.test").add("timeZone", zone).build().toString());
        assertThat(client.status()).as(client.body()).isEqualTo(201);
        return client.json().getString("id");
    }

    private static String invoiceJson(String client, String price, int netDays, String currency, boolean partial) {
        return Json.createObjectBuilder().add("clientId", client).add("currency", currency).add("netDays", netDays)
                .add("partialPayments", partial).add("lines", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("description", "Work").add("quantity", 1).add("unitPrice", new BigDecimal(price))))
                .build().toString();
    }

    private String issue(String client, String price, int netDays, String currency, boolean partial) {
        Api.Reply draft = Api.post("/invoices", token, invoiceJson(client, price, netDays, currency, partial));
        assertThat(draft.status()).as(draft.body()).isEqualTo(201);
        String id = draft.json().getString("id");
        Api.Reply issued = Api.post("/invoices/" + id + "/issue", token, null);
        assertThat(issued.status()).as(issued.body()).isEqualTo(200);
        return id;
    }

    private String pay(String invoice, String amount, LocalDate receivedOn) {
        var body = Json.createObjectBuilder().add("amount", new BigDecimal(amount)).add("method", "BANK_TRANSFER");
        if (receivedOn != null) {
            body.add("receivedOn", receivedOn.toString());
        }
        Api.Reply paid = Api.post("/invoices/" + invoice + "/payments", token, body.build().toString());
        assertThat(paid.status()).as(paid.body()).isEqualTo(201);
        return paid.json().getString("id");
    }

    private void sendContract(String client) {
        String template = Json.createReader(new java.io.StringReader(Api.get("/contract-templates", token).body()))
                .readArray().getValuesAs(JsonObject.class).get(0).getString("id");
        Api.Reply draft = Api.post("/contracts", token, Json.createObjectBuilder().add("templateId", template)
                .add("clientId", client).add("projectName", "Website").add("startDate", "2027-02-01").add("fee", 2500)
                .build().toString());
        assertThat(draft.status()).as(draft.body()).isEqualTo(201);
        Api.Reply sent = Api.post("/contracts/" + draft.json().getString("id") + "/send", token, null);
        assertThat(sent.status()).as(sent.body()).isEqualTo(200);
    }

    private static void assertMoney(JsonObject money, String amount, String currency) {
        assertThat(money.getString("amount") + " " + money.getString("currency")).isEqualTo(amount + " " + currency);
    }
}
