package com.becflow.it.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.becflow.integrations.documents.XlsxSheet;
import com.becflow.integrations.documents.XlsxTable;

import jakarta.json.Json;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The accountant's CSV files and Excel workbooks over HTTP: the lists' filters apply, amounts are exact beside their
 * currency, a name with a comma and quotes survives, the month's ledger lines add up to the dashboard's "paid this
 * month", and a workbook holds the rows of the CSV with the same filters, as numbers and dates, of its tenant only.
 */
class ExportsApiIT {

    private static final String NAME = "Ruiz, Ana \"Design\"";

    private final String token = Api.token(Api.signUp("Export Studio"));

    @Test
    void theMonthsLedgerLinesAddUpToWhatTheDashboardSaysCameIn() {
        String client = client();
        paidAndPartlyRefunded(client);
        issue(client, "40.50", "USD");

        List<Map<String, String>> lines = csv(Api.get("/exports/payments.csv", token));
        assertThat(lines).extracting(l -> l.get("kind") + " " + l.get("currency") + " " + l.get("amount") + " "
                + l.get("cash_effect")).containsExactly("PAYMENT EUR 100.00 100.00", "REFUND EUR 20.00 -20.00");
        assertThat(lines.get(0).get("client")).isEqualTo(NAME);
        assertThat(lines.get(0).get("reference")).as("never a formula").isEqualTo("'=SUM(A1)");
        BigDecimal cameIn = lines.stream().map(l -> new BigDecimal(l.get("cash_effect"))).reduce(BigDecimal.ZERO,
                BigDecimal::add);
        String dashboard = Api.get("/dashboard", token).json().getJsonArray("currencies").getJsonObject(0)
                .getJsonObject("paidThisMonth").getString("amount");
        assertThat(cameIn).isEqualByComparingTo(dashboard).isEqualByComparingTo("80.00");
    }

    @Test
    void theInvoiceExportKeepsTheListsFiltersAndEveryAmountOfTheLedger() {
        String client = client();
        String paid = issue(client, "100.00", "EUR");
        assertThat(Api.post("/invoices/" + paid + "/payments", token, "{\"amount\":100,\"method\":\"CASH\"}").status())
                .isEqualTo(201);
        issue(client, "40.50", "USD");

        List<Map<String, String>> all = csv(Api.get("/exports/invoices.csv", token));
        assertThat(all).extracting(r -> r.get("status") + " " + r.get("currency") + " " + r.get("total") + " "
                + r.get("paid") + " " + r.get("balance")).containsExactlyInAnyOrder("PAID EUR 100.00 100.00 0.00",
                "ISSUED USD 40.50 0.00 40.50");
        assertThat(all).allSatisfy(r -> assertThat(r.get("issue_date")).matches("\\d{4}-\\d{2}-\\d{2}"));
        assertThat(csv(Api.get("/exports/invoices.csv?status=PAID&clientId=" + client, token)))
                .extracting(r -> r.get("currency")).containsExactly("EUR");
        assertThat(csv(Api.get("/exports/clients.csv", token))).extracting(r -> r.get("name")).containsExactly(NAME);
    }

