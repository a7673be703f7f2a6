package com.becflow.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.becflow.integrations.stripe.FakeStripe;
import com.becflow.invoicing.PaymentMethod;
import com.becflow.it.MailedLinks;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Reminders over HTTP: a policy breaking a rule is refused with that rule's code and the field's path, and nothing is
 * stored; an invoice's next reminder is read, previewed, sent now, skipped, paused and promised, each on its history;
 * no reminder goes out while a bank debit is in flight or once the invoice is paid; a client reading a language the
 * own text is translated into gets that translation.
 */
class RemindersApiIT {

    private static final String MAIL_TEMPLATE = "{\"subject\":\"Invoice {{invoiceNumber}}\","
            + "\"body\":\"Hello {{clientName}}, pay here: {{payLink}}\"}";

    @Test
    void aPolicyBreakingARuleIsRefusedWithThatRulesCodeNamingTheFieldAndNothingIsStored() {
        InvoicingTenant tenant = InvoicingTenant.signUp("Policy Rules Studio");
        JsonObject standard = Api.get("/reminders/policy", tenant.token).json();
        assertThat(standard.containsKey("policy")).as("no own policy").isFalse();
        assertThat(standard.getJsonObject("effectivePolicy").getJsonArray("steps")).hasSize(4);
        assertThat(standard.getString("opens")).isEqualTo("09:00");

        assertRefused(tenant, policy("[" + step(7, "FIRM", null) + "," + step(7, "FORMAL", null) + "]"),
                "reminder-policy.steps-overlap", "steps[1].offsetDays");
        assertRefused(tenant, policy("[" + step(400, "FIRM", null) + "]"), "reminder-policy.offset-out-of-range",
                "steps[0].offsetDays");
        assertRefused(tenant, policy("[" + step(3, "FIRM", "{\"subject\":\"Hi\",\"body\":\"{{customerName}}: "
                + "{{payLink}}\"}") + "]"), "reminder-policy.unknown-merge-field", "steps[0].template");
        assertRefused(tenant, policy("[" + step(3, "FIRM", "{\"subject\":\"Hi\",\"body\":\"Pay soon\"}") + "]"),
                "reminder-policy.pay-link-missing", "steps[0].template.body");
        assertRefused(tenant, policy("[" + step(3, "ANGRY", null) + "]"), "reminder-policy.field-invalid",
                "steps[0].tone");
        Api.Reply hours = Api.put("/reminders/policy", tenant.token, "{\"opens\":\"17:00\",\"closes\":\"09:00\"}");
        assertCode(hours, 400, "reminder-policy.business-hours-invalid");
        assertThat(Api.get("/reminders/policy", tenant.token).body()).as("nothing stored").isEqualTo(standard.toString());

        Api.Reply saved = Api.put("/reminders/policy", tenant.token, "{\"policy\":{\"steps\":[" + step(-1, "FRIENDLY", null)
                + "," + step(10, "FORMAL", MAIL_TEMPLATE) + "]},\"opens\":\"08:30\",\"closes\":\"18:00\"}");
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        JsonObject read = Api.get("/reminders/policy", tenant.token).json();
        assertThat(read.getJsonObject("policy").getJsonArray("steps")).hasSize(2);
        assertThat(read.getJsonObject("policy").getJsonArray("steps").getJsonObject(1).getJsonObject("template")
                .getString("body")).isEqualTo("Hello {{clientName}}, pay here: {{payLink}}");
        assertThat(read.getString("opens")).isEqualTo("08:30");
    }

