package com.becflow.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.becflow.it.MailedLinks;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Package deals over the API of the shared server: billed per milestone, each delivery issues and sends that share's
 * invoice once; billed by a plan, the one invoice goes out when the package is offered; the package reads back what is
 * delivered, invoiced and paid. Bad input is a problem on each field at fault and stores and sends nothing.
 */
class PackagesApiIT {

    private InvoicingTenant tenant;

    @BeforeEach
    void signUp() {
        tenant = InvoicingTenant.signUp("Package API Studio " + UUID.randomUUID());
    }

    @Test
    void eachDeliveredMilestoneIsInvoicedOnceAndThePackageShowsWhatIsDeliveredAndPaid() throws Exception {
        Api.Reply offered = Api.post("/packages", tenant.token, perMilestone("6000.00",
                milestone("Logo and palette", "2000.00"), milestone("Website", "2500.00"),
                milestone("Brand guide", "1500.00")).add("taxRate", 19).add("taxName", "VAT").build().toString());

        assertThat(offered.status()).as(offered.body()).isEqualTo(201);
        JsonObject deal = offered.json();
        String id = deal.getString("id");
        assertThat(deal.getJsonObject("price").getString("amount")).isEqualTo("6000.00");
        assertThat(deal.getInt("delivered")).isZero();
        assertThat(deal.getJsonObject("invoiced").getString("amount")).as("nothing billed before delivery").isEqualTo("0.00");
        assertThat(deal.getJsonArray("milestones").getJsonObject(1).getJsonObject("amount").getString("amount"))
                .isEqualTo("2500.00");
        assertThat(invoiceCount()).as("no invoice yet").isZero();

        Api.Reply delivered = Api.post("/packages/" + id + "/milestones/1/deliver", tenant.token, null);
        assertThat(delivered.status()).as(delivered.body()).isEqualTo(200);
        JsonObject first = delivered.json().getJsonArray("milestones").getJsonObject(0);
        assertThat(first.getString("deliveredOn")).isNotBlank();
        assertThat(first.getString("invoiceNumber")).isNotBlank();
        assertThat(first.getJsonObject("open").getString("amount")).as("2000.00 plus 19% VAT").isEqualTo("2380.00");
        assertThat(delivered.json().getJsonArray("milestones").getJsonObject(1).get("deliveredOn"))
                .isIn(null, JsonValue.NULL);
        String invoiceId = first.getString("invoiceId");
        JsonObject invoice = tenant.invoice(invoiceId);
        assertThat(invoice.getString("status")).isEqualTo("ISSUED");
        assertThat(invoice.getString("reference")).isEqualTo("Brand identity");
        assertThat(invoice.getString("packageId")).as("the invoice names its package").isEqualTo(id);
        assertThat(invoice.get("recurringInvoiceId")).isIn(null, JsonValue.NULL);
        assertThat(Api.get("/invoices", tenant.token).json().getJsonArray("items").getJsonObject(0).getString("packageId"))
                .as("in lists too").isEqualTo(id);
        assertThat(invoice.getJsonArray("lines").getJsonObject(0).getString("description"))
                .isEqualTo("Brand identity: Logo and palette");
        String link = InvoicingTenant.secret(MailedLinks.await(tenant.clientEmail, 1, MailedLinks.INVOICE));
        JsonObject seen = Api.portal("GET", "/invoices/" + link, null).json().getJsonObject("package");
        assertThat(seen.getString("title")).as("the client sees the package beside its invoice").isEqualTo("Brand identity");
        assertThat(seen.getInt("delivered")).isEqualTo(1);
        assertThat(seen.getJsonArray("milestones").getJsonObject(0).getBoolean("thisInvoice")).isTrue();
        assertThat(seen.getJsonArray("milestones").getJsonObject(1).getBoolean("thisInvoice")).isFalse();

        assertCode(Api.post("/packages/" + id + "/milestones/1/deliver", tenant.token, null), 409,
                "package-deal.milestone.already-delivered");
        assertCode(Api.post("/packages/" + id + "/milestones/4/deliver", tenant.token, null), 404,
                "package-deal.milestone.not-found");
        assertThat(invoiceCount()).as("one invoice for one delivery, however often asked").isEqualTo(1);

        Api.Reply paid = Api.post("/invoices/" + invoiceId + "/payments", tenant.token,
                "{\"amount\":\"2380.00\",\"method\":\"BANK_TRANSFER\"}");
        assertThat(paid.status()).as(paid.body()).isEqualTo(201);
        JsonObject after = Api.get("/packages/" + id, tenant.token).json();
        assertThat(after.getInt("delivered")).isEqualTo(1);
        assertThat(after.getJsonObject("invoiced").getString("amount")).isEqualTo("2380.00");
        assertThat(after.getJsonObject("paid").getString("amount")).isEqualTo("2380.00");
        assertThat(after.getJsonObject("open").getString("amount")).isEqualTo("0.00");
        assertThat(after.getBoolean("paidInFull")).as("two milestones still to deliver and bill").isFalse();
        assertThat(after.getJsonArray("milestones").getJsonObject(0).getString("invoiceStatus")).isEqualTo("PAID");

        List<Integer> statuses = atOnce(5, () -> Api.post("/packages/" + id + "/milestones/3/deliver", tenant.token, null)
                .status());
        assertThat(statuses).as("five deliveries at once: one wins, the others see it delivered")
                .containsOnly(200, 409).containsOnlyOnce(200);
        assertThat(invoiceCount()).isEqualTo(2);
        JsonObject two = Api.post("/packages/" + id + "/milestones/2/deliver", tenant.token, null).json();
        assertThat(two.getInt("delivered")).isEqualTo(3);
        assertThat(two.getJsonObject("invoiced").getString("amount")).as("6000.00 plus 19% VAT").isEqualTo("7140.00");
        assertThat(two.getJsonObject("open").getString("amount")).isEqualTo("4760.00");
        assertThat(Api.get("/packages?clientId=" + tenant.clientId, tenant.token).body()).contains(id);
        assertThat(Api.get("/packages?clientId=" + UUID.randomUUID(), tenant.token).body()).isEqualTo("[]");
        assertCode(Api.post("/packages/" + id + "/cancellation", tenant.token, "{}"), 409, "package-deal.delivered");
    }