    @Test
    void theWorkbooksOfAFilteredMonthHoldTheRowsOfItsCsvFilesAsNumbersAndDates() {
        String client = client();
        paidAndPartlyRefunded(client);
        issue(client, "40.50", "USD");
        issue(client, "1234567.89", "EUR");
        LocalDate received = LocalDate.parse(csv(Api.get("/exports/payments.csv", token)).get(0).get("received_on"));
        String month = "from=" + received.withDayOfMonth(1) + "&to=" + received.withDayOfMonth(received.lengthOfMonth());

        List<Map<String, String>> payments = csv(Api.get("/exports/payments.csv?" + month, token));
        Api.Download download = Api.download("/exports/payments.xlsx?" + month, token);
        XlsxSheet sheet = workbook(download);
        assertThat(download.disposition()).isEqualTo("attachment; filename=\"payments-" + received.withDayOfMonth(1)
                + "-to-" + received.withDayOfMonth(received.lengthOfMonth()) + ".xlsx\"");
        assertThat(sheet.name()).isEqualTo("Payments");
        assertThat(sheet.rows().get(0)).extracting(XlsxSheet.Cell::text).containsExactlyElementsOf(payments.get(0).keySet());
        List<Map<String, XlsxSheet.Cell>> lines = sheet.records();
        assertThat(lines).hasSize(2).hasSameSizeAs(payments);
        for (int i = 0; i < payments.size(); i++) {
            assertThat(lines.get(i).get("invoice").text()).isEqualTo(payments.get(i).get("invoice"));
            assertThat(lines.get(i).get("received_on").day()).isEqualTo(LocalDate.parse(payments.get(i).get("received_on")));
            assertThat(lines.get(i).get("amount").number()).isEqualTo(new BigDecimal(payments.get(i).get("amount")));
            assertThat(lines.get(i).get("cash_effect").number()).isEqualTo(new BigDecimal(payments.get(i).get("cash_effect")));
            assertThat(lines.get(i).get("recorded_at").moment().toInstant(ZoneOffset.UTC))
                    .isCloseTo(Instant.parse(payments.get(i).get("recorded_at")), within(1, ChronoUnit.SECONDS));
        }
        assertThat(lines.get(0).get("reference").text()).as("text, never a formula").isEqualTo("=SUM(A1)");
        assertThat(lines.get(0).get("reference").formula()).isFalse();
        assertThat(lines.get(0).get("client").text()).isEqualTo(NAME);

        String filter = "?status=ISSUED&clientId=" + client;
        List<Map<String, String>> issued = csv(Api.get("/exports/invoices.csv" + filter, token));
        List<Map<String, XlsxSheet.Cell>> invoices = workbook(Api.download("/exports/invoices.xlsx" + filter, token))
                .records();
        assertThat(issued).as("the refund's credit note is issued too").extracting(r -> r.get("kind") + " "
                + r.get("total")).containsExactlyInAnyOrder("INVOICE 1234567.89", "INVOICE 40.50", "CREDIT_NOTE 20.00");
        assertThat(invoices).extracting(r -> r.get("number").text() + " " + r.get("currency").text() + " "
                        + r.get("total").number() + " " + r.get("balance").number())
                .containsExactlyElementsOf(issued.stream().map(r -> r.get("number") + " " + r.get("currency") + " "
                        + r.get("total") + " " + r.get("balance")).toList());
        assertThat(invoices).extracting(r -> r.get("total").format()).containsOnly("#,##0.00");
        assertThat(invoices).extracting(r -> r.get("issue_date").day())
                .containsExactlyElementsOf(issued.stream().map(r -> LocalDate.parse(r.get("issue_date"))).toList());
        assertThat(workbook(Api.download("/exports/invoices.xlsx", token)).records()).extracting(r -> r.get("number")
                .text()).containsExactlyElementsOf(csv(Api.get("/exports/invoices.csv", token)).stream()
                .map(r -> r.get("number")).toList()).hasSize(4);
        assertThat(workbook(Api.download("/exports/clients.xlsx", token)).records())
                .extracting(r -> r.get("name").text()).containsExactly(NAME);
    }

    @Test
    void anotherTenantsRowsAreNeverInAWorkbook() {
        String ours = client();
        issue(token, ours, "100.00", "EUR");
        String theirToken = Api.token(Api.signUp("Other Export Studio"));
        Api.Reply theirClient = Api.post("/clients", theirToken, Json.createObjectBuilder().add("name", "Their Client")
                .add("email", "their-" + UUID.randomUUID() + "@client.test").build().toString());
        assertThat(theirClient.status()).as(theirClient.body()).isEqualTo(201);
        issue(theirToken, theirClient.json().getString("id"), "70.00", "EUR");

        assertThat(workbook(Api.download("/exports/invoices.xlsx", token)).records())
                .extracting(r -> r.get("client").text() + " " + r.get("total").number()).containsExactly(NAME + " 100.00");
        assertThat(workbook(Api.download("/exports/invoices.xlsx", theirToken)).records())
                .extracting(r -> r.get("client").text() + " " + r.get("total").number())
                .containsExactly("Their Client 70.00");
        assertThat(workbook(Api.download("/exports/invoices.xlsx?clientId=" + ours, theirToken)).records()).isEmpty();
        assertThat(workbook(Api.download("/exports/clients.xlsx", token)).records())
                .extracting(r -> r.get("client_id").text()).containsExactly(ours);
        assertThat(workbook(Api.download("/exports/clients.xlsx", theirToken)).records())
                .extracting(r -> r.get("name").text()).containsExactly("Their Client");
        assertThat(workbook(Api.download("/exports/payments.xlsx", theirToken)).records()).isEmpty();
    }