    @Test
    void aPolicyBeingEditedIsPreviewedAboutAMadeUpInvoiceInTheLanguageAskedAndNothingIsStored() {
        InvoicingTenant tenant = InvoicingTenant.signUp("Preview Policy Studio");
        String before = Api.get("/reminders/policy", tenant.token).body();

        Api.Reply own = Api.post("/reminders/policy/preview", tenant.token, "{\"policy\":{\"steps\":["
                + step(-1, "FRIENDLY", null) + "," + step(10, "FORMAL", MAIL_TEMPLATE) + "]},\"step\":\"D+10\"}");
        assertThat(own.status()).as(own.body()).isEqualTo(200);
        assertThat(own.json().getString("subject")).matches("Invoice INV-\\d{4}-0042");
        assertThat(own.json().getString("body")).startsWith("Hello Alex Example, pay here: http")
                .endsWith("/portal/invoice/(personal link, made when the reminder is sent)");
        assertThat(own.json().getString("to")).isEqualTo("alex@example.com");

        Api.Reply standard = Api.post("/reminders/policy/preview", tenant.token,
                "{\"step\":\"D+21\",\"language\":\"fr\"}");
        assertThat(standard.status()).as(standard.body()).isEqualTo(200);
        assertThat(standard.json().getString("subject")).startsWith("Mise en demeure");
        assertThat(standard.json().getString("body")).contains("Alex Example", "EUR 1,200.00", "depuis 21 jours",
                "Preview Policy Studio");

        assertCode(Api.post("/reminders/policy/preview", tenant.token, "{\"step\":\"D+3\"}"), 400,
                "reminder.step-unknown");
        Api.Reply overlap = Api.post("/reminders/policy/preview", tenant.token, "{\"policy\":{\"steps\":["
                + step(7, "FIRM", null) + "," + step(7, "FORMAL", null) + "]},\"step\":\"D+7\"}");
        assertCode(overlap, 400, "reminder-policy.steps-overlap");
        assertThat(overlap.body()).contains("\"field\":\"steps[1].offsetDays\"");
        Api.Reply italian = Api.post("/reminders/policy/preview", tenant.token, "{\"step\":\"D+7\",\"language\":\"it\"}");
        assertCode(italian, 400, "validation");
        assertThat(italian.body()).contains("\"field\":\"language\"");
        assertThat(Api.get("/reminders/policy", tenant.token).body()).as("nothing stored").isEqualTo(before);
    }

