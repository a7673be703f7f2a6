package com.becflow.integrations.assistant;

import com.becflow.assistant.ContractProposal;
import com.becflow.assistant.DraftProvenance;
import com.becflow.assistant.InvoiceProposal;
import com.becflow.assistant.Reason;
import com.becflow.assistant.TemplateChoice;
import com.becflow.assistant.app.AssistantFailed;
import com.becflow.contracts.ContractTerms;
import com.becflow.contracts.ContractTerms.CancellationPolicy;
import com.becflow.contracts.ContractTerms.CancellationTier;
import com.becflow.contracts.ContractTerms.Deposit;
import com.becflow.contracts.ContractTerms.EarlyPaymentDiscount;
import com.becflow.contracts.ContractTerms.IpTransfer;
import com.becflow.contracts.ContractTerms.IpTransferMoment;
import com.becflow.contracts.ContractTerms.LateFee;
import com.becflow.contracts.ContractTerms.PaymentTerms;
import com.becflow.contracts.ContractTerms.Scope;
import com.becflow.contracts.app.SaveContract;
import com.becflow.invoicing.InvoiceLine;
import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON schemas a language model answers against, and the answers turned into proposals. An answer that is
 * not JSON, or whose values have the wrong type, is refused here as retryable; whether its values obey the
 * contract rules is the use case's to decide.
 */
final class ModelAnswers {

    private ModelAnswers() {
    }

    static JsonSchema contractSchema(List<TemplateChoice> templates) {
        JsonObjectSchema reason = JsonObjectSchema.builder().addStringProperty("field").addStringProperty("because")
                .required("field", "because").additionalProperties(false).build();
        JsonObjectSchema tier = JsonObjectSchema.builder()
                .addIntegerProperty("daysBeforeStart", "applies to a cancellation this many days or more before the start")
                .addNumberProperty("percentKept", "the share of the fee kept, 0 to 100")
                .required("daysBeforeStart", "percentKept").additionalProperties(false).build();
        JsonObjectSchema root = JsonObjectSchema.builder()
                .addEnumProperty("templateId", templates.stream().map(t -> t.id().toString()).toList(),
                        "the id of the closest template")
                .addStringProperty("projectName", "a short name of the project, in the brief's language")
                .addStringProperty("startDate", "ISO date, or empty when the brief gives none")
                .addStringProperty("endDate", "ISO date, or empty")
                .addNumberProperty("fee", "the fee; 0 when the brief gives none")
                .addStringProperty("currency", "ISO 4217 code, or empty")
                .addIntegerProperty("netDays", "days to pay an invoice, -1 when not said")
                .addNumberProperty("depositPercent", "0 when not said")
                .addIntegerProperty("revisionRounds", "-1 when not said")
                .addNumberProperty("changeRequestHourlyRate", "0 when not said")
                .addEnumProperty("ipTransfer", List.of("ON_SIGNING", "ON_FULL_PAYMENT", "UNSAID"))
                .addNumberProperty("lateFeePercentPerMonth", "0 when not said")
                .addNumberProperty("earlyPaymentDiscountPercent", "0 when not said")
                .addIntegerProperty("earlyPaymentDiscountDays", "0 when not said")
                .addProperty("cancellationTiers", JsonArraySchema.builder().items(tier)
                        .description("only the tiers the brief states, earliest first; empty when not said").build())
                .addStringProperty("scope", "one paragraph: what the fee covers")
                .addProperty("reasons", JsonArraySchema.builder().items(reason).build())
                .required("templateId", "projectName", "startDate", "endDate", "fee", "currency", "netDays",
                        "depositPercent", "revisionRounds", "changeRequestHourlyRate", "ipTransfer",
                        "lateFeePercentPerMonth", "earlyPaymentDiscountPercent", "earlyPaymentDiscountDays",
                        "cancellationTiers", "scope", "reasons")
                .additionalProperties(false).build();
        return JsonSchema.builder().name("contract_draft").rootElement(root).build();
    }

    static JsonSchema invoiceSchema() {
        JsonObjectSchema line = JsonObjectSchema.builder().addStringProperty("description").addNumberProperty("quantity")
                .addNumberProperty("unitPrice").required("description", "quantity", "unitPrice")
                .additionalProperties(false).build();
        JsonObjectSchema root = JsonObjectSchema.builder().addStringProperty("currency", "ISO 4217 code, or empty")
                .addProperty("lines", JsonArraySchema.builder().items(line).build())
                .required("currency", "lines").additionalProperties(false).build();
        return JsonSchema.builder().name("invoice_draft").rootElement(root).build();
    }

