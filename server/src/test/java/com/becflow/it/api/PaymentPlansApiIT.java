package com.becflow.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.becflow.it.MailedLinks;
import com.becflow.it.RunningServer;
import com.becflow.shared.documents.Sha256;
import com.becflow.workspace.local.LocalMailbox;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Payment plans over the API of the shared server: a plan's installments are settled by the payments on the invoice's
 * ledger in due-date order; a plan outside the limits is refused with every rule it breaks and stores nothing; a client's
 * acceptance names the terms they saw and is kept as evidence, with its agreement PDF. Time does
 * not pass here (the server is shared), so dates are read from today on the client's calendar.
 */
class PaymentPlansApiIT {

    private InvoicingTenant tenant;
    private String business;

    @BeforeEach
    void signUp() {
        business = "Plans API Studio " + UUID.randomUUID();
        tenant = InvoicingTenant.signUp(business);
    }

    @Test
    void aPaymentLargerThanTheFirstOfFourInstallmentsSettlesItAndPartOfTheSecond() {
        putLimits(limits(6, null, 400).build());
        String id = tenant.issued("1000.00").getString("id");

        Api.Reply proposed = Api.post("/invoices/" + id + "/plan", tenant.token, Json.createObjectBuilder()
                .add("frequency", "MONTHLY").add("count", 4).add("firstDueDate", today().plusDays(1).toString()).build()
                .toString());
        assertThat(proposed.status()).as(proposed.body()).isEqualTo(201);
        assertThat(amounts(proposed.json(), "amount")).containsExactly("250.00", "250.00", "250.00", "250.00");
        assertThat(proposed.json().getString("status")).isEqualTo("PROPOSED");

        Api.Reply paid = Api.post("/invoices/" + id + "/payments", tenant.token,
                "{\"amount\":\"300.00\",\"method\":\"BANK_TRANSFER\"}");
        assertThat(paid.status()).as(paid.body()).isEqualTo(201);

        Api.Reply plan = Api.get("/invoices/" + id + "/plan", tenant.token);
        assertThat(plan.status()).as(plan.body()).isEqualTo(200);
        JsonObject p = plan.json();
        assertThat(amounts(p, "paid")).containsExactly("250.00", "50.00", "0.00", "0.00");
        assertThat(amounts(p, "remaining")).containsExactly("0.00", "200.00", "250.00", "250.00");
        assertThat(installments(p)).extracting(i -> i.getString("status"))
                .containsExactly("PAID", "PARTIALLY_PAID", "DUE", "DUE");
        assertThat(p.getJsonObject("remaining").getString("amount")).isEqualTo("700.00");
        assertThat(p.getJsonObject("outsidePlan").getString("amount")).isEqualTo("0.00");
        assertThat(p.getJsonObject("balance").getString("amount"))
                .isEqualTo(tenant.invoice(id).getJsonObject("ledger").getJsonObject("balance").getString("amount"))
                .isEqualTo("700.00");
        assertThat(tenant.events(id)).extracting(e -> e.getString("type")).contains("PLAN_PROPOSED",
                "PLAN_INSTALLMENTS_SETTLED");
        assertThat(tenant.events(id)).filteredOn(e -> e.getString("type").equals("PLAN_INSTALLMENTS_SETTLED"))
                .extracting(e -> e.getString("detail"))
                .containsExactly("Payment plan: settles installment 1; EUR 50.00 of installment 2, EUR 200.00 left");
    }

