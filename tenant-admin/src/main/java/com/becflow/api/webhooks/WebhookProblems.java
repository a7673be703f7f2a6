package com.becflow.api.webhooks;

import jakarta.json.spi.JsonProvider;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** A webhook servlet's refusal as application/problem+json, in the API's own shape. */
final class WebhookProblems {

    // Looked up once: JsonProvider.provider(), behind every Json.create..., scans the class path each call.
    private static final JsonProvider JSON = JsonProvider.provider();

    private WebhookProblems() {
    }

    static void write(HttpServletResponse response, int status, String code, String title, String detail)
            throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.getWriter().write(JSON.createObjectBuilder().add("type", "https://becflow.com/problems/" + code)
                .add("title", title).add("status", status).add("code", code).add("detail", detail).build().toString());
    }
}
