package com.becflow.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Recurring invoices over the API of the shared server: started, read with their next days, changed, paused, resumed and
 * ended; bad input is a problem on each field at fault and stores nothing. The issuing on their days is in
 * {@code RecurringScenariosIT}, on the movable clock.
 */
class RecurringInvoicesApiIT {

    private InvoicingTenant tenant;

    @BeforeEach
    void signUp() {
        tenant = InvoicingTenant.signUp("Recurring API Studio " + UUID.randomUUID());
    }

    @Test
    void aRecurringInvoiceIsStartedChangedPausedResumedAndEndedWithItsNextDaysInView() {
        LocalDate start = firstDay();
        Api.Reply started = Api.post("/recurring-invoices", tenant.token, recurring("MONTHLY", start, 12, "1500.00")
                .add("reference", "Retainer").build().toString());

        assertThat(started.status()).as(started.body()).isEqualTo(201);
        JsonObject series = started.json();
        String id = series.getString("id");
        assertThat(series.getString("status")).isEqualTo("ACTIVE");
        assertThat(series.getString("nextIssueOn")).isEqualTo(start.toString());
        assertThat(strings(series.getJsonArray("upcoming"))).containsExactly(start.toString(),
                start.plusMonths(1).toString(), start.plusMonths(2).toString(), start.plusMonths(3).toString(),
                start.plusMonths(4).toString(), start.plusMonths(5).toString());
        assertThat(series.getString("schedule")).isEqualTo("monthly from " + start + ", 12 invoices");
        assertThat(series.getJsonObject("total").getString("amount")).isEqualTo("1500.00");
        assertThat(series.getInt("netDays")).as("the workspace's default terms, resolved").isEqualTo(14);
        assertThat(Api.get("/recurring-invoices", tenant.token).body()).contains(id);
        assertThat(Api.get("/recurring-invoices/" + id + "/invoices", tenant.token).body()).isEqualTo("[]");
        JsonObject eur = Api.get("/dashboard", tenant.token).json().getJsonArray("currencies").getJsonObject(0);
        assertThat(eur.getJsonArray("expected").getValuesAs(JsonObject.class))
                .as("due 14 days after each day: the first within 30 days, the next two within 60 and 90")
                .extracting(e -> e.getJsonObject("amount").getString("amount"))
                .containsExactly("1500.00", "3000.00", "4500.00");

        Api.Reply changed = Api.put("/recurring-invoices/" + id, tenant.token,
                recurring("WEEKLY", start, 2, "1750.00").build().toString());
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().getJsonObject("total").getString("amount")).isEqualTo("1750.00");
        assertThat(strings(changed.json().getJsonArray("upcoming"))).containsExactly(start.toString(),
                start.plusWeeks(1).toString());

        JsonObject paused = Api.post("/recurring-invoices/" + id + "/pause", tenant.token, null).json();
        assertThat(paused.getString("status")).isEqualTo("PAUSED");
        assertThat(paused.get("nextIssueOn")).as("nothing comes while paused").isIn(null, JsonValue.NULL);
        assertThat(paused.getJsonArray("upcoming")).isEmpty();
        JsonObject resumed = Api.post("/recurring-invoices/" + id + "/resume", tenant.token, null).json();
        assertThat(resumed.getString("nextIssueOn")).isEqualTo(start.toString());

