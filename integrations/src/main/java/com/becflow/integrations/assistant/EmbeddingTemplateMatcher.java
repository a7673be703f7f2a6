package com.becflow.integrations.assistant;

import com.becflow.assistant.TemplateChoice;
import com.becflow.assistant.TemplateMatcher;
import com.becflow.assistant.TradeWords;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.langchain4j.store.embedding.CosineSimilarity;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Chooses a template with all-MiniLM-L6-v2 (quantized), which runs inside the JVM from its Maven artifact: no
 * network, no key. The model reads English best, so each template is described with its category's words in the
 * four brief languages too, and a brief naming those words gets a bonus on top of the cosine similarity.
 */
public class EmbeddingTemplateMatcher implements TemplateMatcher {

    /** Added per trade word the brief uses, up to three: one word is worth about a tenth of the similarity range. */
    static final double WORD_BONUS = 0.12;
    private static final int MAX_CACHED = 2_000;

    private final EmbeddingModel model;
    private final Map<String, Embedding> templates = new ConcurrentHashMap<>();

    public EmbeddingTemplateMatcher() {
        this(new AllMiniLmL6V2QuantizedEmbeddingModel());
    }

    EmbeddingTemplateMatcher(EmbeddingModel model) {
        this.model = model;
    }

    @Override
    public Match closest(String brief, List<TemplateChoice> choices) {
        Embedding briefEmbedding = model.embed(brief).content();
        TemplateChoice best = null;
        double bestScore = -2;
        double bestSimilarity = 0;
        List<String> bestWords = List.of();
        for (TemplateChoice choice : choices) {
            double similarity = CosineSimilarity.between(briefEmbedding, embedding(choice));
            List<String> words = TradeWords.in(brief, choice.content().category());
            double score = similarity + WORD_BONUS * Math.min(3, words.size());
            if (score > bestScore) {
                best = choice;
                bestScore = score;
                bestSimilarity = similarity;
                bestWords = words;
            }
        }
        String because = "template '" + best.content().name() + "' because it is the closest to your brief"
                + (bestWords.isEmpty() ? "" : " (you wrote '" + String.join("', '", bestWords) + "')")
                + String.format(Locale.ROOT, "; similarity %.2f", bestSimilarity);
        return new Match(best, because);
    }

    /** Warms the model up: its first embedding loads the ONNX session. */
    public void warmUp() {
        model.embed("warm up");
    }

    private Embedding embedding(TemplateChoice choice) {
        String profile = profile(choice);
        if (templates.size() > MAX_CACHED) {
            templates.clear();
        }
        return templates.computeIfAbsent(profile, p -> model.embed(p).content());
    }

    static String profile(TemplateChoice choice) {
        var content = choice.content();
        StringBuilder text = new StringBuilder(content.name()).append(". ").append(content.category()).append(". ");
        if (content.terms() != null && content.terms().scope() != null) {
            text.append(content.terms().scope().deliverables()).append(". ");
        }
        text.append(String.join(", ", TradeWords.of(content.category())));
        return text.toString();
    }
}