    @Test
    void aPlanOutsideTheLimitsIsAProblemNamingEveryRuleItBreaksAndNothingIsStored() {
        putLimits(limits(3, "300.00", 60).build());
        String id = tenant.issued("1000.00").getString("id");
        JsonArrayBuilder installments = Json.createArrayBuilder();
        String[] amounts = {"100.00", "300.00", "300.00", "299.00"};
        for (int i = 0; i < amounts.length; i++) {
            installments.add(Json.createObjectBuilder().add("dueDate", today().plusDays(i == 0 ? -2 : 40L * i).toString())
                    .add("amount", Json.createValue(new BigDecimal(amounts[i]))));
        }

        Api.Reply refused = Api.post("/invoices/" + id + "/plan", tenant.token, Json.createObjectBuilder()
                .add("frequency", "CUSTOM_DATES").add("installments", installments).build().toString());

        assertCode(refused, 400, "plan.count.above-maximum");
        assertThat(refused.body()).contains("plan.installment.below-minimum", "plan.date.in-the-past",
                "plan.final-date.too-late", "plan.amounts.do-not-sum", "installments[0].amount", "installments[0].dueDate");
        assertCode(Api.get("/invoices/" + id + "/plan", tenant.token), 404, "plan.not-found");
        assertThat(tenant.events(id)).extracting(e -> e.getString("type")).doesNotContain("PLAN_PROPOSED");

        assertCode(Api.post("/invoices/" + id + "/plan", tenant.token, "{\"frequency\":\"DAILY\",\"count\":2}"), 400,
                "plan.input.invalid");
        assertCode(Api.post("/invoices/" + id + "/plan", tenant.token, "{\"frequency\":\"WEEKLY\",\"count\":2,"
                + "\"firstDueDate\":\"" + today().plusDays(1) + "\",\"deposit\":1000.00}"), 400, "plan.deposit.not-below-total");
        assertCode(Api.get("/invoices/" + id + "/plan", tenant.token), 404, "plan.not-found");
    }

    @Test
    void limitsThatCannotBeKeptAreAProblemAndTheWorkspaceKeepsItsOwn() {
        JsonObject before = Api.get("/payment-plan-limits", tenant.token).json();
        assertThat(before.getBoolean("offered")).as("no plans for clients until the freelancer offers them").isFalse();

        Api.Reply refused = Api.put("/payment-plan-limits", tenant.token, limits(1, "-5.00", 0).build().toString());

        assertCode(refused, 400, "plan.limits.invalid");
        assertThat(refused.body()).contains("maxInstallments", "minimumInstallment", "finalWithinDays");
        assertThat(Api.get("/payment-plan-limits", tenant.token).json()).isEqualTo(before);
        assertCode(Api.put("/payment-plan-limits", tenant.token, "{\"offered\":true}"), 400, "plan.limits.invalid");

        JsonObject saved = putLimits(limits(8, "50.00", 200).add("minimumDeposit", Json.createObjectBuilder()
                .add("kind", "PERCENT").add("value", "20")).build());
        assertThat(Api.get("/payment-plan-limits", tenant.token).json()).isEqualTo(saved);
        assertThat(saved.getJsonObject("minimumDeposit").getString("kind")).isEqualTo("PERCENT");
        assertThat(saved.getJsonObject("minimumDeposit").getString("value")).isEqualTo("20");
        assertThat(saved.getJsonObject("minimumInstallment").getString("amount")).isEqualTo("50.00");
        assertThat(saved.getInt("maxInstallments")).isEqualTo(8);
    }

    @Test
    void anInvoiceHasOnePlanAtATimeAndCancellingItLeavesTheLedgerAsItWas() {
        putLimits(limits(6, null, 400).build());
        String id = tenant.issued("900.00").getString("id");
        String plan = Json.createObjectBuilder().add("frequency", "BIWEEKLY").add("count", 3)
                .add("deposit", Json.createValue(new BigDecimal("300.00")))
                .add("firstDueDate", today().plusDays(1).toString()).build().toString();
        assertThat(Api.post("/invoices/" + id + "/plan", tenant.token, plan).status()).isEqualTo(201);
        assertCode(Api.post("/invoices/" + id + "/plan", tenant.token, plan), 409, "plan.already-exists");
        JsonObject ledgerBefore = tenant.invoice(id).getJsonObject("ledger");

        Api.Reply cancelled = Api.post("/invoices/" + id + "/plan/cancel", tenant.token, null);

        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
        assertThat(cancelled.json().getString("status")).isEqualTo("CANCELLED");
        assertThat(tenant.invoice(id).getJsonObject("ledger")).isEqualTo(ledgerBefore);
        assertCode(Api.get("/invoices/" + id + "/plan", tenant.token), 404, "plan.not-found");
        assertCode(Api.post("/invoices/" + id + "/plan/cancel", tenant.token, null), 404, "plan.not-found");
        assertThat(Api.post("/invoices/" + id + "/plan", tenant.token, plan).status()).isEqualTo(201);

        Api.Reply draft = Api.post("/invoices", tenant.token, tenant.invoiceJson("1", "500.00", null, null));
        assertCode(Api.post("/invoices/" + draft.json().getString("id") + "/plan", tenant.token, plan), 409,
                "plan.invoice.not-open");
        assertCode(Api.post("/invoices/" + UUID.randomUUID() + "/plan", tenant.token, plan), 404, "invoice.not-found");
    }

