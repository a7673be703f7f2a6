package com.becflow.integrations.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.becflow.assistant.ContractBrief;
import com.becflow.assistant.ContractProposal;
import com.becflow.assistant.DraftProvenance;
import com.becflow.assistant.DraftingAssistant;
import com.becflow.assistant.Reason;
import com.becflow.assistant.TemplateChoice;
import com.becflow.assistant.TemplateMatcher;
import com.becflow.assistant.app.ContractDrafting;
import com.becflow.contracts.ContractTemplateId;
import com.becflow.contracts.ContractTemplateLibrary;
import com.becflow.contracts.ContractTerms.CancellationTier;
import jakarta.json.Json;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The language-model path against a local fake OpenAI-compatible server: a good structured answer is used; an
 * unreadable answer or one that breaks a contract rule is asked again once, then the offline draft is used with a
 * note; a timeout falls back at once.
 */
class LanguageModelDraftingTest {

    private static final List<TemplateChoice> TEMPLATES = ContractTemplateLibrary.defaults().stream()
            .map(c -> new TemplateChoice(ContractTemplateId.newId(), c)).toList();
    private static final TemplateChoice DESIGN = TEMPLATES.get(0);
    private static final ContractBrief BRIEF = new ContractBrief("Logo and brand guide for a bakery, 3,000 EUR, half "
            + "upfront, starts 1 March, two rounds of revisions", TEMPLATES, "EUR", LocalDate.of(2027, 1, 15));
    /** The offline side without the embedding model: these tests are about the model path. */
    private static final DraftingAssistant OFFLINE = new OfflineDraftingAssistant(
            (brief, templates) -> new TemplateMatcher.Match(DESIGN, "template 'Design project' (test)"));

    private final FakeModelApi fake = FakeModelApi.openAiCompatible("test-model");

    @BeforeEach
    void start() {
        fake.start();
    }

    @AfterEach
    void stop() {
        fake.stop();
    }

    private DraftingAssistant model(Duration timeout) {
        return ConfiguredDraftingAssistants.model("openai", fake.baseUrl(), "test-key",
                "test-model", timeout).orElseThrow();
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

    @Test
    void aGoodStructuredAnswerIsTheDraftAndSaysWhichModelMadeIt() {
        fake.answers(answer("50"), answer("50"));
        ContractProposal proposal = ContractDrafting.propose(BRIEF, model(Duration.ofSeconds(5)), OFFLINE);
        assertEquals(1, fake.asked());
        assertEquals(DraftProvenance.Kind.MODEL, proposal.provenance().kind());
        assertEquals("test-model", proposal.provenance().model());
        assertNull(proposal.provenance().note());
        assertEquals("Bakery logo and brand guide", proposal.contract().projectName());
        assertEquals(0, new BigDecimal("50").compareTo(proposal.contract().terms().deposit().percent()));
        assertTrue(fake.firstRequest().getBodyAsString().contains("json_schema"),
                "asked for structured output against the schema");
    }

    @Test
    void clausesTheModelLeftAloneAreMarkedAsTheTemplatesDefaults() {
        fake.answers(answer("50"), answer("50"));
        ContractProposal proposal = ContractDrafting.propose(BRIEF, model(Duration.ofSeconds(5)), OFFLINE);
        assertEquals(DraftProvenance.Kind.MODEL, proposal.provenance().kind());
        for (String unsaid : List.of("terms.cancellation.tiers", "terms.lateFee", "terms.ipTransfer.moment")) {
            assertTrue(proposal.reasons().stream().anyMatch(r -> r.field().equals(unsaid)
                    && r.source() == Reason.Source.TEMPLATE_DEFAULT), unsaid + " in " + proposal.reasons());
        }
        assertTrue(proposal.reasons().stream().noneMatch(r -> r.field().startsWith("terms.deposit")
                && r.source() == Reason.Source.TEMPLATE_DEFAULT), "the deposit the model explained stays the brief's");
    }

    @Test
    void cancellationTiersTheModelReadAreTheDraftsAndAreAskedForInTheSchema() {
        String withTiers = Json.createObjectBuilder(Json.createReader(new java.io.StringReader(answer("50"))).readObject())
                .add("cancellationTiers", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("daysBeforeStart", 30).add("percentKept", 0))
                        .add(Json.createObjectBuilder().add("daysBeforeStart", 0).add("percentKept", 50)))
                .build().toString();
        fake.answers(withTiers, withTiers);
        ContractProposal proposal = ContractDrafting.propose(BRIEF, model(Duration.ofSeconds(5)), OFFLINE);
        assertEquals(DraftProvenance.Kind.MODEL, proposal.provenance().kind());
        assertEquals(List.of(new CancellationTier(30, BigDecimal.ZERO), new CancellationTier(0, new BigDecimal("50"))),
                proposal.contract().terms().cancellation().ordered());
        assertTrue(fake.firstRequest().getBodyAsString().contains("cancellationTiers"));
    }