    @Test
    void anOwnTextsGermanTranslationIsPreviewedInGermanAndSentToAGermanClientOtherLanguagesReadTheOwnText() {
        InvoicingTenant tenant = InvoicingTenant.signUp("Translated Reminders Studio");
        String german = "{\"subject\":\"Rechnung {{invoiceNumber}} ist fällig\","
                + "\"body\":\"Hallo {{clientName}}, bitte zahlen Sie hier: {{payLink}}\"}";
        String steps = "[" + translated(-3, MAIL_TEMPLATE, "{\"de\":" + german + "}") + "]";

        Api.Reply saved = Api.put("/reminders/policy", tenant.token, policy(steps));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        JsonObject stored = Api.get("/reminders/policy", tenant.token).json().getJsonObject("policy").getJsonArray("steps")
                .getJsonObject(0);
        assertThat(stored.getJsonObject("translations").keySet()).containsExactly("de");
        assertThat(stored.getJsonObject("translations").getJsonObject("de").getString("subject"))
                .isEqualTo("Rechnung {{invoiceNumber}} ist fällig");

        Api.Reply inGerman = Api.post("/reminders/policy/preview", tenant.token, "{\"policy\":{\"steps\":" + steps
                + "},\"step\":\"D-3\",\"language\":\"de\"}");
        assertThat(inGerman.status()).as(inGerman.body()).isEqualTo(200);
        assertThat(inGerman.json().getString("subject")).matches("Rechnung INV-\\d{4}-0042 ist fällig");
        assertThat(inGerman.json().getString("body")).startsWith("Hallo Alex Example, bitte zahlen Sie hier: http");
        Api.Reply inFrench = Api.post("/reminders/policy/preview", tenant.token, "{\"policy\":{\"steps\":" + steps
                + "},\"step\":\"D-3\",\"language\":\"fr\"}");
        assertThat(inFrench.json().getString("subject")).as("no French translation: the own text as written")
                .matches("Invoice INV-\\d{4}-0042");

        String before = Api.get("/reminders/policy", tenant.token).body();
        assertRefused(tenant, policy("[" + translated(3, MAIL_TEMPLATE, "{\"de\":{\"subject\":\"Hallo\",\"body\":"
                + "\"{{kunde}}: {{payLink}}\"}}") + "]"), "reminder-policy.unknown-merge-field", "steps[0].translations.de");
        assertRefused(tenant, policy("[" + translated(3, MAIL_TEMPLATE, "{\"de\":{\"subject\":\"Hallo\",\"body\":"
                + "\"Bitte bald zahlen\"}}") + "]"), "reminder-policy.pay-link-missing", "steps[0].translations.de.body");
        assertRefused(tenant, policy("[" + translated(3, MAIL_TEMPLATE, "{\"xx\":" + german + "}") + "]"),
                "reminder-policy.language-not-supported", "steps[0].translations.xx");
        assertRefused(tenant, policy("[" + translated(3, null, "{\"de\":" + german + "}") + "]"),
                "reminder-policy.translation-without-text", "steps[0].template");
        Api.Reply endless = Api.put("/reminders/policy", tenant.token, "{\"policy\":{\"steps\":" + steps
                + ",\"endless\":{\"everyDays\":7,\"limit\":2,\"tone\":\"FORMAL\",\"template\":" + MAIL_TEMPLATE
                + ",\"translations\":{\"fr\":{\"subject\":\"Facture\",\"body\":\"Payez\"}}}},"
                + "\"opens\":\"09:00\",\"closes\":\"17:00\"}");
        assertCode(endless, 400, "reminder-policy.pay-link-missing");
        assertThat(endless.body()).contains("\"field\":\"endless.translations.fr.body\"");
        assertThat(Api.get("/reminders/policy", tenant.token).body()).as("nothing stored").isEqualTo(before);

        String germanEmail = "kunde-" + UUID.randomUUID() + "@client.test";
        Api.Reply client = Api.post("/clients", tenant.token, Json.createObjectBuilder().add("name", "Kim Kunde")
                .add("email", germanEmail).add("language", "de").build().toString());
        assertThat(client.status()).as(client.body()).isEqualTo(201);
        Api.Reply draft = Api.post("/invoices", tenant.token, tenant.invoiceJson("1", "300.00", null, null)
                .replace(tenant.clientId, client.json().getString("id")));
        assertThat(draft.status()).as(draft.body()).isEqualTo(201);
        String id = draft.json().getString("id");
        String number = Api.post("/invoices/" + id + "/issue", tenant.token, null).json().getString("number");
        assertThat(Api.post("/reminders/invoices/" + id + "/send-now", tenant.token, null).status()).isEqualTo(200);

        var mail = MailedLinks.awaitMail(germanEmail, "Rechnung " + number + " ist fällig", Duration.ofSeconds(15));
        assertThat(mail.text()).startsWith("Hallo Kim Kunde, bitte zahlen Sie hier: http").contains("/portal/invoice/");
    }

