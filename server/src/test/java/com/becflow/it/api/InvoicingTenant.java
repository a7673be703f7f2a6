package com.becflow.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.becflow.integrations.stripe.FakeStripe;
import com.becflow.it.RunningServer;
import com.becflow.it.TestPlatform;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** A freelancer just signed up over the API, with one client: what the invoicing API tests start from. */
final class InvoicingTenant {

    final String token;
    final String clientId;
    final String clientEmail;

    private InvoicingTenant(String token, String clientId, String clientEmail) {
        this.token = token;
        this.clientId = clientId;
        this.clientEmail = clientEmail;
    }

    static InvoicingTenant signUp(String businessName) {
        String token = Api.token(Api.signUp(businessName));
        String clientEmail = "payer-" + UUID.randomUUID() + "@client.test";
        Api.Reply client = Api.post("/clients", token, Api.clientJson("Pat Payer", clientEmail));
        assertThat(client.status()).as(client.body()).isEqualTo(201);
        return new InvoicingTenant(token, client.json().getString("id"), clientEmail);
    }

    String invoiceJson(String quantity, String unitPrice, String taxRate, String currency) {
        var line = Json.createObjectBuilder().add("description", "Design work").add("quantity",
                Json.createValue(new BigDecimal(quantity))).add("unitPrice", Json.createValue(new BigDecimal(unitPrice)));
        if (taxRate != null) {
            line.add("taxRate", Json.createValue(new BigDecimal(taxRate))).add("taxName", "VAT");
        }
        var body = Json.createObjectBuilder().add("clientId", clientId).add("lines", Json.createArrayBuilder().add(line));
        if (currency != null) {
            body.add("currency", currency);
        }
        return body.build().toString();
    }

    /** An invoice of one line at this price, issued (and its link mailed to the client). */
    JsonObject issued(String unitPrice) {
        Api.Reply draft = Api.post("/invoices", token, invoiceJson("1", unitPrice, null, null));
        assertThat(draft.status()).as(draft.body()).isEqualTo(201);
        Api.Reply issue = Api.post("/invoices/" + draft.json().getString("id") + "/issue", token, null);
        assertThat(issue.status()).as(issue.body()).isEqualTo(200);
        return issue.json();
    }

    /** Connects this tenant's Stripe account through onboarding, as the freelancer would, and returns its id. */
    String connectStripe() {
        Api.Reply link = Api.post("/invoice-settings/payment-account/onboarding-link", token,
                "{\"returnUrl\":\"" + RunningServer.baseUrl() + "/invoice-settings\"}");
        assertThat(link.status()).as(link.body()).isEqualTo(200);
        JsonObject pending = Api.get("/invoice-settings/payment-account", token).json();
        assertThat(pending.getBoolean("chargesEnabled")).isFalse();
        String account = pending.getString("accountId");
        stripe().completeOnboarding(account);
        assertThat(Api.get("/invoice-settings/payment-account", token).json().getBoolean("chargesEnabled")).isTrue();
        return account;
    }

    static FakeStripe stripe() {
        return TestPlatform.stripe();
    }

    JsonObject invoice(String id) {
        return Api.get("/invoices/" + id, token).json();
    }

    List<JsonObject> payments(String id) {
        return Json.createReader(new StringReader(Api.get("/invoices/" + id + "/payments", token).body())).readArray()
                .getValuesAs(JsonObject.class);
    }

    List<JsonObject> events(String id) {
        return Json.createReader(new StringReader(Api.get("/invoices/" + id + "/events", token).body())).readArray()
                .getValuesAs(JsonObject.class);
    }

    /** Events are applied by a worker after they are answered: wait until the ledger has these lines (sorted kinds). */
    void awaitPaymentKinds(String id, List<String> kinds) throws InterruptedException {
        List<String> seen = List.of();
        for (int i = 0; i < 150; i++) {
            seen = payments(id).stream().map(p -> p.getString("kind")).sorted().toList();
            if (seen.equals(kinds)) {
                Thread.sleep(300);
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("Ledger lines " + seen + ", expected " + kinds);
    }

    JsonObject awaitStatus(String id, String status) throws InterruptedException {
        JsonObject invoice = null;
        for (int i = 0; i < 100; i++) {
            invoice = invoice(id);
            if (invoice.getString("status").equals(status)) {
                return invoice;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("Invoice never became " + status + ": " + invoice);
    }

    static String secret(String link) {
        return link.substring(link.lastIndexOf('/') + 1);
    }

    static String sessionOf(String checkoutUrl) {
        return checkoutUrl.substring(checkoutUrl.lastIndexOf('/') + 1);
    }
}