    @Test
    void neitherTheBriefNorTheAnswerIsLoggedWhateverTheLogLevel() {
        String brief = "Logo for Bea Baker's bakery at 12 Crumb Lane, bea.baker@bakery.test, 3,000 EUR, starts 1 March";
        String secret = "Zanzibar-7781 logo suite";
        String good = answer("50").replace("Bakery logo and brand guide", secret);
        java.util.List<java.util.logging.LogRecord> records = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.logging.Handler capture = new java.util.logging.Handler() {
            @Override public void publish(java.util.logging.LogRecord r) { records.add(r); }
            @Override public void flush() { }
            @Override public void close() { }
        };
        java.util.logging.Logger root = java.util.logging.Logger.getLogger("");
        java.util.logging.Level before = root.getLevel();
        java.util.logging.Logger langchain = java.util.logging.Logger.getLogger("dev.langchain4j");
        root.addHandler(capture);
        capture.setLevel(java.util.logging.Level.ALL);
        root.setLevel(java.util.logging.Level.ALL);
        langchain.setLevel(java.util.logging.Level.ALL);
        try {
            ContractBrief personal = new ContractBrief(brief, TEMPLATES, "EUR", LocalDate.of(2027, 1, 15));
            fake.answers(good, good);
            assertEquals(secret, ContractDrafting.propose(personal, model(Duration.ofSeconds(5)), OFFLINE)
                    .contract().projectName());
            fake.reset();
            fake.answers("not json, " + secret, "{\"still\": \"" + secret + "\"");
            assertEquals(DraftProvenance.Kind.OFFLINE, ContractDrafting.propose(personal, model(Duration.ofSeconds(5)),
                    OFFLINE).provenance().kind());
        } finally {
            root.removeHandler(capture);
            root.setLevel(before);
            langchain.setLevel(null);
        }
        assertTrue(records.stream().anyMatch(r -> r.getMessage().contains("fell back")),
                "the capture sees the assistant's own log line: " + records.size() + " records");
        for (java.util.logging.LogRecord r : records) {
            String logged = new java.util.logging.SimpleFormatter().format(r);
            for (String personalData : List.of("Bea Baker", "bea.baker@bakery.test", "Crumb Lane", "Zanzibar-7781")) {
                assertTrue(!logged.contains(personalData), "logged '" + personalData + "' in: " + logged);
            }
        }
    }

    @Test
    void malformedJsonIsAskedAgainOnceAndTheSecondGoodAnswerIsUsed() {
        fake.answers("{\"templateId\": \"" + DESIGN.id() + "\", \"fee\": 30", answer("50"));
        ContractProposal proposal = ContractDrafting.propose(BRIEF, model(Duration.ofSeconds(5)), OFFLINE);
        assertEquals(2, fake.asked());
        assertEquals(DraftProvenance.Kind.MODEL, proposal.provenance().kind());
    }

    @Test
    void malformedJsonTwiceFallsBackToTheOfflineDraftWithANote() {
        fake.answers("not json at all", "{\"still\": ");
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
}