    @Test
    void anInvoicesNextReminderIsPreviewedSentNowSkippedPausedAndPromisedEachOnItsHistory() {
        InvoicingTenant tenant = InvoicingTenant.signUp("Reminder Controls Studio");
        JsonObject invoice = tenant.issued("250.00");
        String id = invoice.getString("id");
        String number = invoice.getString("number");
        LocalDate due = LocalDate.parse(invoice.getString("dueDate"));
        ZoneId zone = ZoneId.of(Api.get("/clients/" + tenant.clientId, tenant.token).json().getString("timeZone"));

        JsonObject reminders = Api.get("/reminders/invoices/" + id, tenant.token).json();
        assertThat(reminders.getJsonObject("next").getString("step")).isEqualTo("D-3");
        assertThat(Instant.parse(reminders.getJsonObject("next").getString("at")))
                .isEqualTo(ZonedDateTime.of(due.minusDays(3), LocalTime.of(9, 0), zone).toInstant());
        assertThat(reminders.getJsonArray("done")).isEmpty();

        JsonObject preview = Api.get("/reminders/invoices/" + id + "/preview?step=D%2B7", tenant.token).json();
        assertThat(preview.getString("to")).isEqualTo(tenant.clientEmail);
        assertThat(preview.getString("subject")).as("read on the day it goes out")
                .isEqualTo("Reminder: invoice " + number + " is 7 days overdue");
        assertThat(preview.getString("body")).contains("Pat Payer", "EUR 250.00", "/portal/invoice/");
        assertCode(Api.get("/reminders/invoices/" + id + "/preview?step=D%2B8", tenant.token), 400,
                "reminder.step-unknown");

        Api.Reply sent = Api.post("/reminders/invoices/" + id + "/send-now", tenant.token, null);
        assertThat(sent.status()).as(sent.body()).isEqualTo(200);
        assertThat(sent.json().getJsonArray("done").getJsonObject(0).getString("step")).isEqualTo("D-3");
        assertThat(sent.json().getJsonArray("done").getJsonObject(0).getString("outcome")).isEqualTo("SENT");
        var mail = MailedLinks.awaitMail(tenant.clientEmail, "Invoice " + number + " is due on", Duration.ofSeconds(15));
        var mails = MailedLinks.awaitMails(tenant.clientEmail, 2, Duration.ofSeconds(15));
        assertThat(mails).as("the invoice's link, then the reminder").hasSize(2);
        assertThat(MailedLinks.text(mail, MailedLinks.INVOICE)).as("a pay link of its own")
                .isNotEqualTo(MailedLinks.text(mails.get(1), MailedLinks.INVOICE));

        JsonObject skipped = Api.post("/reminders/invoices/" + id + "/skip", tenant.token, null).json();
        assertThat(skipped.getJsonObject("next").getString("step")).isEqualTo("D+7");
        assertThat(skipped.getJsonArray("done")).extracting(d -> d.asJsonObject().getString("outcome"))
                .containsExactly("SENT", "SKIPPED");

        LocalDate pauseThrough = due.plusDays(10);
        JsonObject paused = Api.post("/reminders/invoices/" + id + "/pause", tenant.token,
                "{\"day\":\"" + pauseThrough + "\"}").json();
        assertThat(paused.getJsonObject("next").getString("pausedThrough")).isEqualTo(pauseThrough.toString());
        assertThat(Instant.parse(paused.getJsonObject("next").getString("at")))
                .isEqualTo(ZonedDateTime.of(pauseThrough.plusDays(1), LocalTime.of(9, 0), zone).toInstant());
        assertCode(Api.post("/reminders/invoices/" + id + "/promise", tenant.token, "{\"day\":\"2000-01-01\"}"), 400,
                "reminder.hold-day-out-of-range");
        JsonObject promised = Api.post("/reminders/invoices/" + id + "/promise", tenant.token,
                "{\"day\":\"" + due.plusDays(20) + "\"}").json();
        assertThat(promised.getJsonObject("next").getString("promisedFor")).isEqualTo(due.plusDays(20).toString());
        JsonObject resumed = Api.post("/reminders/invoices/" + id + "/resume", tenant.token, null).json();
        assertThat(resumed.getJsonObject("next").containsKey("pausedThrough")).isFalse();
        assertThat(resumed.getJsonObject("next").containsKey("promisedFor")).isFalse();

        assertThat(tenant.events(id)).extracting(e -> e.getString("type")).contains("REMINDER_SENT", "REMINDER_SKIPPED",
                "REMINDERS_PAUSED", "PAYMENT_PROMISED", "REMINDERS_RESUMED");
    }