    @Test
    void aDeliveryMarkedByMistakeIsUndoneItsUnpaidInvoiceVoidedAndAPaidOneKeepsIt() {
        String id = Api.post("/packages", tenant.token, perMilestone("3000.00", milestone("Logo", "1000.00"),
                milestone("Website", "2000.00")).build().toString()).json().getString("id");
        String first = Api.post("/packages/" + id + "/milestones/1/deliver", tenant.token, null).json()
                .getJsonArray("milestones").getJsonObject(0).getString("invoiceId");

        Api.Reply undone = Api.post("/packages/" + id + "/milestones/1/undo-delivery", tenant.token, null);

        assertThat(undone.status()).as(undone.body()).isEqualTo(200);
        assertThat(undone.json().getInt("delivered")).isZero();
        assertThat(undone.json().getJsonArray("milestones").getJsonObject(0).containsKey("invoiceId")).isFalse();
        assertThat(tenant.invoice(first).getString("status")).isEqualTo("VOID");
        assertCode(Api.post("/packages/" + id + "/milestones/1/undo-delivery", tenant.token, null), 409,
                "package-deal.milestone.not-delivered");

        String second = Api.post("/packages/" + id + "/milestones/1/deliver", tenant.token, null).json()
                .getJsonArray("milestones").getJsonObject(0).getString("invoiceId");
        assertThat(second).as("delivered again: invoiced anew").isNotEqualTo(first);
        Api.Reply paid = Api.post("/invoices/" + second + "/payments", tenant.token,
                "{\"amount\":\"100.00\",\"method\":\"BANK_TRANSFER\"}");
        assertThat(paid.status()).as(paid.body()).isEqualTo(201);
        assertCode(Api.post("/packages/" + id + "/milestones/1/undo-delivery", tenant.token, null), 409,
                "package-deal.milestone.invoice-paid");
        assertThat(tenant.invoice(second).getString("status")).as("nothing changed").isNotEqualTo("VOID");
        assertThat(Api.get("/packages/" + id, tenant.token).json().getInt("delivered")).isEqualTo(1);
    }