    static ContractProposal contract(String answer, List<TemplateChoice> templates, String defaultCurrency,
                                     DraftProvenance provenance) {
        JsonObject json = object(answer);
        try {
            String templateId = json.getString("templateId", "");
            TemplateChoice template = templates.stream().filter(t -> t.id().toString().equals(templateId)).findFirst()
                    .orElseThrow(() -> new AssistantFailed("the model named no template of this workspace", true));
            ContractTerms base = template.content().terms();
            List<Reason> reasons = new ArrayList<>();
            for (JsonValue value : json.getJsonArray("reasons")) {
                JsonObject r = value.asJsonObject();
                reasons.add(Reason.fromBrief(r.getString("field"), r.getString("because")));
            }
            Integer netDays = positiveOrZero(json, "netDays");
            ContractTerms terms = new ContractTerms(netDays == null ? base.payment() : new PaymentTerms(netDays),
                    base.deposit(), base.cancellation(), base.lateFee(), base.earlyPaymentDiscount(), base.ipTransfer(),
                    base.scope());
            BigDecimal deposit = amount(json, "depositPercent");
            if (deposit != null) {
                terms = terms.withDeposit(new Deposit(deposit, null));
            }
            Scope scope = base.scope();
            String scopeText = json.getString("scope", "");
            Integer rounds = positiveOrZero(json, "revisionRounds");
            BigDecimal rate = amount(json, "changeRequestHourlyRate");
            terms = terms.withScope(new Scope(scopeText.isBlank() && scope != null ? scope.deliverables() : scopeText,
                    rounds != null ? rounds : scope == null ? null : scope.revisionRounds(),
                    rate != null ? rate : scope == null ? null : scope.changeRequestHourlyRate()));
            String ip = json.getString("ipTransfer", "UNSAID");
            if (!ip.equals("UNSAID")) {
                terms = terms.withIpTransfer(new IpTransfer(IpTransferMoment.valueOf(ip)));
            }
            BigDecimal late = amount(json, "lateFeePercentPerMonth");
            if (late != null) {
                LateFee l = base.lateFee();
                terms = terms.withLateFee(new LateFee(null, late, 30, l == null ? 0 : l.graceDays(), l == null ? null : l.capPercent()));
            }
            BigDecimal discount = amount(json, "earlyPaymentDiscountPercent");
            if (discount != null) {
                terms = terms.withEarlyPaymentDiscount(new EarlyPaymentDiscount(discount,
                        positiveOrZero(json, "earlyPaymentDiscountDays")));
            }
            List<CancellationTier> tiers = new ArrayList<>();
            for (JsonValue value : json.getJsonArray("cancellationTiers") == null ? List.<JsonValue>of()
                    : json.getJsonArray("cancellationTiers")) {
                JsonObject t = value.asJsonObject();
                tiers.add(new CancellationTier(t.getJsonNumber("daysBeforeStart").intValueExact(),
                        t.getJsonNumber("percentKept").bigDecimalValue()));
            }
            if (!tiers.isEmpty()) {
                terms = terms.withCancellation(new CancellationPolicy(tiers));
            }
            String currency = json.getString("currency", "");
            SaveContract contract = new SaveContract(null, json.getString("projectName", null),
                    date(json, "startDate"), date(json, "endDate"), amount(json, "fee"),
                    currency.isBlank() ? defaultCurrency : currency, template.content().body(), terms,
                    template.content().countersignRequired(), null);
            return new ContractProposal(template.id(), contract, List.copyOf(reasons), provenance);
        } catch (ClassCastException | NullPointerException | IllegalArgumentException | DateTimeParseException
                 | ArithmeticException e) {
            throw new AssistantFailed("the model's answer did not fit the contract schema", true);
        }
    }

    static InvoiceProposal invoice(String answer, String defaultCurrency, DraftProvenance provenance) {
        JsonObject json = object(answer);
        try {
            List<InvoiceLine> lines = new ArrayList<>();
            List<Reason> reasons = new ArrayList<>();
            for (JsonValue value : json.getJsonArray("lines")) {
                JsonObject line = value.asJsonObject();
                lines.add(new InvoiceLine(line.getString("description"), line.getJsonNumber("quantity").bigDecimalValue(),
                        line.getJsonNumber("unitPrice").bigDecimalValue(), null, null, null));
                reasons.add(Reason.fromBrief("lines[" + (lines.size() - 1) + "]", "read by " + provenance.model()));
            }
            String currency = json.getString("currency", "");
            return new InvoiceProposal(currency.isBlank() ? defaultCurrency : currency, lines, reasons, provenance);
        } catch (ClassCastException | NullPointerException e) {
            throw new AssistantFailed("the model's answer did not fit the invoice schema", true);
        }
    }

    private static JsonObject object(String answer) {
        if (answer == null) {
            throw new AssistantFailed("the model gave no answer", true);
        }
        String text = answer.strip().replaceAll("^```(?:json)?\\s*", "").replaceAll("\\s*```$", "");
        int first = text.indexOf('{');
        int last = text.lastIndexOf('}');
        if (first > 0 && last > first) {
            // Models asked for JSON only in the prompt (Anthropic) sometimes say a sentence before the object.
            text = text.substring(first, last + 1);
        }
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new AssistantFailed("the model's answer was not valid JSON", true);
        }
    }

    private static BigDecimal amount(JsonObject json, String key) {
        JsonValue value = json.get(key);
        if (!(value instanceof JsonNumber number)) {
            return null;
        }
        BigDecimal amount = number.bigDecimalValue();
        return amount.signum() == 0 ? null : amount;
    }

    private static Integer positiveOrZero(JsonObject json, String key) {
        JsonValue value = json.get(key);
        if (!(value instanceof JsonNumber number)) {
            return null;
        }
        return number.intValue() < 0 ? null : number.intValue();
    }

    private static LocalDate date(JsonObject json, String key) {
        JsonValue value = json.get(key);
        return value instanceof JsonString s && !s.getString().isBlank() ? LocalDate.parse(s.getString()) : null;
    }
}
