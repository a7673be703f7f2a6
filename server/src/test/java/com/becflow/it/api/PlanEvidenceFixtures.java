package com.becflow.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.becflow.it.MailedLinks;
import com.becflow.it.RunningServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** What the plan acceptance tests look at beside the plans: a signed contract, its invoices, and PDFs read back. */
final class PlanEvidenceFixtures {

    private PlanEvidenceFixtures() {
    }

    /** A contract sent to the client and signed by them through the mailed link (their first mail); its id. */
    static String signedContract(InvoicingTenant tenant) {
        String template = Json.createReader(new StringReader(Api.get("/contract-templates", tenant.token).body()))
                .readArray().getValuesAs(JsonObject.class).stream().filter(t -> t.getString("name").equals("Design project"))
                .map(t -> t.getString("id")).findFirst().orElseThrow();
        Api.Reply created = Api.post("/contracts", tenant.token, Json.createObjectBuilder().add("templateId", template)
                .add("clientId", tenant.clientId).add("projectName", "Website")
                .add("startDate", LocalDate.now(ZoneId.of("Europe/Berlin")).plusDays(30).toString()).add("fee", 900)
                .add("countersignRequired", false).add("terms", Json.createObjectBuilder()
                        .add("payment", Json.createObjectBuilder().add("netDays", 14))).build().toString());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().getString("id");
        assertThat(Api.post("/contracts/" + id + "/send", tenant.token, null).status()).isEqualTo(200);
        String link = MailedLinks.await(tenant.clientEmail, 1, MailedLinks.CONTRACT);
        Api.Reply signed = Api.portal("POST", "/contracts/" + InvoicingTenant.secret(link) + "/signature",
                "{\"consent\":true,\"fullName\":\"Pat Payer\"}");
        assertThat(signed.status()).as(signed.body()).isEqualTo(200);
        return id;
    }

    /** An invoice of one line at this price under the contract, issued. */
    static JsonObject issuedUnder(InvoicingTenant tenant, String contract, String price) {
        JsonObject invoice = Json.createReader(new StringReader(tenant.invoiceJson("1", price, null, null))).readObject();
        Api.Reply draft = Api.post("/invoices", tenant.token, Json.createObjectBuilder(invoice).add("contractId", contract)
                .build().toString());
        assertThat(draft.status()).as(draft.body()).isEqualTo(201);
        Api.Reply issued = Api.post("/invoices/" + draft.json().getString("id") + "/issue", tenant.token, null);
        assertThat(issued.status()).as(issued.body()).isEqualTo(200);
        return issued.json();
    }

    /** What the portal's verification answers for these bytes. */
    static JsonObject verify(byte[] pdf) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(RunningServer.baseUrl() + "/portal/api/verifications"))
                .header("Content-Type", "application/pdf").POST(HttpRequest.BodyPublishers.ofByteArray(pdf)).build();
        try {
            HttpResponse<String> r = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            return Json.createReader(new StringReader(r.body())).readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