    @Test
    void theClientAcceptsTheProposedPlanThroughTheirLinkOnceAndTheAcceptanceIsKeptAsEvidenceWithItsAgreement()
            throws IOException {
        putLimits(limits(6, null, 400).build());
        JsonObject issued = tenant.issued("600.00");
        String id = issued.getString("id");
        String link = InvoicingTenant.secret(MailedLinks.await(tenant.clientEmail, 1, MailedLinks.INVOICE));
        assertCode(Api.portal("GET", "/invoices/" + link + "/plan", null), 404, "plan.not-found");
        assertThat(Api.post("/invoices/" + id + "/plan", tenant.token, monthly(2)).status()).isEqualTo(201);
        LocalMailbox.ReceivedMail proposal = MailedLinks.awaitMail(tenant.clientEmail, business, Duration.ofSeconds(10));
        assertThat(proposal.subject()).isEqualTo(business + " proposes paying invoice " + issued.getString("number")
                + " in 2 installments");
        assertThat(proposal.text()).contains("1. EUR 300.00 by", "2. EUR 300.00 by", "See the plan and accept it here");
        String proposalLink = InvoicingTenant.secret(MailedLinks.text(proposal, MailedLinks.INVOICE));
        assertThat(Api.portal("GET", "/invoices/" + proposalLink + "/plan", null).json().getString("status"))
                .as("the mailed link opens the proposal").isEqualTo("PROPOSED");
        JsonObject shown = Api.portal("GET", "/invoices/" + link + "/plan", null).json();
        assertThat(shown.getString("status")).isEqualTo("PROPOSED");
        assertThat(shown.containsKey("acceptance")).as("no evidence before the client accepts").isFalse();
        String terms = shown.getString("termsSha256");
        assertThat(terms).matches("[0-9a-f]{64}").isEqualTo(Api.get("/invoices/" + id + "/plan", tenant.token).json()
                .getString("termsSha256"));
        assertCode(Api.portal("POST", "/invoices/" + link + "/plan/acceptance", acceptance(terms, false)), 400,
                "plan.acceptance.consent-missing");
        assertCode(Api.portal("POST", "/invoices/" + link + "/plan/acceptance", acceptance(null, true)), 400,
                "plan.acceptance.terms-not-named");
        assertCode(Api.portal("GET", "/invoices/" + link + "/plan/agreement.pdf", null), 404, "plan.agreement.not-found");

        Api.Reply accepted = Api.portal("POST", "/invoices/" + link + "/plan/acceptance", acceptance(terms, true));

        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertThat(accepted.json().getString("status")).isEqualTo("ACCEPTED");
        assertThat(accepted.json().getJsonArray("installments").getValuesAs(JsonObject.class))
                .extracting(i -> i.getString("amount")).containsExactly("300.00", "300.00");
        JsonObject evidence = accepted.json().getJsonObject("acceptance");
        assertThat(evidence.getString("acceptedBy")).isEqualTo(tenant.clientEmail);
        assertThat(evidence.getString("ipAddress")).isEqualTo("127.0.0.1");
        assertThat(evidence.getString("userAgent")).contains("Java-http-client");
        assertThat(evidence.getString("termsSha256")).isEqualTo(terms).isEqualTo(Sha256.hex(evidence.getString("terms")));
        assertThat(evidence.getString("terms")).contains("invoice=" + id, "currency=EUR", "autopay=false",
                "1=" + today().plusDays(1) + " 300.00", "2=" + today().plusDays(1).plusMonths(1) + " 300.00");
        assertThat(evidence.getString("consent")).startsWith("I agree to pay on these dates");
        assertThat(evidence.getBoolean("contractAddendum")).isFalse();
        assertCode(Api.portal("POST", "/invoices/" + link + "/plan/acceptance", acceptance(terms, true)), 409,
                "plan.acceptance.already-accepted");

        JsonObject plan = Api.get("/invoices/" + id + "/plan", tenant.token).json();
        assertThat(plan.getString("status")).isEqualTo("ACCEPTED");
        JsonObject invoice = Api.get("/invoices/" + id, tenant.token).json();
        assertThat(invoice.getString("nextDueDate")).as("due by the first installment now, not by its own due date")
                .isEqualTo(today().plusDays(1).toString()).isNotEqualTo(invoice.getString("dueDate"));
        JsonObject kept = plan.getJsonObject("acceptance");
        assertThat(Instant.parse(kept.getString("acceptedAt"))).isEqualTo(Instant.parse(plan.getString("acceptedAt")))
                .isEqualTo(Instant.parse(evidence.getString("acceptedAt")));
        assertThat(kept.getString("ipAddress")).isEqualTo("127.0.0.1");
        assertThat(kept.getString("termsSha256")).isEqualTo(terms);
        assertThat(tenant.events(id)).filteredOn(e -> e.getString("type").equals("PLAN_ACCEPTED"))
                .extracting(e -> e.getString("actorKind")).containsExactly("CLIENT");

        byte[] fromPortal = Api.pdf(RunningServer.baseUrl() + "/portal/api/invoices/" + link + "/plan/agreement.pdf", null);
        byte[] fromWorkspace = Api.pdf(Api.base() + "/invoices/" + id + "/plan/agreement.pdf", tenant.token);
        assertThat(fromPortal).isEqualTo(fromWorkspace);
        assertThat(Sha256.hex(fromPortal)).isEqualTo(kept.getString("agreementSha256"));
        assertThat(PlanEvidenceFixtures.text(fromPortal)).contains("Payment plan agreement", "EUR 300.00", "EUR 600.00",
                today().plusDays(1).toString(), today().plusDays(1).plusMonths(1).toString(), "127.0.0.1");
        assertThat(PlanEvidenceFixtures.text(fromPortal).replaceAll("\\s", "")).as("long words, wherever the page broke them")
                .contains(terms, tenant.clientEmail);
        JsonObject verified = PlanEvidenceFixtures.verify(fromPortal);
        assertThat(verified.getBoolean("authentic")).isTrue();
        assertThat(verified.getString("kind")).isEqualTo("PLAN_AGREEMENT");
        byte[] altered = fromPortal.clone();
        altered[altered.length / 2] ^= 1;
        assertThat(PlanEvidenceFixtures.verify(altered).getBoolean("authentic")).isFalse();
    }

