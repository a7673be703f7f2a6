package com.becflow.integrations.assistant;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.ConsoleNotifier;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import jakarta.json.Json;
import java.util.function.UnaryOperator;

/**
 * A language model's API on 127.0.0.1 (WireMock), answering its one call with the text a test gives, wrapped as the
 * vendor documents its answer: an OpenAI-compatible chat completion, or Anthropic's Messages API.
 */
final class FakeModelApi {

    private final WireMockServer server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort()
            .notifier(new ConsoleNotifier(false)));
    private final String path;
    private final UnaryOperator<String> answer;

    private FakeModelApi(String path, UnaryOperator<String> answer) {
        this.path = path;
        this.answer = answer;
    }

    /** {@code POST /v1/chat/completions}, as OpenAI documents it (also Ollama, vLLM, LM Studio). */
    static FakeModelApi openAiCompatible(String model) {
        return new FakeModelApi("/v1/chat/completions", content -> Json.createObjectBuilder().add("id", "chatcmpl-1")
                .add("object", "chat.completion").add("created", 1).add("model", model)
                .add("choices", Json.createArrayBuilder().add(Json.createObjectBuilder().add("index", 0)
                        .add("message", Json.createObjectBuilder().add("role", "assistant").add("content", content))
                        .add("finish_reason", "stop")))
                .add("usage", Json.createObjectBuilder().add("prompt_tokens", 10).add("completion_tokens", 10)
                        .add("total_tokens", 20))
                .build().toString());
    }

    /** {@code POST /v1/messages}, as Anthropic documents it. */
    static FakeModelApi anthropic(String model) {
        return new FakeModelApi("/v1/messages", text -> Json.createObjectBuilder()
                .add("id", "msg_01XFDUDYJgAACzvnptvVoYEL").add("type", "message").add("role", "assistant")
                .add("model", model)
                .add("content", Json.createArrayBuilder().add(Json.createObjectBuilder().add("type", "text")
                        .add("text", text)))
                .add("stop_reason", "end_turn").addNull("stop_sequence")
                .add("usage", Json.createObjectBuilder().add("input_tokens", 812).add("output_tokens", 240))
                .build().toString());
    }

    void start() {
        server.start();
    }

    void stop() {
        server.stop();
    }

    /** The base URL a model adapter is configured with. */
    String baseUrl() {
        return "http://127.0.0.1:" + server.port() + "/v1";
    }

    /** The first call is answered with {@code first}, every later one with {@code second}. */
    void answers(String first, String second) {
        server.stubFor(post(urlEqualTo(path)).inScenario("answers").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(answer.apply(first)))
                .willSetStateTo("asked once"));
        server.stubFor(post(urlEqualTo(path)).inScenario("answers").whenScenarioStateIs("asked once")
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(answer.apply(second))));
    }

    /** Every call is answered with {@code text}, {@code millis} late. */
    void answersLate(String text, int millis) {
        server.stubFor(post(urlEqualTo(path)).willReturn(aResponse().withFixedDelay(millis)
                .withHeader("Content-Type", "application/json").withBody(answer.apply(text))));
    }

    /** Every call is refused with {@code status} and the vendor's error {@code body}. */
    void refuses(int status, String body) {
        server.stubFor(post(urlEqualTo(path)).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json").withBody(body)));
    }

    void reset() {
        server.resetAll();
    }

    int asked() {
        return server.countRequestsMatching(postRequestedFor(urlEqualTo(path)).build()).getCount();
    }

    /** The first call the fake received. */
    Request firstRequest() {
        var events = server.getAllServeEvents();
        return events.get(events.size() - 1).getRequest();
    }
}
