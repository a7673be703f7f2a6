package com.becflow.integrations.assistant;

import com.becflow.assistant.DraftingAssistant;
import com.becflow.assistant.DraftingAssistants;
import com.becflow.assistant.TemplateMatcher;
import com.becflow.assistant.TradeWordTemplateMatcher;
import dev.langchain4j.model.anthropic.AnthropicChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The offline assistant, always; a language model only when {@code BECFLOW_AI_PROVIDER} names one
 * ({@code openai} for any OpenAI-compatible server, {@code anthropic}) with {@code BECFLOW_AI_MODEL}. The embedding
 * model loads on the first draft, not at start-up.
 */
@ApplicationScoped
public class ConfiguredDraftingAssistants implements DraftingAssistants {

    private static final Logger LOG = Logger.getLogger(ConfiguredDraftingAssistants.class.getName());

    private final Optional<DraftingAssistant> model;
    private final Supplier<TemplateMatcher> embeddingModel;
    private volatile DraftingAssistant offline;

    @Inject
    public ConfiguredDraftingAssistants(@ConfigProperty(name = "BECFLOW_AI_PROVIDER") Optional<String> provider,
                                        @ConfigProperty(name = "BECFLOW_AI_BASE_URL") Optional<String> baseUrl,
                                        @ConfigProperty(name = "BECFLOW_AI_API_KEY") Optional<String> apiKey,
                                        @ConfigProperty(name = "BECFLOW_AI_MODEL") Optional<String> modelName,
                                        @ConfigProperty(name = "BECFLOW_AI_TIMEOUT_SECONDS", defaultValue = "30") int timeoutSeconds) {
        this.model = model(provider.orElse(""), baseUrl.orElse(null), apiKey.orElse(null), modelName.orElse(null),
                Duration.ofSeconds(timeoutSeconds));
        this.embeddingModel = EmbeddingTemplateMatcher::new;
    }

    protected ConfiguredDraftingAssistants() {
        this(EmbeddingTemplateMatcher::new);
    }

    ConfiguredDraftingAssistants(Supplier<TemplateMatcher> embeddingModel) {
        this.model = Optional.empty();
        this.embeddingModel = embeddingModel;
    }

    static Optional<DraftingAssistant> model(String provider, String baseUrl, String apiKey, String modelName,
                                             Duration timeout) {
        String which = provider.strip().toLowerCase(Locale.ROOT);
        if (which.isEmpty() || which.equals("none") || which.equals("offline")) {
            return Optional.empty();
        }
        if (modelName == null || modelName.isBlank()) {
            throw new IllegalStateException("BECFLOW_AI_PROVIDER is " + which + " but BECFLOW_AI_MODEL is not set");
        }
        return switch (which) {
            case "openai" -> {
                var builder = OpenAiChatModel.builder().modelName(modelName).timeout(timeout).maxRetries(0)
                        .logRequests(false).logResponses(false).strictJsonSchema(true)
                        .apiKey(apiKey == null || apiKey.isBlank() ? "none" : apiKey);
                if (baseUrl != null && !baseUrl.isBlank()) {
                    builder.baseUrl(baseUrl);
                }
                yield Optional.of(new LanguageModelDraftingAssistant(builder.build(), modelName, true));
            }
            case "anthropic" -> {
                var builder = AnthropicChatModel.builder().modelName(modelName).timeout(timeout).maxRetries(0)
                        .logRequests(false).logResponses(false).maxTokens(2000).apiKey(apiKey);
                if (baseUrl != null && !baseUrl.isBlank()) {
                    builder.baseUrl(baseUrl);
                }
                yield Optional.of(new LanguageModelDraftingAssistant(builder.build(), modelName, false));
            }
            default -> throw new IllegalStateException("BECFLOW_AI_PROVIDER must be openai or anthropic, not " + which);
        };
    }

    @Override
    public DraftingAssistant offline() {
        DraftingAssistant assistant = offline;
        if (assistant == null) {
            synchronized (this) {
                if (offline == null) {
                    offline = new OfflineDraftingAssistant(matcher());
                }
                assistant = offline;
            }
        }
        return assistant;
    }

    /**
     * The embedding model where its native libraries load; elsewhere (the WARs carry them for linux-x86_64 only)
     * drafting still works, choosing templates by trade words, rather than failing every draft.
     */
    private TemplateMatcher matcher() {
        try {
            return embeddingModel.get();
        } catch (RuntimeException | LinkageError e) {
            LOG.log(Level.WARNING, "The embedding model could not be loaded on " + System.getProperty("os.name") + " "
                    + System.getProperty("os.arch") + "; the offline assistant chooses templates by trade words only", e);
            return new TradeWordTemplateMatcher();
        }
    }

    @Override
    public Optional<DraftingAssistant> model() {
        return model;
    }
}