    @Test
    void aPlanThatChangedAfterTheClientSawItIsNotAcceptedAndNothingIsWritten() {
        putLimits(limits(6, null, 400).build());
        String id = tenant.issued("600.00").getString("id");
        String link = InvoicingTenant.secret(MailedLinks.await(tenant.clientEmail, 1, MailedLinks.INVOICE));
        assertThat(Api.post("/invoices/" + id + "/plan", tenant.token, monthly(2)).status()).isEqualTo(201);
        String seen = Api.portal("GET", "/invoices/" + link + "/plan", null).json().getString("termsSha256");
        assertThat(Api.post("/invoices/" + id + "/plan/cancel", tenant.token, null).status()).isEqualTo(200);
        assertThat(Api.post("/invoices/" + id + "/plan", tenant.token, monthly(3)).status()).isEqualTo(201);

        Api.Reply refused = Api.portal("POST", "/invoices/" + link + "/plan/acceptance", acceptance(seen, true));

        assertCode(refused, 409, "plan.acceptance.terms-changed");
        JsonObject plan = Api.get("/invoices/" + id + "/plan", tenant.token).json();
        assertThat(plan.getString("status")).isEqualTo("PROPOSED");
        assertThat(plan.containsKey("acceptance")).isFalse();
        assertThat(plan.getString("termsSha256")).isNotEqualTo(seen);
        assertThat(tenant.events(id)).extracting(e -> e.getString("type")).doesNotContain("PLAN_ACCEPTED");
        assertCode(Api.get("/invoices/" + id + "/plan/agreement.pdf", tenant.token), 404, "plan.agreement.not-found");

        String preview = Api.portal("POST", "/invoices/" + link + "/plan/preview", monthly(2)).json().getString("termsSha256");
        assertCode(Api.portal("POST", "/invoices/" + link + "/plan", building(monthly(3), preview)), 409, "plan.already-exists");
    }