    @Test
    void theClientPromisesThroughTheirLinkRemindersWaitUntilTheDayHasPassedAndTheFreelancerIsTold() {
        InvoicingTenant tenant = InvoicingTenant.signUp("Promise Studio");
        JsonObject invoice = tenant.issued("180.00");
        String id = invoice.getString("id");
        String link = InvoicingTenant.secret(MailedLinks.await(tenant.clientEmail, 1, MailedLinks.INVOICE));
        ZoneId zone = ZoneId.of(Api.get("/clients/" + tenant.clientId, tenant.token).json().getString("timeZone"));

        JsonObject standing = Api.portal("GET", "/invoices/" + link + "/promise", null).json();
        LocalDate today = LocalDate.parse(standing.getString("earliest"));
        assertThat(LocalDate.parse(standing.getString("latest"))).isEqualTo(today.plusDays(30));
        assertThat(standing.containsKey("promisedFor")).isFalse();
        Api.Reply tooLate = Api.portal("POST", "/invoices/" + link + "/promise",
                "{\"payBy\":\"" + today.plusDays(31) + "\"}");
        assertCode(tooLate, 400, "reminder.hold-day-out-of-range");
        assertThat(tooLate.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("payBy");
        assertThat(Api.get("/reminders/invoices/" + id, tenant.token).json().getJsonObject("next")
                .containsKey("promisedFor")).as("nothing changed").isFalse();

        LocalDate payBy = today.plusDays(20);
        JsonObject promised = Api.portal("POST", "/invoices/" + link + "/promise", "{\"payBy\":\"" + payBy + "\"}")
                .json();

        assertThat(promised.getString("promisedFor")).isEqualTo(payBy.toString());
        JsonObject next = Api.get("/reminders/invoices/" + id, tenant.token).json().getJsonObject("next");
        assertThat(next.getString("promisedFor")).isEqualTo(payBy.toString());
        assertThat(Instant.parse(next.getString("at"))).as("not before the promised day has passed")
                .isAfterOrEqualTo(ZonedDateTime.of(payBy.plusDays(1), LocalTime.of(9, 0), zone).toInstant());
        assertThat(tenant.events(id)).filteredOn(e -> e.getString("type").equals("PAYMENT_PROMISED")).singleElement()
                .satisfies(e -> assertThat(e.getString("actorKind")).isEqualTo("CLIENT"));
        String owner = Api.get("/me", tenant.token).json().getString("email");
        assertThat(MailedLinks.awaitMail(owner, "Payment promised: " + invoice.getString("number"),
                Duration.ofSeconds(15)).text()).contains("Pat Payer promised", "through their invoice's link");
    }

    @Test
    void noReminderWhileABankDebitIsInFlightNorOnceTheInvoiceIsPaid() throws Exception {
        InvoicingTenant tenant = InvoicingTenant.signUp("Debit Reminder Studio");
        FakeStripe stripe = InvoicingTenant.stripe();
        tenant.connectStripe();
        String id = tenant.issued("90.00").getString("id");
        String link = InvoicingTenant.secret(MailedLinks.await(tenant.clientEmail, 1, MailedLinks.INVOICE));
        String session = InvoicingTenant.sessionOf(Api.portal("POST", "/invoices/" + link + "/checkout", "{}").json()
                .getString("url"));
        stripe.pay(session, PaymentMethod.BANK_DEBIT);
        awaitPending(link);

        assertCode(Api.post("/reminders/invoices/" + id + "/send-now", tenant.token, null), 409,
                "reminder.payment-in-flight");
        assertThat(Api.get("/reminders/invoices/" + id, tenant.token).json().getJsonArray("done")).isEmpty();

        stripe.settleBankDebit(session);
        tenant.awaitStatus(id, "PAID");
        assertCode(Api.post("/reminders/invoices/" + id + "/send-now", tenant.token, null), 409,
                "reminder.invoice-not-open");
        JsonObject reminders = Api.get("/reminders/invoices/" + id, tenant.token).json();
        assertThat(reminders.containsKey("next")).isFalse();
        assertThat(reminders.getJsonArray("done")).isEmpty();
        assertThat(tenant.events(id)).extracting(e -> e.getString("type")).doesNotContain("REMINDER_SENT");
    }

    private static String policy(String steps) {
        return "{\"policy\":{\"steps\":" + steps + "},\"opens\":\"09:00\",\"closes\":\"17:00\"}";
    }

    private static String step(int offset, String tone, String template) {
        return "{\"offsetDays\":" + offset + ",\"tone\":\"" + tone + "\"" + (template == null ? "" : ",\"template\":"
                + template) + "}";
    }

    private static String translated(int offset, String template, String translations) {
        return "{\"offsetDays\":" + offset + ",\"tone\":\"FRIENDLY\"" + (template == null ? "" : ",\"template\":"
                + template) + ",\"translations\":" + translations + "}";
    }

    private static void assertRefused(InvoicingTenant tenant, String body, String code, String field) {
        Api.Reply reply = Api.put("/reminders/policy", tenant.token, body);
        assertCode(reply, 400, code);
        assertThat(reply.body()).contains("\"field\":\"" + field + "\"");
    }

    private static void assertCode(Api.Reply reply, int status, String code) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().getString("code")).as(reply.body()).isEqualTo(code);
    }

    private static void awaitPending(String link) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            if (Api.portal("GET", "/invoices/" + link, null).json().getBoolean("paymentPending")) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("The bank debit never showed as pending");
    }
}
