package com.becflow.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.becflow.integrations.stripe.FakeStripe;
import com.becflow.integrations.stripe.FakeStripeEvent;
import com.becflow.invoicing.PaymentMethod;
import com.becflow.it.MailedLinks;
import com.becflow.it.RunningServer;
import com.becflow.it.TestPlatform;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Invoices over HTTP as a script, a client's browser and Stripe see them: refused input, foreign tenants, and
 * paying through the fake Stripe exactly once however the clicks, timeouts and notifications fall.
 */
class InvoicesApiIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private InvoicingTenant tenant;
    private String token;
    private String clientId;
    private String clientEmail;

    @BeforeEach
    void newTenantWithAClient() {
        tenant = InvoicingTenant.signUp("Invoices API Studio");
        token = tenant.token;
        clientId = tenant.clientId;
        clientEmail = tenant.clientEmail;
    }

    private static void assertProblem(Api.Reply reply, int status, String field, String message) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        if (field != null) {
            JsonObject error = reply.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                    .filter(e -> e.getString("field").equals(field)).findFirst()
                    .orElseThrow(() -> new AssertionError(field + " not named in " + reply.body()));
            assertThat(error.getString("message")).contains(message);
        }
    }

    @Test
    void badInvoicesAndPaymentsAreRefusedNamingTheFieldAndNothingIsStored() {
        assertProblem(Api.post("/invoices", token, tenant.invoiceJson("-2", "100", null, null)), 400, "lines[0].quantity",
                "above zero");
        assertProblem(Api.post("/invoices", token, tenant.invoiceJson("1", "100", null, "XYZ")), 400, "currency",
                "Unknown currency");
        assertProblem(Api.post("/invoices", token, tenant.invoiceJson("1", "100", "150", null)), 400, "lines[0].taxRate",
                "over 100%");
        assertProblem(Api.post("/invoices", token, tenant.invoiceJson("1", "10.00001", null, "EUR")), 400, "lines[0].unitPrice",
                "4 decimals");
        assertProblem(Api.post("/invoices", token, "{\"clientId\":\"" + clientId + "\",\"lines\":[]}"), 400, "lines",
                "at least one line");
        assertProblem(Api.post("/invoices", token, "{\"clientId\":\"" + clientId + "\",\"lines\":[{\"description\":\"x\","
                + "\"quantity\":\"one\",\"unitPrice\":1}]}"), 400, null, null);
        assertThat(Api.get("/invoices", token).json().getInt("total")).as("nothing stored").isZero();

        Api.Reply free = Api.post("/invoices", token, tenant.invoiceJson("1", "0", null, null));
        assertThat(free.status()).as("a zero draft may be kept while it is written").isEqualTo(201);
        assertProblem(Api.post("/invoices/" + free.json().getString("id") + "/issue", token, null), 400, "lines",
                "total is zero");
        JsonObject stillDraft = Api.get("/invoices/" + free.json().getString("id"), token).json();
        assertThat(stillDraft.getString("status")).isEqualTo("DRAFT");
        assertThat(stillDraft.containsKey("number") && !stillDraft.isNull("number")).as("no number used up").isFalse();

        JsonObject invoice = tenant.issued("100.00");
        String id = invoice.getString("id");
        assertProblem(Api.post("/invoices/" + id + "/payments", token, "{\"amount\":100.01,\"method\":\"CASH\"}"), 400,
                "amount", "More than the open balance");
        assertProblem(Api.post("/invoices/" + id + "/payments", token, "{\"amount\":10,\"method\":\"CARD\"}"), 400,
                "method", "through Stripe");
        assertProblem(Api.post("/invoices/" + id + "/payments", token, "{\"amount\":10,\"method\":\"CASH\","
                + "\"receivedOn\":\"2999-01-01\"}"), 400, "receivedOn", "not come yet");
        assertProblem(Api.put("/invoices/" + id, token, tenant.invoiceJson("2", "100", null, null)), 409, null, null);
        assertProblem(Api.delete("/invoices/" + id, token), 409, null, null);
        assertThat(Api.get("/invoices/" + id + "/payments", token).body()).isEqualTo("[]");
        assertThat(Api.get("/invoices/" + id, token).json().getJsonObject("ledger").getJsonObject("balance")
                .getString("amount")).isEqualTo("100.00");
        assertProblem(Api.get("/invoices?status=LATE", token), 400, "status", "One of");
    }

    @Test
    void theThankYouDiscountIsOffUntilTurnedOnAndABadValueIsRefusedOnItsFieldWithNothingStored() {
        String path = "/invoice-settings/thank-you-discount";
        JsonObject off = Api.get(path, token).json();
        assertThat(off.getBoolean("enabled")).isFalse();
        assertThat(off.getInt("validDays")).isEqualTo(90);

        Api.Reply on = Api.put(path, token, "{\"enabled\":true,\"percent\":5,\"validDays\":30}");
        assertThat(on.status()).as(on.body()).isEqualTo(200);
        assertProblem(Api.put(path, token, "{\"enabled\":true,\"percent\":50.5,\"validDays\":60}"), 400, "percent",
                "From 0.5 to 50%");
        assertProblem(Api.put(path, token, "{\"enabled\":true,\"percent\":2.555,\"validDays\":60}"), 400, "percent",
                "At most 2 decimals");
        assertProblem(Api.put(path, token, "{\"enabled\":true,\"percent\":5,\"validDays\":0}"), 400, "validDays",
                "From 1 to 365");
        assertThat(Api.put(path, token, "{\"enabled\":true,\"percent\":5,\"validDays\":0}").json()
                .getString("code")).isEqualTo("invoice-settings.thank-you.invalid");

        JsonObject kept = Api.get(path, token).json();
        assertThat(kept.getBoolean("enabled")).isTrue();
        assertThat(kept.getJsonNumber("percent").bigDecimalValue()).isEqualByComparingTo("5");
        assertThat(kept.getInt("validDays")).as("nothing of a refused change stored").isEqualTo(30);
        assertThat(Api.get("/clients/" + clientId + "/thank-you-discounts", token).body()).isEqualTo("[]");
    }

    @Test
    void anotherTenantGets404ForEveryInvoiceOfThisOne() {
        JsonObject invoice = tenant.issued("80.00");
        String id = invoice.getString("id");
        String other = Api.token(Api.signUp("Nosy Studio"));
        assertThat(Api.get("/invoices/" + id, other).status()).isEqualTo(404);
        assertThat(Api.put("/invoices/" + id, other, tenant.invoiceJson("1", "1", null, null)).status()).isIn(400, 404);
        assertThat(Api.post("/invoices/" + id + "/issue", other, null).status()).isEqualTo(404);
        assertThat(Api.post("/invoices/" + id + "/void", other, null).status()).isEqualTo(404);
        assertThat(Api.post("/invoices/" + id + "/payments", other, "{\"amount\":1,\"method\":\"CASH\"}").status())
                .isEqualTo(404);
        assertThat(Api.get("/invoices/" + id + "/invoice.pdf", other).status()).isEqualTo(404);
        assertThat(Api.get("/invoices/" + id + "/events", other).status()).isEqualTo(404);
        assertThat(Api.get("/invoices", other).json().getInt("total")).isZero();
        assertThat(Api.get("/invoices/" + id, token).json().getJsonObject("ledger").getJsonObject("paid")
                .getString("amount")).isEqualTo("0.00");
    }

    @Test
    void fiftyParallelPayClicksOpenOneCheckoutAndTheInvoiceIsChargedOnce() throws Exception {
        FakeStripe stripe = InvoicingTenant.stripe();
        String account = tenant.connectStripe();
        JsonObject invoice = tenant.issued("240.00");
        String link = InvoicingTenant.secret(MailedLinks.await(clientEmail, 1, MailedLinks.INVOICE));
        var linkMail = MailedLinks.awaitMail(clientEmail, 1);
        assertThat(linkMail.from()).as("sent under the freelancer's name").startsWith("Invoices API Studio <");
        assertThat(linkMail.replyTo()).as("answers go to the freelancer").startsWith("api-").endsWith("@it.becflow.test");
        assertThat(linkMail.html()).as("an HTML part beside the text, its one button the link")
                .containsOnlyOnce("display:inline-block").contains("/portal/invoice/" + link + "\"", ">View the invoice</a>");

        Api.Reply tooMuch = Api.portal("POST", "/invoices/" + link + "/checkout", "{\"amount\":240.01}");
        assertThat(tooMuch.status()).as(tooMuch.body()).isEqualTo(400);
        assertThat(tooMuch.body()).contains("\"field\":\"amount\"", "More than the open balance");
        Api.Reply tooLittle = Api.portal("POST", "/invoices/" + link + "/checkout", "{\"amount\":100}");
        assertThat(tooLittle.status()).as("no partial payments on this invoice").isEqualTo(400);
        assertThat(stripe.checkoutSessionsCreated(account)).as("nothing asked of Stripe").isZero();

        List<String> urls = parallel(50, () -> {
            Api.Reply reply = Api.portal("POST", "/invoices/" + link + "/checkout", "{}");
            assertThat(reply.status()).as(reply.body()).isEqualTo(200);
            return reply.json().getString("url");
        });
        assertThat(urls).as("every click lands on the same payment page").containsOnly(urls.get(0));
        assertThat(stripe.checkoutSessionsCreated(account)).isEqualTo(1);

        stripe.pay(InvoicingTenant.sessionOf(urls.get(0)), PaymentMethod.CARD);
        JsonObject paid = tenant.awaitStatus(invoice.getString("id"), "PAID");
        assertThat(paid.getJsonObject("ledger").getJsonObject("paid").getString("amount")).isEqualTo("240.00");
        assertThat(stripe.successfulCharges(account)).isEqualTo(1);

        List<Integer> late = parallel(20, () -> Api.portal("POST", "/invoices/" + link + "/checkout", "{}").status());
        assertThat(late).as("nothing left to pay").containsOnly(409);
        assertThat(stripe.checkoutSessionsCreated(account)).isEqualTo(1);
        JsonArray payments = Json.createReader(new StringReader(Api.get("/invoices/" + invoice.getString("id")
                + "/payments", token).body())).readArray();
        assertThat(payments).hasSize(1);
        assertThat(payments.getJsonObject(0).getString("method")).isEqualTo("CARD");
        Api.pdf(Api.base() + "/invoices/" + invoice.getString("id") + "/payments/" + payments.getJsonObject(0)
                .getString("id") + "/receipt.pdf", token);

        // Sent by a background job once the payment committed; the job runner polls every few seconds.
        var receipt = MailedLinks.awaitMail(clientEmail, "Receipt", Duration.ofSeconds(30));
        assertThat(receipt.text()).contains("EUR 240.00", "paid in full");
        assertThat(receipt.attachments()).singleElement().asString().startsWith("receipt-").endsWith(".pdf");
    }


    @Test
    void aStripeAnswerLostAfterSuccessBlocksANewChargeAndTheRetryFindsTheSameCheckout() throws Exception {
        FakeStripe stripe = InvoicingTenant.stripe();
        String account = tenant.connectStripe();
        JsonObject invoice = tenant.issued("99.00");
        String link = InvoicingTenant.secret(MailedLinks.await(clientEmail, 1, MailedLinks.INVOICE));

        stripe.delayNextResponse("/v1/checkout/sessions", Duration.ofSeconds(4));
        Api.Reply lost = Api.portal("POST", "/invoices/" + link + "/checkout", "{}");
        assertThat(lost.status()).as(lost.body()).isEqualTo(409);
        assertThat(lost.body()).contains("payment.pending");
        assertThat(stripe.checkoutSessionsCreated(account)).as("Stripe made it all the same").isEqualTo(1);
        assertThat(Api.portal("GET", "/invoices/" + link, null).json().getBoolean("paymentPending")).isTrue();

        Api.Reply retried = Api.portal("POST", "/invoices/" + link + "/checkout", "{}");
        assertThat(retried.status()).as(retried.body()).isEqualTo(200);
        Api.Reply again = Api.portal("POST", "/invoices/" + link + "/checkout", "{}");
        assertThat(again.json().getString("url")).isEqualTo(retried.json().getString("url"));
        assertThat(stripe.checkoutSessionsCreated(account)).isEqualTo(1);

        stripe.pay(InvoicingTenant.sessionOf(retried.json().getString("url")), PaymentMethod.CARD);
        tenant.awaitStatus(invoice.getString("id"), "PAID");
        assertThat(stripe.successfulCharges(account)).isEqualTo(1);
    }

    @Test
    void eventsDeliveredManyTimesInAnyOrderTakeEffectOnceAndEndWhereStripeIs() throws Exception {
        FakeStripe stripe = InvoicingTenant.stripe();
        String account = tenant.connectStripe();
        JsonObject invoice = tenant.issued("500.00");
        String id = invoice.getString("id");
        String link = InvoicingTenant.secret(MailedLinks.await(clientEmail, 1, MailedLinks.INVOICE));
        URI endpoint = URI.create(RunningServer.baseUrl() + "/api/webhooks/stripe");
        int before = stripe.events(account).size();
        stripe.deliverTo(null);
        String chargeId;
        try {
            String url = Api.portal("POST", "/invoices/" + link + "/checkout", "{\"amount\":500.00}").json().getString("url");
            stripe.pay(InvoicingTenant.sessionOf(url), PaymentMethod.CARD);
            String intent = Json.createReader(new StringReader(stripe.object(InvoicingTenant.sessionOf(url)))).readObject()
                    .getString("payment_intent");
            chargeId = Json.createReader(new StringReader(stripe.object(intent))).readObject().getString("latest_charge");
            Api.Reply back = Api.portal("POST", "/invoices/" + link + "/checkout-returns",
                    "{\"checkoutId\":\"" + InvoicingTenant.sessionOf(url) + "\"}");
            assertThat(back.json().getString("status")).as("the returning client sees it paid").isEqualTo("PAID");
            String paymentId = Json.createReader(new StringReader(Api.get("/invoices/" + id + "/payments", token).body()))
                    .readArray().getJsonObject(0).getString("id");
            Api.Reply refund = Api.post("/invoices/" + id + "/refunds", token, Json.createObjectBuilder()
                    .add("paymentId", paymentId).add("amount", 120).add("reason", "Smaller scope").build().toString());
            assertThat(refund.status()).as(refund.body()).isEqualTo(201);
            String disputeId = stripe.openDispute(chargeId, "fraudulent");
            stripe.closeDispute(disputeId, true);

            List<FakeStripeEvent> events = stripe.events(account).subList(before, stripe.events(account).size());
            assertThat(events).extracting(FakeStripeEvent::type).contains("checkout.session.completed",
                    "charge.dispute.created", "charge.dispute.closed");
            List<FakeStripeEvent> deliveries = new ArrayList<>();
            Random random = new Random(42);
            for (FakeStripeEvent e : events) {
                for (int i = 0, n = 2 + random.nextInt(4); i < n; i++) {
                    deliveries.add(e);
                }
            }
            Collections.shuffle(deliveries, random);
            List<Integer> statuses = parallel(deliveries.size(), 8, i -> {
                FakeStripe.SignedPayload signed = stripe.signed(deliveries.get(i));
                return webhook(endpoint, signed.payload(), signed.signatureHeader());
            });
            assertThat(statuses).containsOnly(200);
        } finally {
            stripe.deliverTo(endpoint);
        }
        tenant.awaitPaymentKinds(id, List.of("CHARGEBACK", "CHARGEBACK_REVERSAL", "PAYMENT", "REFUND"));
        JsonObject after = Api.get("/invoices/" + id, token).json();
        JsonObject ledger = after.getJsonObject("ledger");
        assertThat(after.getString("status")).isEqualTo("PAID");
        assertThat(ledger.getJsonObject("paid").getString("amount")).isEqualTo("500.00");
        assertThat(ledger.getJsonObject("chargedBack").getString("amount")).as("the won dispute reinstated it")
                .isEqualTo("0.00");
        List<String> kinds = Json.createReader(new StringReader(Api.get("/invoices/" + id + "/payments", token).body()))
                .readArray().getValuesAs(JsonObject.class).stream().map(p -> p.getString("kind")).sorted().toList();
        assertThat(kinds).containsExactly("CHARGEBACK", "CHARGEBACK_REVERSAL", "PAYMENT", "REFUND");
        assertThat(stripe.successfulCharges(account)).isEqualTo(1);

        assertThat(stripe.refunds(account)).isEqualTo(1);
        assertThat(ledger.getJsonObject("refunded").getString("amount")).isEqualTo("120.00");
        assertThat(ledger.getJsonObject("credited").getString("amount")).isEqualTo("120.00");
        assertThat(ledger.getJsonObject("balance").getString("amount")).isEqualTo("0.00");
        String paid = Json.createReader(new StringReader(Api.get("/invoices/" + id + "/payments", token).body())).readArray()
                .getValuesAs(JsonObject.class).stream().filter(p -> p.getString("kind").equals("PAYMENT")).findFirst()
                .orElseThrow().getString("id");
        Api.Reply tooMuch = Api.post("/invoices/" + id + "/refunds", token, Json.createObjectBuilder()
                .add("paymentId", paid).add("amount", 380.01).build().toString());
        assertThat(tooMuch.status()).as(tooMuch.body()).isEqualTo(400);
        assertThat(stripe.refunds(account)).as("refused before Stripe was asked").isEqualTo(1);
    }

    @Test
    void forgedStaleOrTamperedNotificationsAreRefusedAndChangeNothing() throws Exception {
        FakeStripe stripe = InvoicingTenant.stripe();
        String account = tenant.connectStripe();
        JsonObject invoice = tenant.issued("75.00");
        String link = InvoicingTenant.secret(MailedLinks.await(clientEmail, 1, MailedLinks.INVOICE));
        URI endpoint = URI.create(RunningServer.baseUrl() + "/api/webhooks/stripe");
        int before = stripe.events(account).size();
        stripe.deliverTo(null);
        FakeStripeEvent completed;
        try {
            String url = Api.portal("POST", "/invoices/" + link + "/checkout", "{}").json().getString("url");
            stripe.pay(InvoicingTenant.sessionOf(url), PaymentMethod.CARD);
            completed = stripe.events(account).subList(before, stripe.events(account).size()).stream()
                    .filter(e -> e.type().equals("checkout.session.completed")).findFirst().orElseThrow();

            FakeStripe.SignedPayload genuine = stripe.signed(completed);
            FakeStripe.SignedPayload stale = stripe.signed(completed, Instant.now().minus(Duration.ofMinutes(10)));
            String forgedSignature = "t=" + Instant.now().getEpochSecond() + ",v1=" + "ab".repeat(32);
            String tampered = genuine.payload().replaceFirst("\"livemode\"\\s*:\\s*false", "\"livemode\": true");
            assertThat(tampered).isNotEqualTo(genuine.payload());

            assertThat(webhook(endpoint, genuine.payload(), forgedSignature)).isEqualTo(400);
            assertThat(webhook(endpoint, stale.payload(), stale.signatureHeader())).isEqualTo(400);
            assertThat(webhook(endpoint, tampered, genuine.signatureHeader())).isEqualTo(400);
            assertThat(webhook(endpoint, genuine.payload(), null)).isEqualTo(400);
            assertThat(webhook(endpoint, "not json", stripe.sign("not json", Instant.now()).signatureHeader())).isEqualTo(400);
            JsonObject untouched = Api.get("/invoices/" + invoice.getString("id"), token).json();
            assertThat(untouched.getJsonObject("ledger").getJsonObject("paid").getString("amount")).isEqualTo("0.00");

            assertThat(webhook(endpoint, genuine.payload(), genuine.signatureHeader())).isEqualTo(200);
        } finally {
            stripe.deliverTo(endpoint);
        }
        assertThat(tenant.awaitStatus(invoice.getString("id"), "PAID").getJsonObject("ledger").getJsonObject("paid")
                .getString("amount")).isEqualTo("75.00");
    }

    private static int webhook(URI endpoint, String payload, String signature) {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(payload));
        if (signature != null) {
            request.header("Stripe-Signature", signature);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString()).statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static <T> List<T> parallel(int times, Callable<T> task) throws Exception {
        return parallel(times, times, i -> task.call());
    }

    interface Indexed<T> {
        T call(int index) throws Exception;
    }

    /** Runs the task {@code times} times on {@code threads} threads released at once; results in index order. */
    private static <T> List<T> parallel(int times, int threads, Indexed<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < times; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call(index);
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
