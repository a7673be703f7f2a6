package com.becflow.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The drafting assistant over HTTP on the shared server (offline: no model is configured there): a brief becomes a
 * draft with a reason per field, the draft is saved as it came and its history says the assistant made it; bad
 * briefs are refused with their own codes and nothing is stored; another workspace's client is not found.
 */
class AssistantApiIT {

    private String token;
    private String clientId;

    @BeforeEach
    void newTenantWithAClient() {
        token = Api.token(Api.signUp("Assistant API Studio"));
        Api.Reply client = Api.post("/clients", token, Api.clientJson("Bea Baker",
                "bakery-" + java.util.UUID.randomUUID() + "@client.test"));
        assertThat(client.status()).as(client.body()).isEqualTo(201);
        clientId = client.json().getString("id");
    }

    private Api.Reply draft(String brief) {
        return Api.post("/assistant/contract-drafts", token, Json.createObjectBuilder().add("clientId", clientId)
                .add("brief", brief).build().toString());
    }

    @Test
    void aBriefBecomesADraftWithReasonsThatIsSavedAsItCameAndRemembersTheAssistant() {
        Api.Reply reply = draft("Logo and brand guide for a bakery, 3,000 EUR, half upfront, starts 1 March 2027, "
                + "two rounds of revisions, they keep the rights once paid");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonObject draft = reply.json();
        JsonObject contract = draft.getJsonObject("contract");
        assertThat(contract.getString("projectName")).isEqualTo("Logo and brand guide for a bakery");
        assertThat(contract.getJsonNumber("fee").bigDecimalValue()).isEqualByComparingTo("3000");
        assertThat(contract.getString("currency")).isEqualTo("EUR");
        assertThat(contract.getString("startDate")).isEqualTo("2027-03-01");
        JsonObject terms = contract.getJsonObject("terms");
        assertThat(terms.getJsonObject("deposit").getJsonNumber("percent").bigDecimalValue()).isEqualByComparingTo("50");
        assertThat(terms.getJsonObject("scope").getInt("revisionRounds")).isEqualTo(2);
        assertThat(terms.getJsonObject("ipTransfer").getString("moment")).isEqualTo("ON_FULL_PAYMENT");
        assertThat(draft.getJsonObject("provenance").getString("kind")).isEqualTo("OFFLINE");
        List<JsonObject> reasons = draft.getJsonArray("reasons").getValuesAs(JsonObject.class);
        assertThat(reasons).anySatisfy(r -> {
            assertThat(r.getString("field")).isEqualTo("terms.deposit.percent");
            assertThat(r.getString("source")).isEqualTo("BRIEF");
            assertThat(r.getString("because")).contains("half upfront");
        });
        assertThat(reasons).anySatisfy(r -> {
            assertThat(r.getString("field")).isEqualTo("terms.payment.netDays");
            assertThat(r.getString("source")).isEqualTo("TEMPLATE_DEFAULT");
        });
        assertThat(reasons).anySatisfy(r -> {
            assertThat(r.getString("field")).isEqualTo("templateId");
            assertThat(r.getString("because")).contains("Design project");
        });
        assertThat(Api.get("/contracts", token).json().getInt("total")).as("a draft stores nothing").isZero();

        Api.Reply saved = Api.post("/contracts", token, contract.toString());
        assertThat(saved.status()).as(saved.body()).isEqualTo(201);
        String id = saved.json().getString("id");
        JsonObject trail = Api.get("/contracts/" + id + "/audit-trail", token).json();
        List<JsonObject> events = trail.getJsonArray("events").getValuesAs(JsonObject.class);
        assertThat(events.stream().map(e -> e.getString("type"))).containsExactly("CREATED", "DRAFTED_BY_ASSISTANT");
        assertThat(events.get(1).toString()).contains("offline");
    }

    @Test
    void aDraftForAClientInTexasCarriesTheRuleChecksOnItsClauses() {
        Api.Reply texan = Api.post("/clients", token, Json.createObjectBuilder().add("name", "Tex Bakery")
                .add("email", "tex-" + java.util.UUID.randomUUID() + "@client.test")
                .add("billingAddress", Json.createObjectBuilder().add("region", "Texas").add("country", "US"))
                .build().toString());
        assertThat(texan.status()).as(texan.body()).isEqualTo(201);
        Api.Reply reply = Api.post("/assistant/contract-drafts", token, Json.createObjectBuilder()
                .add("clientId", texan.json().getString("id"))
                .add("brief", "Logo for a bakery, 3,000 USD, half upfront, starts 1 March 2027").build().toString());
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);

