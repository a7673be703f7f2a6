package com.becflow.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.becflow.it.MailedLinks;
import com.becflow.it.RunningServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Headers (issue 12): every response carries the security headers, HSTS only when the browser came over TLS, and
 * X-Forwarded-For / X-Forwarded-Proto count only from the trusted proxy ({@link RunningServer#TRUSTED_PROXY}),
 * down to the address kept as signature evidence.
 */
class SecurityHeadersIT {

    private static final String ANYONE = "127.0.0.1";

    @Test
    void anApiResponseAWorkspacePageAPortalPageAndAStaticResourceCarryTheSecurityHeaders() throws Exception {
        RawHttp.Reply api = get(ANYONE, "/api/v1/me", Map.of());
        assertThat(api.status()).isEqualTo(401);
        assertSecurityHeaders(api);

        RawHttp.Reply workspace = get(ANYONE, "/signup", Map.of());
        assertThat(workspace.status()).isEqualTo(200);
        assertThat(workspace.header("Content-Type")).startsWith("text/html");
        assertSecurityHeaders(workspace);

        RawHttp.Reply portal = get(ANYONE, "/portal/verify", Map.of());
        assertThat(portal.status()).isEqualTo(200);
        assertSecurityHeaders(portal);

        Matcher script = Pattern.compile("src=\"(\\./)?(VAADIN/build/[^\"]+\\.js)\"").matcher(portal.body());
        assertThat(script.find()).as(portal.body()).isTrue();
        RawHttp.Reply resource = get(ANYONE, "/portal/" + script.group(2), Map.of());
        assertThat(resource.status()).isEqualTo(200);
        assertSecurityHeaders(resource);
    }

    @Test
    void strictTransportSecurityOnlyWhenTheTrustedProxySaysTheBrowserCameOverTls() throws Exception {
        assertThat(get(ANYONE, "/portal/verify", Map.of()).header("Strict-Transport-Security")).isNull();
        assertThat(get(ANYONE, "/portal/verify", Map.of("X-Forwarded-Proto", "https")).header("Strict-Transport-Security"))
                .as("anyone can send the header").isNull();
        assertThat(get(RunningServer.TRUSTED_PROXY, "/portal/verify", Map.of("X-Forwarded-Proto", "http"))
                .header("Strict-Transport-Security")).isNull();
        assertThat(get(RunningServer.TRUSTED_PROXY, "/api/v1/me", Map.of("X-Forwarded-Proto", "https"))
                .header("Strict-Transport-Security")).isEqualTo("max-age=31536000");
    }

    @Test
    void signatureEvidenceKeepsTheForwardedClientOnlyWhenTheTrustedProxyForwardedIt() throws Exception {
        String token = Api.token(Api.signUp("Forwarded Studio"));
        // One client each: signing makes a deposit invoice, whose mail would come between two contract mails.
        String first = newAddress();
        String spoofed = sentContract(token, clientId(token, first));
        sign(ANYONE, secret(first), Map.of("X-Forwarded-For", "203.0.113.7"));

        String second = newAddress();
        String forwarded = sentContract(token, clientId(token, second));
        // The client sent "X-Forwarded-For: 198.51.100.1"; the proxy appended the address it saw.
        sign(RunningServer.TRUSTED_PROXY, secret(second), Map.of("X-Forwarded-For", "198.51.100.1, 203.0.113.7"));

        assertThat(signedFrom(token, spoofed)).as("an untrusted peer's header is ignored").isEqualTo(ANYONE);
        assertThat(signedFrom(token, forwarded)).as("the trusted proxy's is believed").isEqualTo("203.0.113.7");
    }

    private static String newAddress() {
        return "client-" + UUID.randomUUID() + "@client.test";
    }

    private static String clientId(String token, String email) {
        Api.Reply client = Api.post("/clients", token, Api.clientJson("Ada Client", email));
        assertThat(client.status()).as(client.body()).isEqualTo(201);
        return client.json().getString("id");
    }

    private static String sentContract(String token, String clientId) {
        Api.Reply list = Api.get("/contract-templates", token);
        String template = Json.createReader(new StringReader(list.body())).readArray().getValuesAs(JsonObject.class)
                .stream().filter(t -> t.getString("name").equals("Design project")).map(t -> t.getString("id"))
                .findFirst().orElseThrow();
        Api.Reply created = Api.post("/contracts", token, Json.createObjectBuilder().add("templateId", template)
                .add("clientId", clientId).add("projectName", "Website").add("startDate", "2027-02-01")
                .add("fee", 2500).build().toString());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().getString("id");
        Api.Reply sent = Api.post("/contracts/" + id + "/send", token, null);
        assertThat(sent.status()).as(sent.body()).isEqualTo(200);
        return id;
    }

    /** The link of the contract mailed to the client (its first mail, waiting for it to arrive). */
    private static String secret(String clientEmail) {
        String link = MailedLinks.await(clientEmail, 1, MailedLinks.CONTRACT);
        return link.substring(link.lastIndexOf('/') + 1);
    }

    private static void sign(String from, String secret, Map<String, String> headers) throws Exception {
        Map<String, String> all = new java.util.HashMap<>(headers);
        all.put("Content-Type", "application/json");
        RawHttp.Reply signed = RawHttp.send(from, RunningServer.port(), "POST", "/portal/api/contracts/" + secret
                + "/signature", all, "{\"consent\":true,\"fullName\":\"Ada Client\"}".getBytes());
        assertThat(signed.status()).as(signed.body()).isEqualTo(200);
    }

    private static String signedFrom(String token, String contractId) {
        JsonObject trail = Api.get("/contracts/" + contractId + "/audit-trail", token).json();
        return trail.getJsonArray("signatures").getJsonObject(0).getString("ipAddress");
    }

    private static RawHttp.Reply get(String from, String path, Map<String, String> headers) throws Exception {
        return RawHttp.send(from, RunningServer.port(), "GET", path, headers, null);
    }

    private static void assertSecurityHeaders(RawHttp.Reply reply) {
        String csp = reply.header("Content-Security-Policy");
        assertThat(csp).contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'");
        assertThat(reply.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(reply.header("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(reply.header("X-Frame-Options")).isEqualTo("DENY");
    }
}
