package com.becflow.integrations.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.becflow.assistant.ContractBrief;
import com.becflow.assistant.ContractProposal;
import com.becflow.assistant.DraftProvenance;
import com.becflow.assistant.DraftingAssistant;
import com.becflow.assistant.InvoiceBrief;
import com.becflow.assistant.InvoiceProposal;
import com.becflow.assistant.TemplateChoice;
import com.becflow.assistant.TemplateMatcher;
import com.becflow.assistant.app.ContractDrafting;
import com.becflow.contracts.ContractTemplateId;
import com.becflow.contracts.ContractTemplateLibrary;
import com.github.tomakehurst.wiremock.http.Request;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code BECFLOW_AI_PROVIDER=anthropic} against a local fake of Anthropic's Messages API ({@code POST /v1/messages},
 * answers shaped as Anthropic documents them): the schema goes in the system prompt and the answer comes back as a
 * text block; a good answer is used, an unreadable one or one that breaks a contract rule is asked again once, then
 * the offline draft is used with a note; a timeout falls back at once.
 */
class AnthropicDraftingTest {

    private static final List<TemplateChoice> TEMPLATES = ContractTemplateLibrary.defaults().stream()
            .map(c -> new TemplateChoice(ContractTemplateId.newId(), c)).toList();
    private static final TemplateChoice DESIGN = TEMPLATES.get(0);
    private static final ContractBrief BRIEF = new ContractBrief("Logo and brand guide for a bakery, 3,000 EUR, half "
            + "upfront, starts 1 March, two rounds of revisions", TEMPLATES, "EUR", LocalDate.of(2027, 1, 15));
    private static final DraftingAssistant OFFLINE = new OfflineDraftingAssistant(
            (brief, templates) -> new TemplateMatcher.Match(DESIGN, "template 'Design project' (test)"));
    private static final String MODEL = "claude-haiku-4-5";

    private final FakeModelApi fake = FakeModelApi.anthropic(MODEL);

    @BeforeEach
    void start() {
        fake.start();
    }

    @AfterEach
    void stop() {
        fake.stop();
    }

    private DraftingAssistant model(Duration timeout) {
        return ConfiguredDraftingAssistants.model("anthropic", fake.baseUrl(),
                "test-key", MODEL, timeout).orElseThrow();
    }