    @Test
    void badFiltersAreRefusedFieldByField() {
        assertProblem(Api.get("/exports/invoices.csv?status=LATE", token), "status");
        assertProblem(Api.get("/exports/invoices.csv?clientId=nobody", token), "clientId");
        assertProblem(Api.get("/exports/payments.csv?from=2027-13-01", token), "from");
        assertProblem(Api.get("/exports/payments.csv?from=2027-02-01&to=2027-01-31", token), "to");
        assertProblem(Api.get("/exports/payments.csv?from=2025-01-01&to=2027-01-31", token), "to");
        assertProblem(Api.get("/exports/clients.csv?archived=maybe", token), "archived");
        assertThat(Api.get("/exports/clients.csv", null).status()).isEqualTo(401);
        assertProblem(Api.get("/exports/invoices.xlsx?status=LATE", token), "status");
        assertProblem(Api.get("/exports/invoices.xlsx?clientId=nobody", token), "clientId");
        assertProblem(Api.get("/exports/payments.xlsx?from=2027-02-01&to=2027-01-31", token), "to");
        assertProblem(Api.get("/exports/clients.xlsx?archived=maybe", token), "archived");
        assertThat(Api.get("/exports/invoices.xlsx", null).status()).isEqualTo(401);
    }

    private void assertProblem(Api.Reply reply, String field) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().getString("code")).isEqualTo("invalid-parameters");
        assertThat(reply.body()).contains("\"" + field + "\"");
    }

    private String client() {
        Api.Reply client = Api.post("/clients", token, Json.createObjectBuilder().add("name", NAME)
                .add("email", "export-" + UUID.randomUUID() + "@client.test").build().toString());
        assertThat(client.status()).as(client.body()).isEqualTo(201);
        return client.json().getString("id");
    }

    private String issue(String client, String price, String currency) {
        return issue(token, client, price, currency);
    }

    private static String issue(String token, String client, String price, String currency) {
        Api.Reply draft = Api.post("/invoices", token, Json.createObjectBuilder().add("clientId", client)
                .add("currency", currency).add("lines", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("description", "Work").add("quantity", 1).add("unitPrice", new BigDecimal(price))))
                .build().toString());
        assertThat(draft.status()).as(draft.body()).isEqualTo(201);
        String id = draft.json().getString("id");
        assertThat(Api.post("/invoices/" + id + "/issue", token, null).status()).isEqualTo(200);
        return id;
    }

    private static XlsxSheet workbook(Api.Download download) {
        assertThat(download.status()).as(new String(download.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        assertThat(download.contentType()).isEqualTo(XlsxTable.MEDIA_TYPE);
        assertThat(download.disposition()).startsWith("attachment; filename=\"").endsWith(".xlsx\"");
        return XlsxSheet.read(download.body());
    }

    /** The rows of a CSV answer by column name (RFC 4180 quoting; no line breaks inside fields here). */
    private static List<Map<String, String>> csv(Api.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("text/csv");
        String[] lines = reply.body().split("\r\n");
        List<String> header = fields(lines[0]);
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            List<String> fields = fields(lines[i]);
            Map<String, String> row = new LinkedHashMap<>();
            for (int j = 0; j < header.size(); j++) {
                row.put(header.get(j), fields.get(j));
            }
            rows.add(row);
        }
        return rows;
    }

    private static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }

    /** An invoice of EUR 100.00 paid by bank transfer (its reference a would-be formula), EUR 20.00 of it refunded. */
    private void paidAndPartlyRefunded(String client) {
        String paid = issue(client, "100.00", "EUR");
        String payment = Api.post("/invoices/" + paid + "/payments", token, "{\"amount\":100,\"method\":\"BANK_TRANSFER\","
                + "\"reference\":\"=SUM(A1)\"}").json().getString("id");
        assertThat(Api.post("/invoices/" + paid + "/refunds", token, "{\"paymentId\":\"" + payment + "\",\"amount\":20}")
                .status()).isEqualTo(201);
    }
}
