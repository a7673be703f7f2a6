package com.becflow.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.becflow.it.MailedLinks;
import com.becflow.shared.documents.Sha256;
import com.becflow.it.RunningServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contracts API and the portal's endpoints over HTTP, as a script and a client's browser use them: templates,
 * drafts, sending, the emailed link, signing, PDFs, verification, and problem+json for everything refused.
 */
class ContractsApiIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private String token;
    private String clientEmail;
    private String clientId;

    @BeforeEach
    void newTenantWithAClient() {
        token = Api.token(Api.signUp("Contracts API Studio"));
        clientEmail = "client-" + java.util.UUID.randomUUID() + "@client.test";
        Api.Reply client = Api.post("/clients", token, Api.clientJson("Ada Client", clientEmail));
        assertThat(client.status()).as(client.body()).isEqualTo(201);
        clientId = client.json().getString("id");
    }

    private String templateId(String name) {
        Api.Reply list = Api.get("/contract-templates", token);
        return Json.createReader(new java.io.StringReader(list.body())).readArray()
                .getValuesAs(JsonObject.class).stream().filter(t -> t.getString("name").equals(name))
                .map(t -> t.getString("id")).findFirst().orElseThrow();
    }

    private JsonObject draft(String template) {
        Api.Reply created = Api.post("/contracts", token, Json.createObjectBuilder().add("templateId", templateId(template))
                .add("clientId", clientId).add("projectName", "Website").add("startDate", "2027-02-01")
                .add("fee", 2500).build().toString());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    /** The contract's only mail, once the server has recorded it as sent (just after it reached the mailbox). */
    private JsonObject sentMail(String contractId) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (true) {
            Api.Reply mails = Api.get("/contracts/" + contractId + "/mails", token);
            assertThat(mails.status()).as(mails.body()).isEqualTo(200);
            List<JsonObject> all = Json.createReader(new java.io.StringReader(mails.body())).readArray()
                    .getValuesAs(JsonObject.class);
            assertThat(all).hasSize(1);
            if (all.get(0).getString("state").equals("SENT") || System.nanoTime() > deadline) {
                assertThat(all.get(0).getString("state")).isEqualTo("SENT");
                return all.get(0);
            }
            Thread.sleep(100);
        }
    }

    @Test
    void theTemplateLibraryCanBeReadCopiedEditedAndArchived() {
        Api.Reply list = Api.get("/contract-templates", token);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains("Design project", "Writing and content", "Consulting engagement",
                "Photography shoot", "Ads management retainer");

        Api.Reply copy = Api.post("/contract-templates/" + templateId("Design project") + "/copy", token, null);
        assertThat(copy.status()).isEqualTo(201);
        JsonObject copied = copy.json();
        assertThat(copied.getString("name")).isEqualTo("Copy of Design project");
        assertThat(copied.getJsonObject("terms").getJsonObject("deposit")).isNotNull();

        String changed = Json.createObjectBuilder(copied).remove("id").remove("createdAt").remove("updatedAt")
                .remove("archived").add("name", "Logo design").add("body", "Logo for {{client.company}}, due {{project.end_date}}.")
                .build().toString();
        Api.Reply updated = Api.put("/contract-templates/" + copied.getString("id"), token, changed);
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertThat(updated.json().getString("name")).isEqualTo("Logo design");
        assertThat(Api.post("/contract-templates/" + copied.getString("id") + "/archive", token, null).json()
                .getBoolean("archived")).isTrue();
        assertThat(Api.get("/contract-templates", token).body()).doesNotContain("Logo design");
    }

    @Test
    void badTemplatesAreRefusedWithAProblemNamingTheFieldAndNothingIsStored() {
        int before = Api.get("/contract-templates", token).body().split("\"id\"").length;
        List<String[]> cases = List.of(
                new String[] {"{\"name\":\"T\",\"body\":\"Dear {{client.nmae}}\",\"terms\":{\"payment\":{\"netDays\":14}}}",
                        "body", "{{client.nmae}}"},
                new String[] {"{\"name\":\"T\",\"body\":\"Hi\",\"terms\":{\"payment\":{\"netDays\":-1}}}",
                        "terms.payment.netDays", "0 to 365"},
                new String[] {"{\"name\":\"T\",\"body\":\"Hi\",\"terms\":{\"payment\":{\"netDays\":14},\"deposit\":{\"percent\":150}}}",
                        "terms.deposit.percent", "100"},
                new String[] {"{\"name\":\"T\",\"body\":\"Hi\",\"terms\":{\"payment\":{\"netDays\":14},\"lateFee\":{\"percentPerPeriod\":90,\"periodDays\":30,\"graceDays\":0}}}",
                        "terms.lateFee.percentPerPeriod", "10"},
                new String[] {"{\"name\":\"T\",\"body\":\"Hi\",\"terms\":{\"payment\":{\"netDays\":14},\"cancellation\":{\"tiers\":[{\"daysBeforeStart\":-5,\"percentKept\":10}]}}}",
                        "terms.cancellation.tiers[0].daysBeforeStart", "0 to 3650"},
                new String[] {"{\"name\":\"\",\"body\":\"Hi\",\"terms\":{\"payment\":{\"netDays\":14}}}", "name", "Name"});
        for (String[] c : cases) {
            Api.Reply reply = Api.post("/contract-templates", token, c[0]);
            assertThat(reply.status()).as(c[0]).isEqualTo(400);
            assertThat(reply.contentType()).startsWith("application/problem+json");
            JsonObject error = reply.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                    .filter(e -> e.getString("field").equals(c[1])).findFirst()
                    .orElseThrow(() -> new AssertionError(c[1] + " not named in " + reply.body()));
            assertThat(error.getString("message")).as(c[0]).contains(c[2]);
        }
        Api.Reply unknownField = Api.post("/contract-templates", token,
                "{\"name\":\"T\",\"body\":\"Hi\",\"terms\":{\"payment\":{\"netDays\":14,\"netDayz\":3}}}");
        assertThat(unknownField.status()).isEqualTo(400);
        assertThat(Api.get("/contract-templates", token).body().split("\"id\"").length).isEqualTo(before);
    }

    @Test
    void aContractIsDraftedSentSignedThroughTheEmailedLinkAndItsPdfsVerify() throws Exception {
        JsonObject contract = draft("Design project");
        String id = contract.getString("id");
        assertThat(contract.getString("status")).isEqualTo("DRAFT");
        assertThat(contract.getJsonObject("fee").getString("amount")).isEqualTo("2500.00");
        assertThat(contract.getJsonObject("fee").getString("currency")).isEqualTo("EUR");
        Api.Reply preview = Api.get("/contracts/" + id + "/preview", token);
        assertThat(preview.body()).contains("Ada Client", "EUR 2,500.00").doesNotContain("{{");

        Api.Reply sent = Api.post("/contracts/" + id + "/send", token, null);
        assertThat(sent.status()).as(sent.body()).isEqualTo(200);
        assertThat(sent.json().getString("status")).isEqualTo("SENT");
        String link = mailedLink(clientEmail, 1);
        String secret = link.substring(link.lastIndexOf('/') + 1);
        assertThat(link).startsWith(RunningServer.baseUrl() + "/portal/contract/");
        JsonObject mail = sentMail(id);
        assertThat(mail.getString("to")).isEqualTo(clientEmail);
        assertThat(mail.getInt("attempts")).isEqualTo(1);
        assertThat(mail.getString("sentAt")).isNotBlank();

        Api.Reply opened = Api.portal("GET", "/contracts/" + secret, null);
        assertThat(opened.status()).isEqualTo(200);
        JsonObject seen = opened.json();
        assertThat(seen.getString("status")).as("a GET never records a view or a signature").isEqualTo("SENT");
        assertThat(seen.getString("documentSha256")).isEqualTo(Sha256.hex(seen.getString("html").getBytes("UTF-8")));

        Api.Reply noConsent = Api.portal("POST", "/contracts/" + secret + "/signature", "{\"consent\":false,\"fullName\":\"Ada Client\"}");
        assertThat(noConsent.status()).isEqualTo(400);
        assertThat(noConsent.contentType()).startsWith("application/problem+json");
        assertThat(noConsent.body()).contains("\"field\":\"consent\"");
        Api.Reply noName = Api.portal("POST", "/contracts/" + secret + "/signature", "{\"consent\":true,\"fullName\":\" \"}");
        assertThat(noName.status()).isEqualTo(400);
        assertThat(noName.body()).contains("\"field\":\"fullName\"");
        assertThat(Api.get("/contracts/" + id + "/audit-trail", token).json().getJsonArray("signatures")).isEmpty();

        Api.Reply signed = Api.portal("POST", "/contracts/" + secret + "/signature", "{\"consent\":true,\"fullName\":\"Ada Client\"}");
        assertThat(signed.status()).as(signed.body()).isEqualTo(200);
        assertThat(signed.json().getString("status")).isEqualTo("SIGNED");
        assertThat(Api.get("/contracts/" + id, token).json().getString("status")).isEqualTo("SIGNED");

        byte[] pdfFromWorkspace = Api.pdf(Api.base() + "/contracts/" + id + "/signed.pdf", token);
        byte[] pdfFromPortal = Api.pdf(RunningServer.baseUrl() + "/portal/api/contracts/" + secret + "/signed.pdf", null);
        byte[] certificate = Api.pdf(Api.base() + "/contracts/" + id + "/audit-certificate.pdf", token);
        assertThat(pdfFromPortal).isEqualTo(pdfFromWorkspace);
        assertThat(new String(pdfFromWorkspace, 0, 5, "ISO-8859-1")).isEqualTo("%PDF-");

        JsonObject trail = Api.get("/contracts/" + id + "/audit-trail", token).json();
        assertThat(trail.getBoolean("intact")).isTrue();
        JsonObject signature = trail.getJsonArray("signatures").getJsonObject(0);
        assertThat(signature.getString("signerName")).isEqualTo("Ada Client");
        assertThat(signature.getString("ipAddress")).isEqualTo("127.0.0.1");
        assertThat(signature.getString("userAgent")).contains("Java-http-client");
        assertThat(signature.getString("signedPdfSha256")).isEqualTo(Sha256.hex(pdfFromWorkspace));
        assertThat(signature.getString("documentSha256")).isEqualTo(seen.getString("documentSha256"));
        assertThat(trail.getJsonArray("events").getValuesAs(JsonObject.class).stream().map(e -> e.getString("type")))
                .containsExactly("CREATED", "SENT", "SIGNED");

        assertThat(verify(pdfFromWorkspace).getBoolean("authentic")).isTrue();
        assertThat(verify(certificate).getBoolean("authentic")).isTrue();
        byte[] flipped = pdfFromWorkspace.clone();
        flipped[flipped.length / 2] ^= 1;
        JsonObject forged = verify(flipped);
        assertThat(forged.getBoolean("authentic")).isFalse();
        assertThat(forged.getString("sha256")).isEqualTo(Sha256.hex(flipped));

        Api.Reply edit = Api.put("/contracts/" + id, token, Json.createObjectBuilder().add("title", "Changed")
                .add("projectName", "Website").add("startDate", "2027-02-01").add("fee", "1.00").add("body", "x")
                .add("terms", Json.createObjectBuilder().add("payment", Json.createObjectBuilder().add("netDays", 7)))
                .build().toString());
        assertThat(edit.status()).isEqualTo(409);
        assertThat(edit.body()).contains("contract.state-conflict");
        assertThat(Api.post("/contracts/" + id + "/void", token, null).status()).isEqualTo(409);
    }

    @Test
    void linksThatWereReplacedVoidedOrNeverExistedAnswer404() {
        JsonObject contract = draft("Writing and content");
        String id = contract.getString("id");
        Api.post("/contracts/" + id + "/send", token, null);
        String first = secret(mailedLink(clientEmail, 1));

        JsonObject revised = Api.put("/contracts/" + id, token, Json.createObjectBuilder(editable(contract))
                .add("fee", "2600.00").build().toString()).json();
        assertThat(revised.getInt("revision")).isEqualTo(2);
        assertThat(revised.getString("status")).isEqualTo("DRAFT");
        assertThat(Api.portal("GET", "/contracts/" + first, null).status()).isEqualTo(404);
        assertThat(Api.portal("POST", "/contracts/" + first + "/signature", "{\"consent\":true,\"fullName\":\"A\"}").status())
                .isEqualTo(404);

        Api.post("/contracts/" + id + "/send", token, null);
        String second = secret(mailedLink(clientEmail, 2));
        assertThat(Api.portal("GET", "/contracts/" + second, null).json().getInt("revision")).isEqualTo(2);
        assertThat(Api.post("/contracts/" + id + "/void", token, null).json().getString("status")).isEqualTo("VOIDED");
        Api.Reply voided = Api.portal("GET", "/contracts/" + second, null);
        assertThat(voided.status()).isEqualTo(404);
        assertThat(voided.contentType()).startsWith("application/problem+json");
        assertThat(voided.body()).doesNotContain("Contracts API Studio", id);

        assertThat(Api.portal("GET", "/contracts/" + "A".repeat(43), null).status()).isEqualTo(404);
        assertThat(Api.portal("GET", "/contracts/not-a-token", null).status()).isEqualTo(404);
        assertThat(Api.portal("POST", "/link-renewals", "{\"token\":\"" + "B".repeat(43) + "\"}").status()).isEqualTo(404);
    }

    @Test
    void anotherTenantCannotReadChangeOrSendThisTenantsContracts() {
        String id = draft("Design project").getString("id");
        String other = Api.token(Api.signUp("Other Studio"));
        assertThat(Api.get("/contracts/" + id, other).status()).isEqualTo(404);
        assertThat(Api.post("/contracts/" + id + "/send", other, null).status()).isEqualTo(404);
        assertThat(Api.get("/contracts/" + id + "/audit-trail", other).status()).isEqualTo(404);
        assertThat(Api.get("/contracts", other).json().getInt("total")).isZero();
        Api.Reply foreignClient = Api.post("/contracts", other, Json.createObjectBuilder()
                .add("templateId", templateId("Design project")).add("clientId", clientId).add("projectName", "X")
                .add("startDate", "2027-01-01").add("fee", 10).build().toString());
        assertThat(foreignClient.status()).isEqualTo(400);
        assertThat(foreignClient.body()).contains("\"field\":\"templateId\"", "\"field\":\"clientId\"");
    }

    @Test
    void aLateFeeAboveTheClientsStateCeilingIsWarnedOnAndTheSameTermsElsewhereAreNot() {
        Api.Reply texan = Api.post("/clients", token, Json.createObjectBuilder().add("name", "Tex Client")
                .add("email", "tex-" + java.util.UUID.randomUUID() + "@client.test")
                .add("billingAddress", Json.createObjectBuilder().add("city", "Austin").add("region", "TX").add("country", "US"))
                .build().toString());
        assertThat(texan.status()).as(texan.body()).isEqualTo(201);
        Api.Reply inTexas = Api.post("/contracts", token, Json.createObjectBuilder()
                .add("templateId", templateId("Design project")).add("clientId", texan.json().getString("id"))
                .add("projectName", "Rodeo brand").add("startDate", "2027-02-01").add("fee", 2500).build().toString());
        assertThat(inTexas.status()).as(inTexas.body()).isEqualTo(201);

        Api.Reply warned = Api.get("/contracts/" + inTexas.json().getString("id") + "/checks", token);
        assertThat(warned.status()).as(warned.body()).isEqualTo(200);
        List<JsonObject> warnings = Json.createReader(new java.io.StringReader(warned.body())).readArray()
                .getValuesAs(JsonObject.class);
        assertThat(warnings).singleElement().satisfies(w -> {
            assertThat(w.getString("code")).isEqualTo("contract.check.late-fee-above-legal-maximum");
            assertThat(w.getString("field")).isEqualTo("terms.lateFee.percentPerPeriod");
            assertThat(w.getString("message")).contains("18.25% a year", "Texas");
            assertThat(w.getString("source")).contains("303.009");
        });

        String noAddress = draft("Design project").getString("id");
        assertThat(Api.get("/contracts/" + noAddress + "/checks", token).body()).isEqualTo("[]");
        String other = Api.token(Api.signUp("Other Checks Studio"));
        assertThat(Api.get("/contracts/" + inTexas.json().getString("id") + "/checks", other).status()).isEqualTo(404);
    }

    private static JsonObject editable(JsonObject contract) {
        return Json.createObjectBuilder().add("title", contract.getString("title"))
                .add("projectName", contract.getString("projectName")).add("startDate", contract.getString("startDate"))
                .add("fee", contract.getJsonObject("fee").getString("amount"))
                .add("currency", contract.getJsonObject("fee").getString("currency"))
                .add("body", contract.getString("body")).add("terms", contract.getJsonObject("terms"))
                .add("countersignRequired", contract.getBoolean("countersignRequired"))
                .add("validityDays", contract.getInt("validityDays")).build();
    }

    private static String secret(String link) {
        return link.substring(link.lastIndexOf('/') + 1);
    }

    static String mailedLink(String address, int mailsExpected) {
        return MailedLinks.await(address, mailsExpected, MailedLinks.CONTRACT);
    }


    private static JsonObject verify(byte[] pdf) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(RunningServer.baseUrl() + "/portal/api/verifications"))
                .header("Content-Type", "application/pdf").POST(HttpRequest.BodyPublishers.ofByteArray(pdf)).build();
        try {
            HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            return Json.createReader(new java.io.StringReader(r.body())).readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }


}
