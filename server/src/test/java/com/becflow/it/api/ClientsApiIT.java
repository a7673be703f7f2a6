package com.becflow.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The clients API end to end: what a freelancer's script can do, and how bad input is refused. */
class ClientsApiIT {

    private String token;

    @BeforeEach
    void newTenant() {
        token = Api.token(Api.signUp("Clients API Studio"));
    }

    private JsonObject create(String name, String email) {
        Api.Reply reply = Api.post("/clients", token, Api.clientJson(name, email));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json();
    }

    @Test
    void aClientCanBeAddedReadChangedArchivedAndRestored() {
        Api.Reply created = Api.post("/clients", token, Json.createObjectBuilder()
                .add("name", "Acme Ltd").add("email", "billing@acme.test").add("company", "Acme Group")
                .add("currency", "gbp").add("timeZone", "Europe/London").add("language", "en-GB")
                .add("reminderChannel", "sms").add("taxId", "GB123456789")
                .add("billingAddress", Json.createObjectBuilder().add("line1", "1 Main St").add("city", "Leeds")
                        .add("postalCode", "LS1 1AA").add("country", "gb"))
                .build().toString());
        assertThat(created.status()).isEqualTo(201);
        JsonObject client = created.json();
        String id = client.getString("id");
        assertThat(client.getString("currency")).isEqualTo("GBP");
        assertThat(client.getJsonObject("billingAddress").getString("country")).isEqualTo("GB");
        assertThat(client.getString("reminderChannel")).isEqualTo("SMS");

        assertThat(Api.get("/clients/" + id, token).json().getString("name")).isEqualTo("Acme Ltd");
        Api.Reply changed = Api.put("/clients/" + id, token, Api.clientJson("Acme Limited", "accounts@acme.test"));
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().getString("email")).isEqualTo("accounts@acme.test");
        assertThat(changed.json().getString("currency")).as("unset currency falls back to the tenant's").isEqualTo("EUR");

        assertThat(Api.post("/clients/" + id + "/archive", token, null).json().getBoolean("archived")).isTrue();
        assertThat(Api.get("/clients", token).json().getInt("total")).isZero();
        assertThat(Api.get("/clients?archived=true", token).json().getInt("total")).isEqualTo(1);
        assertThat(Api.post("/clients/" + id + "/restore", token, null).json().getBoolean("archived")).isFalse();
    }

    @Test
    void theListSearchesSortsAndPages() {
        create("Zeta Films", "zeta@client.test");
        create("alpha design", "hello@alpha.test");
        create("Mid Agency", "mid@client.test");

        JsonObject byName = Api.get("/clients?sort=name&order=asc", token).json();
        assertThat(names(byName)).containsExactly("alpha design", "Mid Agency", "Zeta Films");
        assertThat(names(Api.get("/clients?sort=name&order=desc", token).json()))
                .containsExactly("Zeta Films", "Mid Agency", "alpha design");
        assertThat(names(Api.get("/clients?q=ALPHA", token).json())).containsExactly("alpha design");
        assertThat(names(Api.get("/clients?q=client.test", token).json())).hasSize(2);
        JsonObject page = Api.get("/clients?size=2&page=1", token).json();
        assertThat(page.getInt("total")).isEqualTo(3);
        assertThat(names(page)).containsExactly("Zeta Films");
        assertThat(names(Api.get("/clients?q=%25", token).json())).as("% is matched literally").isEmpty();
    }

    @Test
    void badInputIsRefusedWithAProblemNamingTheFieldAndNothingIsStored() {
        String longName = "x".repeat(201);
        List<String[]> cases = List.of(
                new String[] {"{\"name\":\"Broken\",", "malformed-request", "not valid JSON"},
                new String[] {"{}", "validation", "name"},
                new String[] {"{\"name\":\"No Email\"}", "validation", "email"},
                new String[] {"{\"name\":\"Bad Email\",\"email\":\"not-an-email\"}", "validation", "email"},
                new String[] {"{\"name\":\"" + longName + "\",\"email\":\"long@client.test\"}", "validation", "name"},
                new String[] {"{\"name\":\"Long Notes\",\"email\":\"n@client.test\",\"notes\":\"" + "n".repeat(4001) + "\"}",
                        "validation", "notes"},
                new String[] {"{\"name\":\"Long City\",\"email\":\"c@client.test\",\"billingAddress\":{\"city\":\""
                        + "c".repeat(101) + "\"}}", "validation", "billingAddress.city"},
                new String[] {"{\"name\":\"Unknown\",\"email\":\"u@client.test\",\"colour\":\"red\"}", "malformed-request",
                        "colour"},
                new String[] {"{\"name\":\"Money\",\"email\":\"m@client.test\",\"currency\":\"ZZZ\"}", "client.invalid",
                        "currency"},
                new String[] {"{\"name\":\"Zone\",\"email\":\"z@client.test\",\"timeZone\":\"Mars/Olympus\"}",
                        "client.invalid", "timeZone"},
                new String[] {"[1,2,3]", "malformed-request", ""},
                new String[] {"", "malformed-request", ""});
        for (String[] c : cases) {
            Api.Reply reply = Api.post("/clients", token, c[0]);
            assertThat(reply.status()).as(c[0]).isEqualTo(400);
            assertThat(reply.contentType()).as(c[0]).startsWith("application/problem+json");
            assertThat(reply.json().getString("code")).as(c[0]).isEqualTo(c[1]);
            assertThat(reply.body()).as(c[0]).contains(c[2]);
        }
        assertThat(Api.get("/clients?archived=true", token).json().getInt("total")).isZero();
    }

    @Test
    void aRefusedUpdateLeavesTheClientAsItWas() {
        String id = create("Stable Client", "stable@client.test").getString("id");
        Api.Reply refused = Api.put("/clients/" + id, token,
                "{\"name\":\"Changed\",\"email\":\"stable@client.test\",\"currency\":\"NOPE\"}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(Api.get("/clients/" + id, token).json().getString("name")).isEqualTo("Stable Client");
    }

    @Test
    void badListParametersAreNamed() {
        Api.Reply reply = Api.get("/clients?size=0&sort=colour&page=-1&order=up", token);
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body()).contains("\"size\"", "\"sort\"", "\"page\"", "\"order\"");
    }

    @Test
    void unknownIdsAndRoutesAreProblemsToo() {
        assertThat(Api.get("/clients/00000000-0000-4000-8000-000000000000", token).status()).isEqualTo(404);
        assertThat(Api.get("/clients/not-a-uuid", token).status()).isEqualTo(404);
        Api.Reply wrongMethod = Api.put("/clients", token, "{}");
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aBadSignUpIsRefusedPerField() {
        Api.Reply reply = Api.post("/signups", null,
                "{\"businessName\":\"\",\"firstName\":\"A\",\"lastName\":\"B\",\"email\":\"nope\",\"password\":\"short\"}");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body()).contains("\"businessName\"", "\"email\"", "\"password\"");
    }

    private static List<String> names(JsonObject page) {
        return page.getJsonArray("items").getValuesAs(JsonObject.class).stream().map(o -> o.getString("name")).toList();
    }
}