        List<JsonObject> warnings = reply.json().getJsonArray("warnings").getValuesAs(JsonObject.class);
        assertThat(warnings).extracting(w -> w.getString("code"))
                .containsExactly("contract.check.late-fee-above-legal-maximum");
        assertThat(draft("Logo for a bakery, 3,000 USD, half upfront, starts 1 March 2027").json()
                .getJsonArray("warnings")).as("no address, no jurisdiction to check against").isEmpty();
    }

    @Test
    void aDraftTokenFromAnotherWorkspaceOrAlteredIsRefusedAndNothingIsSaved() {
        JsonObject contract = draft("Wedding photography, 1,800 GBP, on 12 June 2027, 25% deposit").json()
                .getJsonObject("contract");
        String altered = Json.createObjectBuilder(contract).add("draftToken", contract.getString("draftToken") + "A")
                .build().toString();
        assertCode(Api.post("/contracts", token, altered), 400, "contract.invalid");
        assertThat(Api.get("/contracts", token).json().getInt("total")).isZero();
    }

    @Test
    void invoiceLinesAreDraftedFromABrief() {
        Api.Reply reply = Api.post("/assistant/invoice-drafts", token, Json.createObjectBuilder().add("clientId", clientId)
                .add("brief", "12 hours of design at 90 an hour and the print files for 250").build().toString());
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        List<JsonObject> lines = reply.json().getJsonArray("lines").getValuesAs(JsonObject.class);
        assertThat(lines).extracting(l -> l.getString("description")).containsExactly("Design", "Print files");
        assertThat(lines).extracting(l -> l.getString("net")).containsExactly("1080.00", "250.00");
        assertThat(reply.json().getString("currency")).isEqualTo("EUR");
    }

    @Test
    void anEmptyAHugeOrAnItalianBriefIsRefusedWithItsOwnCode() {
        assertCode(draft("   "), 400, "assistant.brief.empty");
        assertCode(draft("Logo design, 3000 EUR. ".repeat(100 * 1024 / 23 + 1)), 400, "assistant.brief.too-long");
        assertCode(draft("Logo e manuale del marchio per un panificio, 3.000 EUR, metà in anticipo, inizio il 1 marzo, "
                + "i diritti passano dopo il pagamento"), 400, "assistant.brief.language-unsupported");
        assertThat(Api.get("/contracts", token).json().getInt("total")).isZero();
    }

    @Test
    void anotherWorkspacesClientIsNotFound() {
        String otherToken = Api.token(Api.signUp("Other Assistant Studio"));
        Api.Reply reply = Api.post("/assistant/contract-drafts", otherToken, Json.createObjectBuilder()
                .add("clientId", clientId).add("brief", "Logo for a bakery, 900 EUR").build().toString());
        assertThat(reply.status()).as(reply.body()).isEqualTo(404);
        assertThat(reply.contentType()).startsWith("application/problem+json");
    }

    @Test
    void theModelIsOffUntilTheWorkspaceTurnsItOnAndNoneIsConfiguredHere() {
        JsonObject settings = Api.get("/assistant/settings", token).json();
        assertThat(settings.getBoolean("modelAllowed")).isFalse();
        assertThat(settings.containsKey("model")).as("no model configured on the test server").isFalse();
        Api.Reply on = Api.put("/assistant/settings", token, "{\"modelAllowed\":true}");
        assertThat(on.status()).as(on.body()).isEqualTo(200);
        assertThat(on.json().getBoolean("modelAllowed")).isTrue();
        assertThat(draft("Logo for a bakery, 900 EUR, starts 1 March 2027").json().getJsonObject("provenance")
                .getString("kind")).as("allowed, but no model is configured: offline").isEqualTo("OFFLINE");
        assertCode(Api.put("/assistant/settings", token, "{}"), 400, "assistant.request.invalid");
    }

    private static void assertCode(Api.Reply reply, int status, String code) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().getString("code")).as(reply.body()).isEqualTo(code);
    }
}