    private static String answer(String depositPercent) {
        return Json.createObjectBuilder().add("templateId", DESIGN.id().toString())
                .add("projectName", "Bakery logo and brand guide").add("startDate", "2027-03-01").add("endDate", "")
                .add("fee", 3000).add("currency", "EUR").add("netDays", 14)
                .add("depositPercent", new BigDecimal(depositPercent)).add("revisionRounds", 2)
                .add("changeRequestHourlyRate", 0).add("ipTransfer", "ON_FULL_PAYMENT")
                .add("lateFeePercentPerMonth", 0).add("earlyPaymentDiscountPercent", 0)
                .add("earlyPaymentDiscountDays", 0).add("scope", "A logo and a brand guide for the bakery")
                .add("reasons", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("field", "terms.deposit.percent").add("because", "you wrote 'half upfront'")))
                .build().toString();
    }

    /** A Messages API response as Anthropic documents it: content blocks, stop_reason, usage. */

    @Test
    void aGoodAnswerIsTheDraftAndTheRequestIsAnthropicsMessagesCall() {
        fake.answers(answer("50"), answer("50"));
        ContractProposal proposal = ContractDrafting.propose(BRIEF, model(Duration.ofSeconds(5)), OFFLINE);
        assertEquals(1, fake.asked());
        assertEquals(DraftProvenance.Kind.MODEL, proposal.provenance().kind());
        assertEquals(MODEL, proposal.provenance().model());
        assertNull(proposal.provenance().note());
        assertEquals("Bakery logo and brand guide", proposal.contract().projectName());
        assertEquals(LocalDate.of(2027, 3, 1), proposal.contract().startDate());
        assertEquals(0, new BigDecimal("3000").compareTo(proposal.contract().fee()));
        assertEquals(0, new BigDecimal("50").compareTo(proposal.contract().terms().deposit().percent()));

        Request request = fake.firstRequest();
        assertEquals("test-key", request.getHeader("x-api-key"));
        assertTrue(request.containsHeader("anthropic-version"), "Anthropic refuses a call without its API version");
        JsonObject body = Json.createReader(new StringReader(request.getBodyAsString())).readObject();
        assertEquals(MODEL, body.getString("model"));
        assertTrue(body.getInt("max_tokens") > 0, "max_tokens is required by the Messages API");
        String system = body.get("system").toString();
        assertTrue(system.contains("contract_draft") && system.contains("depositPercent"),
                "the schema travels in the system prompt");
        assertTrue(system.contains("{\\\"type\\\":\\\"object\\\""), "as JSON Schema, which the model knows: " + system);
        assertTrue(system.contains(DESIGN.id().toString()), "the model is told the workspace's templates");
        assertEquals("user", body.getJsonArray("messages").getJsonObject(0).getString("role"));
        assertTrue(body.getJsonArray("messages").toString().contains("half upfront"), "the brief is the user's turn");
    }

    @Test
    void anAnswerInAMarkdownFenceIsRead() {
        fake.answers("```json\n" + answer("50") + "\n```", answer("50"));
        ContractProposal proposal = ContractDrafting.propose(BRIEF, model(Duration.ofSeconds(5)), OFFLINE);
        assertEquals(1, fake.asked());
        assertEquals(DraftProvenance.Kind.MODEL, proposal.provenance().kind());
    }

    @Test
    void anAnswerWithASentenceBeforeTheObjectIsRead() {
        fake.answers("Here is the contract draft as JSON:\n\n" + answer("50"), answer("50"));
        ContractProposal proposal = ContractDrafting.propose(BRIEF, model(Duration.ofSeconds(5)), OFFLINE);
        assertEquals(1, fake.asked());
        assertEquals(DraftProvenance.Kind.MODEL, proposal.provenance().kind());
    }

    @Test
    void malformedJsonIsAskedAgainOnceAndTheSecondGoodAnswerIsUsed() {
        fake.answers("{\"templateId\": \"" + DESIGN.id() + "\", \"fee\": 30", answer("50"));
        ContractProposal proposal = ContractDrafting.propose(BRIEF, model(Duration.ofSeconds(5)), OFFLINE);
        assertEquals(2, fake.asked());
        assertEquals(DraftProvenance.Kind.MODEL, proposal.provenance().kind());
        assertEquals(MODEL, proposal.provenance().model());
    }

    @Test
    void malformedJsonTwiceFallsBackToTheOfflineDraftWithANote() {
        fake.answers("I'd be happy to help with this contract!", "{\"still\": ");
        ContractProposal proposal = ContractDrafting.propose(BRIEF, model(Duration.ofSeconds(5)), OFFLINE);
        assertEquals(2, fake.asked());
        assertEquals(DraftProvenance.Kind.OFFLINE, proposal.provenance().kind());
        assertTrue(proposal.provenance().note().contains("not valid JSON"), proposal.provenance().note());
        assertEquals("Logo and brand guide for a bakery", proposal.contract().projectName(), "the offline reading");
    }

    @Test
    void anAnswerThatBreaksAContractRuleTwiceFallsBackToTheOfflineDraftWithANote() {
        fake.answers(answer("150"), answer("150"));
        ContractProposal proposal = ContractDrafting.propose(BRIEF, model(Duration.ofSeconds(5)), OFFLINE);
        assertEquals(2, fake.asked());
        assertEquals(DraftProvenance.Kind.OFFLINE, proposal.provenance().kind());
        assertTrue(proposal.provenance().note().contains("terms.deposit.percent"), proposal.provenance().note());
        assertEquals(0, new BigDecimal("50").compareTo(proposal.contract().terms().deposit().percent()));
    }

    @Test
    void aModelThatDoesNotAnswerInTimeIsNotAskedAgainAndTheOfflineDraftIsUsed() {
        fake.answersLate(answer("50"), 3_000);
        long started = System.nanoTime();
        ContractProposal proposal = ContractDrafting.propose(BRIEF, model(Duration.ofMillis(500)), OFFLINE);
        assertTrue(Duration.ofNanos(System.nanoTime() - started).compareTo(Duration.ofMillis(2_500)) < 0,
                "fell back without waiting for the slow answer");
        assertEquals(1, fake.asked());
        assertEquals(DraftProvenance.Kind.OFFLINE, proposal.provenance().kind());
        assertTrue(proposal.provenance().note().contains("in time"), proposal.provenance().note());
    }

    @Test
    void anOverloadedApiFallsBackToTheOfflineDraftSayingTheModelCouldNotBeReached() {
        fake.refuses(529, "{\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\",\"message\":\"Overloaded\"}}");
        ContractProposal proposal = ContractDrafting.propose(BRIEF, model(Duration.ofSeconds(5)), OFFLINE);
        assertEquals(1, fake.asked());
        assertEquals(DraftProvenance.Kind.OFFLINE, proposal.provenance().kind());
        assertFalse(proposal.provenance().note().contains("half upfront"), "the note never quotes the brief");
    }

    @Test
    void invoiceLinesComeFromTheModelsAnswer() {
        String lines = Json.createObjectBuilder().add("currency", "EUR").add("lines", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("description", "Design").add("quantity", 12).add("unitPrice", 90))
                .add(Json.createObjectBuilder().add("description", "Print files").add("quantity", 1)
                        .add("unitPrice", 250))).build().toString();
        fake.answers(lines, lines);
        InvoiceProposal proposal = model(Duration.ofSeconds(5)).proposeInvoice(new InvoiceBrief(
                "12 hours of design at 90 an hour and the print files for 250", "EUR", LocalDate.of(2027, 1, 15)));
        assertEquals(2, proposal.lines().size());
        assertEquals(0, new BigDecimal("12").compareTo(proposal.lines().get(0).quantity()));
        assertEquals(0, new BigDecimal("250").compareTo(proposal.lines().get(1).unitPrice()));
        assertTrue(fake.firstRequest().getBodyAsString().contains("invoice_draft"), "asked against the invoice schema");
    }
}
