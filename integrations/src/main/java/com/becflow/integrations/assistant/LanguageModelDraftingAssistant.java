package com.becflow.integrations.assistant;

import com.becflow.assistant.ContractBrief;
import com.becflow.assistant.ContractProposal;
import com.becflow.assistant.DraftProvenance;
import com.becflow.assistant.DraftingAssistant;
import com.becflow.assistant.InvoiceBrief;
import com.becflow.assistant.InvoiceProposal;
import com.becflow.assistant.TemplateChoice;
import com.becflow.assistant.app.AssistantFailed;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.exception.LangChain4jException;
import dev.langchain4j.exception.TimeoutException;
import dev.langchain4j.internal.JsonSchemaElementUtils;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import java.io.InterruptedIOException;
import java.net.http.HttpTimeoutException;
import java.util.stream.Collectors;

/**
 * A language model (OpenAI-compatible, which covers Ollama, vLLM and LM Studio, or Anthropic) asked for a draft as
 * structured output against a JSON schema of the contract's terms. It proposes only: the use case checks the
 * answer against the rules. Neither the prompt nor the answer is logged (LangChain4j's request logging is off),
 * and errors carry only why, never the text.
 */
public class LanguageModelDraftingAssistant implements DraftingAssistant {

    private final ChatModel model;
    private final String modelName;
    private final boolean schemaInResponseFormat;

    /** @param schemaInResponseFormat false for providers that take the schema only in the prompt */
    public LanguageModelDraftingAssistant(ChatModel model, String modelName, boolean schemaInResponseFormat) {
        this.model = model;
        this.modelName = modelName;
        this.schemaInResponseFormat = schemaInResponseFormat;
    }

    @Override
    public DraftProvenance provenance() {
        return DraftProvenance.model(modelName);
    }

    @Override
    public ContractProposal proposeContract(ContractBrief brief) {
        String templates = brief.templates().stream().map(LanguageModelDraftingAssistant::describe)
                .collect(Collectors.joining("\n"));
        String system = "You draft freelance contracts. Choose the closest template and fill in only what the brief "
                + "says; leave everything else unsaid as the schema explains. Today is " + brief.today()
                + "; a date without a year is its next occurrence. When the brief names no currency, use "
                + brief.defaultCurrency() + ". For every value you fill, add a reason quoting the brief's words.\n"
                + "Templates:\n" + templates;
        String answer = ask(system, brief.text(), ModelAnswers.contractSchema(brief.templates()));
        return ModelAnswers.contract(answer, brief.templates(), brief.defaultCurrency(), provenance());
    }

    @Override
    public InvoiceProposal proposeInvoice(InvoiceBrief brief) {
        String system = "You turn a freelancer's words into invoice lines: a description, a quantity and a unit price "
                + "per line. When the brief names no currency, use " + brief.defaultCurrency() + ".";
        String answer = ask(system, brief.text(), ModelAnswers.invoiceSchema());
        return ModelAnswers.invoice(answer, brief.defaultCurrency(), provenance());
    }

    private String ask(String system, String brief, JsonSchema schema) {
        ChatRequest.Builder request = ChatRequest.builder();
        if (schemaInResponseFormat) {
            request.responseFormat(ResponseFormat.builder().type(ResponseFormatType.JSON).jsonSchema(schema).build());
            request.messages(SystemMessage.from(system), UserMessage.from(brief));
        } else {
            request.messages(SystemMessage.from(system + "\nAnswer with one JSON object only, matching the schema "
                    + schema.name() + " (JSON Schema): " + jsonSchema(schema)), UserMessage.from(brief));
        }
        try {
            return model.chat(request.build()).aiMessage().text();
        } catch (TimeoutException e) {
            throw new AssistantFailed("the model did not answer in time", false);
        } catch (LangChain4jException e) {
            throw new AssistantFailed(timedOut(e) ? "the model did not answer in time"
                    : "the model could not be reached (" + e.getClass().getSimpleName() + ")", false);
        } catch (RuntimeException e) {
            throw new AssistantFailed(timedOut(e) ? "the model did not answer in time"
                    : "the model's client failed (" + e.getClass().getSimpleName() + ")", false);
        }
    }

    /** The schema as JSON Schema text, for a prompt: the model knows that notation, not LangChain4j's objects. */
    static String jsonSchema(JsonSchema schema) {
        return jakarta.json.Json.createObjectBuilder(JsonSchemaElementUtils.toMap(schema.rootElement())).build()
                .toString();
    }

    private static boolean timedOut(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof HttpTimeoutException || t instanceof InterruptedIOException
                    || t instanceof java.util.concurrent.TimeoutException || t instanceof TimeoutException) {
                return true;
            }
        }
        return false;
    }

    private static String describe(TemplateChoice template) {
        var content = template.content();
        return "- id " + template.id() + ": " + content.name() + " (" + content.category() + ")"
                + (content.terms() != null && content.terms().scope() != null
                ? ": " + content.terms().scope().deliverables() : "");
    }
}
