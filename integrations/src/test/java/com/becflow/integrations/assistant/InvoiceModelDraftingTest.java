package com.becflow.integrations.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.becflow.assistant.DraftProvenance;
import com.becflow.assistant.DraftingAssistant;
import com.becflow.assistant.InvoiceBrief;
import com.becflow.assistant.InvoiceProposal;
import com.becflow.assistant.app.InvoiceDrafting;
import com.becflow.invoicing.InvoiceLine;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Currency;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Invoice lines through the language-model path against a local fake of an OpenAI-compatible server (WireMock
 * answering chat completions), as {@link LanguageModelDraftingTest} does for contracts: a good answer is the draft, an
 * unreadable one or one whose every line breaks a rule is asked again once and then the offline lines stand with a
 * note, and a model that does not answer in time is not asked again.
 */
class InvoiceModelDraftingTest {

    private static final InvoiceBrief BRIEF = new InvoiceBrief("12 hours of design at 90 an hour and the print files "
            + "for 250", "EUR", LocalDate.of(2027, 1, 15));
    private static final Currency EUR = Currency.getInstance("EUR");
    /** The offline side without the embedding model: invoice lines are read without it. */
    private static final DraftingAssistant OFFLINE = new OfflineDraftingAssistant(
            (brief, templates) -> { throw new AssertionError("no template is chosen for invoice lines"); });

    private final FakeModelApi fake = FakeModelApi.openAiCompatible("test-model");

    @BeforeEach
    void start() {
        fake.start();
    }

    @AfterEach
    void stop() {
        fake.stop();
    }

    @Test
    void aGoodAnswerIsTheDraftAndSaysWhichModelMadeIt() {
        fake.answers(lines(line("Design", "12", "90"), line("Print files", "1", "250")), "never asked");
        InvoiceProposal proposal = InvoiceDrafting.propose(BRIEF, model(Duration.ofSeconds(5)), OFFLINE, EUR);
        assertEquals(1, fake.asked());
        assertEquals(DraftProvenance.Kind.MODEL, proposal.provenance().kind());
        assertEquals("test-model", proposal.provenance().model());
        assertNull(proposal.provenance().note());
        assertEquals(2, proposal.lines().size());
        assertEquals("Design", proposal.lines().get(0).description());
        assertEquals(0, new BigDecimal("90").compareTo(proposal.lines().get(0).unitPrice()));
        assertTrue(fake.firstRequest().getBodyAsString().contains("invoice_draft"),
                "asked for structured output against the invoice schema");
    }

    @Test
    void anUnreadableAnswerIsAskedAgainOnceAndTheSecondGoodOneIsUsed() {
        fake.answers("{\"currency\": \"EUR\", \"lines\": [", lines(line("Design", "12", "90")));
        InvoiceProposal proposal = InvoiceDrafting.propose(BRIEF, model(Duration.ofSeconds(5)), OFFLINE, EUR);
        assertEquals(2, fake.asked());
        assertEquals(DraftProvenance.Kind.MODEL, proposal.provenance().kind());
        assertEquals(1, proposal.lines().size());
    }

    @Test
    void linesThatBreakALineRuleTwiceGiveTheOfflineLinesWithANote() {
        String zeroQuantity = lines(line("Design", "0", "90"));
        fake.answers(zeroQuantity, zeroQuantity);
        InvoiceProposal proposal = InvoiceDrafting.propose(BRIEF, model(Duration.ofSeconds(5)), OFFLINE, EUR);
        assertEquals(2, fake.asked());
        assertEquals(DraftProvenance.Kind.OFFLINE, proposal.provenance().kind());
        assertTrue(proposal.provenance().note().contains("broke a rule"), proposal.provenance().note());
        assertTrue(proposal.lines().stream().map(InvoiceLine::unitPrice).anyMatch(p -> p.compareTo(new BigDecimal("250")) == 0),
                "the offline reading of the brief: " + proposal.lines());
    }

    @Test
    void aModelThatDoesNotAnswerInTimeIsNotAskedAgainAndTheOfflineLinesAreUsed() {
        fake.answersLate(lines(line("Design", "12", "90")), 3_000);
        long started = System.nanoTime();
        InvoiceProposal proposal = InvoiceDrafting.propose(BRIEF, model(Duration.ofMillis(500)), OFFLINE, EUR);
        assertTrue(Duration.ofNanos(System.nanoTime() - started).compareTo(Duration.ofMillis(2_500)) < 0,
                "fell back without waiting for the slow answer");
        assertEquals(1, fake.asked());
        assertEquals(DraftProvenance.Kind.OFFLINE, proposal.provenance().kind());
        assertTrue(proposal.provenance().note().contains("in time"), proposal.provenance().note());
    }

    private DraftingAssistant model(Duration timeout) {
        return ConfiguredDraftingAssistants.model("openai", fake.baseUrl(), "test-key",
                "test-model", timeout).orElseThrow();
    }

    private static JsonArrayBuilder line(String description, String quantity, String unitPrice) {
        return Json.createArrayBuilder().add(Json.createObjectBuilder().add("description", description)
                .add("quantity", new BigDecimal(quantity)).add("unitPrice", new BigDecimal(unitPrice)));
    }

    private static String lines(JsonArrayBuilder... lines) {
        JsonArrayBuilder all = Json.createArrayBuilder();
        for (JsonArrayBuilder line : lines) {
            line.build().forEach(all::add);
        }
        return Json.createObjectBuilder().add("currency", "EUR").add("lines", all).build().toString();
    }

}