    @Test
    void aCancelledPackageVoidsItsUnpaidInvoiceDeliversNothingMoreAndIsCancelledOnce() {
        JsonObject deal = Api.post("/packages", tenant.token, Json.createObjectBuilder().add("clientId", tenant.clientId)
                .add("title", "Product launch").add("price", Json.createValue(new BigDecimal("4000.00")))
                .add("billing", "BY_PLAN").add("milestones", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("title", "Strategy"))
                        .add(Json.createObjectBuilder().add("title", "Campaign"))).build().toString()).json();
        String id = deal.getString("id");
        Api.post("/packages/" + id + "/milestones/1/deliver", tenant.token, null);

        Api.Reply tooLong = Api.post("/packages/" + id + "/cancellation", tenant.token, Json.createObjectBuilder()
                .add("reason", "x".repeat(501)).build().toString());
        assertCode(tooLong, 400, "package-deal.invalid");
        assertThat(errors(tooLong)).containsKey("reason");
        assertThat(Api.get("/packages/" + id, tenant.token).json().containsKey("cancelledAt")).isFalse();

        Api.Reply cancelled = Api.post("/packages/" + id + "/cancellation", tenant.token,
                "{\"reason\":\"The launch moved to next year\"}");

        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
        assertThat(cancelled.json().getString("cancelledAt")).isNotBlank();
        assertThat(cancelled.json().getString("cancelReason")).isEqualTo("The launch moved to next year");
        assertThat(tenant.invoice(deal.getString("invoiceId")).getString("status"))
                .as("nothing was paid on it").isEqualTo("VOID");
        assertThat(cancelled.json().getJsonObject("open").getString("amount")).isEqualTo("0.00");
        assertCode(Api.post("/packages/" + id + "/milestones/2/deliver", tenant.token, null), 409,
                "package-deal.cancelled");
        assertCode(Api.post("/packages/" + id + "/cancellation", tenant.token, "{}"), 409, "package-deal.cancelled");
        assertThat(Api.get("/packages/" + id, tenant.token).json().getInt("delivered")).isEqualTo(1);
    }

    @Test
    void aPackageBilledByAPlanSendsItsOneInvoiceAtOnceAndItsMilestonesOnlyTrackDelivery() {
        Api.Reply offered = Api.post("/packages", tenant.token, Json.createObjectBuilder().add("clientId", tenant.clientId)
                .add("title", "Product launch").add("price", Json.createValue(new BigDecimal("4000.00")))
                .add("billing", "BY_PLAN").add("milestones", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("title", "Strategy"))
                        .add(Json.createObjectBuilder().add("title", "Campaign"))).build().toString());

        assertThat(offered.status()).as(offered.body()).isEqualTo(201);
        JsonObject deal = offered.json();
        String invoiceId = deal.getString("invoiceId");
        assertThat(deal.getJsonObject("invoiced").getString("amount")).isEqualTo("4000.00");
        assertThat(deal.getJsonObject("open").getString("amount")).isEqualTo("4000.00");
        JsonObject invoice = tenant.invoice(invoiceId);
        assertThat(invoice.getString("status")).isEqualTo("ISSUED");
        assertThat(invoice.getJsonArray("lines").getJsonObject(0).getString("description"))
                .isEqualTo("Product launch: Strategy, Campaign");
        assertThat(invoice.getString("packageId")).isEqualTo(deal.getString("id"));
        assertThat(MailedLinks.await(tenant.clientEmail, 1, MailedLinks.INVOICE)).isNotBlank();

        JsonObject delivered = Api.post("/packages/" + deal.getString("id") + "/milestones/2/deliver", tenant.token, null)
                .json();
        JsonObject campaign = delivered.getJsonArray("milestones").getJsonObject(1);
        assertThat(campaign.getString("deliveredOn")).isNotBlank();
        assertThat(campaign.get("invoiceId")).as("billed by the one invoice").isIn(null, JsonValue.NULL);
        assertThat(delivered.getInt("delivered")).isEqualTo(1);
        assertThat(invoiceCount()).isEqualTo(1);
    }

    @Test
    void badInputIsAProblemOnEachFieldAtFaultAndNothingIsStoredOrSent() {
        Api.Reply short_ = Api.post("/packages", tenant.token, perMilestone("6000.00", milestone("Logo", "2000.00"),
                milestone("Website", "2500.00")).build().toString());
        assertCode(short_, 400, "package-deal.invalid");
        assertThat(errors(short_).get("milestones"))
                .isEqualTo("The milestones add up to EUR 4,500.00, not to the price of EUR 6,000.00");

        Api.Reply many = Api.post("/packages", tenant.token, Json.createObjectBuilder()
                .add("clientId", UUID.randomUUID().toString()).add("title", " ").add("price", -5).add("billing", "WEEKLY")
                .add("taxRate", 250).add("milestones", Json.createArrayBuilder()).build().toString());
        assertCode(many, 400, "package-deal.invalid");
        assertThat(errors(many).keySet()).contains("clientId");

        Api.Reply fields = Api.post("/packages", tenant.token, Json.createObjectBuilder().add("clientId", tenant.clientId)
                .add("title", "x".repeat(101)).add("price", Json.createValue(new BigDecimal("10.005")))
                .add("billing", "WEEKLY").add("taxRate", 250).add("milestones", Json.createArrayBuilder())
                .build().toString());
        assertCode(fields, 400, "package-deal.invalid");
        assertThat(errors(fields).keySet())
                .containsExactlyInAnyOrder("title", "price", "billing", "milestones", "taxRate");

        Api.Reply byPlanWithShares = Api.post("/packages", tenant.token, Json.createObjectBuilder()
                .add("clientId", tenant.clientId).add("title", "Launch").add("price", 100).add("billing", "BY_PLAN")
                .add("milestones", Json.createArrayBuilder().add(milestone("Strategy", "100.00"))).build().toString());
        assertCode(byPlanWithShares, 400, "package-deal.invalid");
        assertThat(errors(byPlanWithShares).keySet()).containsExactly("milestones[0].amount");
        assertCode(Api.post("/packages", tenant.token, "{\"title\":"), 400, "malformed-request");

        assertThat(Api.get("/packages", tenant.token).body()).as("nothing stored").isEqualTo("[]");
        assertThat(invoiceCount()).as("nothing issued").isZero();

        String id = Api.post("/packages", tenant.token, perMilestone("10.00", milestone("All", "10.00")).build()
                .toString()).json().getString("id");
        assertCode(Api.get("/packages/" + UUID.randomUUID(), tenant.token), 404, "package-deal.not-found");
        InvoicingTenant other = InvoicingTenant.signUp("Other Package Studio " + UUID.randomUUID());
        assertCode(Api.get("/packages/" + id, other.token), 404, "package-deal.not-found");
        assertCode(Api.post("/packages/" + id + "/milestones/1/deliver", other.token, null), 404,
                "package-deal.not-found");
        assertThat(Api.get("/packages/" + id, tenant.token).json().getInt("delivered")).isZero();
    }

    private JsonObjectBuilder perMilestone(String price, JsonObjectBuilder... milestones) {
        JsonArrayBuilder steps = Json.createArrayBuilder();
        for (JsonObjectBuilder m : milestones) {
            steps.add(m);
        }
        return Json.createObjectBuilder().add("clientId", tenant.clientId).add("title", "Brand identity")
                .add("price", Json.createValue(new BigDecimal(price))).add("billing", "PER_MILESTONE")
                .add("milestones", steps);
    }

    private static JsonObjectBuilder milestone(String title, String amount) {
        return Json.createObjectBuilder().add("title", title).add("amount", Json.createValue(new BigDecimal(amount)));
    }

    private static List<Integer> atOnce(int times, Callable<Integer> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(times);
        try {
            List<Future<Integer>> replies = pool.invokeAll(Collections.nCopies(times, call));
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> reply : replies) {
                statuses.add(reply.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    private int invoiceCount() {
        return Api.get("/invoices", tenant.token).json().getInt("total");
    }

    private static Map<String, String> errors(Api.Reply reply) {
        return reply.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(e -> e.getString("field"), e -> e.getString("message")));
    }

    private static void assertCode(Api.Reply reply, int status, String code) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().getString("code")).as(reply.body()).isEqualTo(code);
    }
}