        JsonObject ended = Api.post("/recurring-invoices/" + id + "/end", tenant.token, null).json();
        assertThat(ended.getString("status")).isEqualTo("ENDED");
        assertCode(Api.post("/recurring-invoices/" + id + "/resume", tenant.token, null), 409,
                "recurring-invoice.resume.ended");
        assertCode(Api.put("/recurring-invoices/" + id, tenant.token, recurring("WEEKLY", start, 2, "1.00").build()
                .toString()), 409, "recurring-invoice.change.ended");
        assertThat(Api.get("/recurring-invoices/" + id, tenant.token).json().getString("status")).isEqualTo("ENDED");
    }

    @Test
    void badInputIsAProblemOnEachFieldAtFaultAndNothingIsStored() {
        LocalDate start = firstDay();
        Api.Reply refused = Api.post("/recurring-invoices", tenant.token, Json.createObjectBuilder()
                .add("clientId", tenant.clientId).add("lines", Json.createArrayBuilder()).add("frequency", "MONTHLY")
                .add("startOn", start.minusDays(10).toString()).add("endOn", start.minusDays(20).toString())
                .add("count", 0).add("dates", Json.createArrayBuilder().add(start.toString())).build().toString());

        assertCode(refused, 400, "recurring-invoice.invalid");
        assertThat(refused.body()).contains("\"lines\"", "\"startOn\"", "\"endOn\"", "\"count\"", "\"dates\"");
        assertCode(Api.post("/recurring-invoices", tenant.token, recurring("DAILY", start, null, "10.00").build()
                .toString()), 400, "recurring-invoice.invalid");
        Api.Reply noSuchClient = Api.post("/recurring-invoices", tenant.token, recurring("MONTHLY", start, null, "10.00")
                .add("clientId", UUID.randomUUID().toString()).build().toString());
        assertCode(noSuchClient, 400, "recurring-invoice.invalid");
        assertThat(noSuchClient.body()).contains("\"clientId\"", "No such client");
        assertCode(Api.post("/recurring-invoices", tenant.token, "{\"frequency\":\"WEEKLY\",\"lines\":"), 400,
                "malformed-request");
        Api.Reply tooLongInSeptember = Api.post("/recurring-invoices", tenant.token, recurring("MONTHLY", start, null, "10.00")
                .add("lines", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("description", "x".repeat(490) + " {month}").add("quantity", 1).add("unitPrice", 10)))
                .build().toString());
        assertCode(tooLongInSeptember, 400, "recurring-invoice.invalid");
        assertThat(tooLongInSeptember.body()).as("refused at save, not paused on the day")
                .contains("lines[0].description", "once {month}, {year} or {date} is filled in");
        assertThat(Api.get("/recurring-invoices", tenant.token).body()).as("nothing stored").isEqualTo("[]");

        String id = Api.post("/recurring-invoices", tenant.token, recurring("MONTHLY", start, 3, "10.00").build()
                .toString()).json().getString("id");
        Api.Reply otherClient = Api.put("/recurring-invoices/" + id, tenant.token, recurring("MONTHLY", start, 3, "99.00")
                .add("clientId", UUID.randomUUID().toString()).build().toString());
        assertCode(otherClient, 400, "recurring-invoice.invalid");
        assertThat(otherClient.body()).contains("keeps its client");
        assertThat(Api.get("/recurring-invoices/" + id, tenant.token).json().getJsonObject("total").getString("amount"))
                .as("unchanged").isEqualTo("10.00");
        assertCode(Api.get("/recurring-invoices/" + UUID.randomUUID(), tenant.token), 404, "recurring-invoice.not-found");
        InvoicingTenant other = InvoicingTenant.signUp("Other Recurring Studio " + UUID.randomUUID());
        assertCode(Api.get("/recurring-invoices/" + id, other.token), 404, "recurring-invoice.not-found");
        assertCode(Api.post("/recurring-invoices/" + id + "/pause", other.token, null), 404, "recurring-invoice.not-found");
    }

    @Test
    void aRetainerLogsHoursAgainstItsAllowanceAndRefusesWhatCannotBeBilled() {
        LocalDate start = LocalDate.now(ZoneId.of("Europe/Berlin"));
        Api.Reply noRate = Api.post("/recurring-invoices", tenant.token, recurring("MONTHLY", start, null, "900.00")
                .add("retainer", Json.createObjectBuilder().add("includedHours", -2)).build().toString());
        assertCode(noRate, 400, "recurring-invoice.invalid");
        assertThat(noRate.body()).contains("retainer.includedHours", "Hours can't be negative", "retainer.extraHourRate",
                "hourly rate for changes");
        assertThat(Api.get("/recurring-invoices", tenant.token).body()).as("nothing stored").isEqualTo("[]");

        Api.Reply started = Api.post("/recurring-invoices", tenant.token, recurring("MONTHLY", start, null, "900.00")
                .add("retainer", Json.createObjectBuilder().add("includedHours", 10).add("extraHourRate", 75)
                        .add("rollover", true)).build().toString());
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        String id = started.json().getString("id");
        assertThat(started.json().getJsonObject("retainer").getBoolean("rollover")).isTrue();

        Api.Reply logged = Api.post("/recurring-invoices/" + id + "/hours", tenant.token,
                "{\"workedOn\":\"" + start + "\",\"hours\":3.5,\"description\":\"Landing page\"}");
        assertThat(logged.status()).as(logged.body()).isEqualTo(201);
        Api.Reply refused = Api.post("/recurring-invoices/" + id + "/hours", tenant.token,
                "{\"workedOn\":\"" + start.plusDays(3) + "\",\"hours\":0}");
        assertCode(refused, 400, "recurring-invoice.invalid");
        assertThat(refused.body()).contains("\"hours\"", "\"workedOn\"", "logged once worked");
        JsonObject hours = Api.get("/recurring-invoices/" + id + "/hours", tenant.token).json();
        assertThat(hours.getJsonNumber("unbilled").bigDecimalValue()).isEqualByComparingTo("3.5");
        assertThat(hours.getJsonNumber("allowance").bigDecimalValue()).isEqualByComparingTo("10");
        assertThat(hours.getJsonArray("entries")).hasSize(1);

        String plain = Api.post("/recurring-invoices", tenant.token, recurring("MONTHLY", start.plusDays(1), null, "10.00")
                .build().toString()).json().getString("id");
        assertCode(Api.post("/recurring-invoices/" + plain + "/hours", tenant.token,
                "{\"workedOn\":\"" + start + "\",\"hours\":1}"), 409, "recurring-invoice.hours.not-a-retainer");
    }

    private JsonObjectBuilder recurring(String frequency, LocalDate start, Integer count, String price) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("clientId", tenant.clientId)
                .add("lines", Json.createArrayBuilder().add(Json.createObjectBuilder().add("description", "Retainer")
                        .add("quantity", 1).add("unitPrice", Json.createValue(new BigDecimal(price)))))
                .add("frequency", frequency).add("startOn", start.toString());
        if (count != null) {
            body.add("count", count);
        }
        return body;
    }

    /** Two days ahead in the workspace's zone: never in the past, whatever the hour of the run. */
    private static LocalDate firstDay() {
        return LocalDate.now(ZoneId.of("Europe/Berlin")).plusDays(2);
    }

    private static List<String> strings(JsonArray array) {
        return array.getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList();
    }

    private static void assertCode(Api.Reply reply, int status, String code) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().getString("code")).as(reply.body()).isEqualTo(code);
    }
}