    @Test
    void tenAcceptancesAtOnceRecordOneAndTheOthersAreRefusedAsAlreadyAccepted() throws Exception {
        putLimits(limits(6, null, 400).build());
        String id = tenant.issued("600.00").getString("id");
        String link = InvoicingTenant.secret(MailedLinks.await(tenant.clientEmail, 1, MailedLinks.INVOICE));
        assertThat(Api.post("/invoices/" + id + "/plan", tenant.token, monthly(2)).status()).isEqualTo(201);
        String terms = Api.portal("GET", "/invoices/" + link + "/plan", null).json().getString("termsSha256");

        ExecutorService clicks = Executors.newFixedThreadPool(10);
        List<Api.Reply> replies = new ArrayList<>();
        try {
            List<Future<Api.Reply>> sent = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                sent.add(clicks.submit(() -> Api.portal("POST", "/invoices/" + link + "/plan/acceptance",
                        acceptance(terms, true))));
            }
            for (Future<Api.Reply> reply : sent) {
                replies.add(reply.get());
            }
        } finally {
            clicks.shutdownNow();
        }

        assertThat(replies).filteredOn(r -> r.status() == 200).hasSize(1);
        assertThat(replies).filteredOn(r -> r.status() != 200).allSatisfy(r -> {
            assertThat(r.status()).as(r.body()).isEqualTo(409);
            assertThat(r.json().getString("code")).isEqualTo("plan.acceptance.already-accepted");
        });
        assertThat(tenant.events(id)).filteredOn(e -> e.getString("type").equals("PLAN_ACCEPTED")).hasSize(1);
    }

    @Test
    void anAcceptedPlanOnAnInvoiceOfASignedContractIsAnAddendumOnTheContractsEvidence() throws IOException {
        putLimits(limits(6, null, 400).build());
        String contract = PlanEvidenceFixtures.signedContract(tenant);
        JsonObject issued = PlanEvidenceFixtures.issuedUnder(tenant, contract, "900.00");
        String id = issued.getString("id");
        String link = InvoicingTenant.secret(MailedLinks.text(MailedLinks.awaitMail(tenant.clientEmail, business
                + " sent you invoice " + issued.getString("number"), Duration.ofSeconds(20)), MailedLinks.INVOICE));
        String preview = Api.portal("POST", "/invoices/" + link + "/plan/preview", monthly(3)).json().getString("termsSha256");

        Api.Reply built = Api.portal("POST", "/invoices/" + link + "/plan", building(monthly(3), preview));

        assertThat(built.status()).as(built.body()).isEqualTo(201);
        JsonObject evidence = built.json().getJsonObject("acceptance");
        assertThat(evidence.getBoolean("contractAddendum")).isTrue();
        assertThat(Api.get("/invoices/" + id + "/plan", tenant.token).json().getJsonObject("acceptance")
                .getString("contractId")).isEqualTo(contract);
        List<JsonObject> events = Api.get("/contracts/" + contract + "/audit-trail", tenant.token).json()
                .getJsonArray("events").getValuesAs(JsonObject.class);
        assertThat(events).filteredOn(e -> e.getString("type").equals("PLAN_ACCEPTED")).singleElement()
                .satisfies(e -> assertThat(e.getString("detail")).contains(preview, evidence.getString("agreementSha256"),
                        "EUR 300.00 on " + today().plusDays(1)));
        byte[] certificate = Api.pdf(Api.base() + "/contracts/" + contract + "/audit-certificate.pdf", tenant.token);
        assertThat(PlanEvidenceFixtures.text(certificate)).contains("plan accepted");
        assertThat(PlanEvidenceFixtures.text(certificate).replaceAll("\\s", "")).contains(preview);
    }

    @Test
    void aClientsOwnLimitsBindTheirInvoicesAndAnInvoicesOwnBindItAlone() {
        putLimits(limits(6, null, 400).build());
        String id = tenant.issued("900.00").getString("id");
        Api.Reply clientLimits = Api.put("/payment-plan-limits/clients/" + tenant.clientId, tenant.token,
                "{\"maxInstallments\":2}");
        assertThat(clientLimits.status()).as(clientLimits.body()).isEqualTo(200);
        assertThat(clientLimits.json().keySet()).containsExactly("maxInstallments");

        assertCode(Api.post("/invoices/" + id + "/plan", tenant.token, monthly(3)), 400, "plan.count.above-maximum");
        assertCode(Api.put("/payment-plan-limits/invoices/" + id, tenant.token, "{\"maxInstallments\":200}"), 400,
                "plan.limits.invalid");
        assertThat(Api.put("/payment-plan-limits/invoices/" + id, tenant.token, "{\"maxInstallments\":3}").status())
                .isEqualTo(200);
        assertThat(Api.get("/payment-plan-limits/invoices/" + id, tenant.token).json().getInt("maxInstallments")).isEqualTo(3);
        assertThat(Api.post("/invoices/" + id + "/plan", tenant.token, monthly(3)).status()).isEqualTo(201);

        assertThat(Api.put("/payment-plan-limits/clients/" + tenant.clientId, tenant.token, "{}").status()).isEqualTo(200);
        assertThat(Api.get("/payment-plan-limits/clients/" + tenant.clientId, tenant.token).json()).isEmpty();
        assertCode(Api.get("/payment-plan-limits/clients/" + UUID.randomUUID(), tenant.token), 404, "client.not-found");
    }

    private static String monthly(int count) {
        return Json.createObjectBuilder().add("frequency", "MONTHLY").add("count", count)
                .add("firstDueDate", today().plusDays(1).toString()).build().toString();
    }

    private static String acceptance(String termsSha256, boolean agreed) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("agreed", agreed);
        if (termsSha256 != null) {
            body.add("termsSha256", termsSha256);
        }
        return body.build().toString();
    }

    /** A plan to build, with the acceptance of the terms its preview showed. */
    private static String building(String plan, String termsSha256) {
        JsonObject input = Json.createReader(new StringReader(plan)).readObject();
        return Json.createObjectBuilder(input).add("termsSha256", termsSha256).add("agreed", true).build().toString();
    }

    private JsonObject putLimits(JsonObject limits) {
        Api.Reply saved = Api.put("/payment-plan-limits", tenant.token, limits.toString());
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        return saved.json();
    }

    private static JsonObjectBuilder limits(int maxInstallments, String minimumInstallment, int finalWithinDays) {
        var limits = Json.createObjectBuilder().add("offered", true).add("maxInstallments", maxInstallments)
                .add("finalWithinDays", finalWithinDays).add("autopay", "OPTIONAL")
                .add("frequencies", Json.createArrayBuilder().add("WEEKLY").add("BIWEEKLY").add("MONTHLY").add("CUSTOM_DATES"));
        if (minimumInstallment != null) {
            limits.add("minimumInstallment", Json.createObjectBuilder().add("amount", minimumInstallment)
                    .add("currency", "EUR"));
        }
        return limits;
    }

    private static List<JsonObject> installments(JsonObject plan) {
        return plan.getJsonArray("installments").getValuesAs(JsonObject.class);
    }

    private static List<String> amounts(JsonObject plan, String field) {
        return installments(plan).stream().map(i -> i.getJsonObject(field).getString("amount")).toList();
    }

    private static LocalDate today() {
        // The client's zone from Api.clientJson; the first installment falls due tomorrow, so a run across its midnight
        // still proposes no date in the past.
        return LocalDate.now(ZoneId.of("Europe/Berlin"));
    }

    private static void assertCode(Api.Reply reply, int status, String code) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().getString("code")).as(reply.body()).isEqualTo(code);
    }
}
