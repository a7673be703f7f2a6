package com.becflow.api.problem;

import com.becflow.shared.limits.RateLimited;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/** An RFC 9457 problem: what every error of the API looks like. */
public final class Problem {

    // Looked up once: JsonProvider.provider(), behind every Json.create..., scans the class path each call.
    private static final JsonProvider JSON = JsonProvider.provider();

    public static final MediaType PROBLEM_JSON = new MediaType("application", "problem+json");

    private Problem() {
    }

    public static Response of(int status, String code, String title, String detail) {
        return of(status, code, title, detail, Map.of());
    }

    public static Response of(int status, String code, String title, String detail, Map<String, String> fieldErrors) {
        JsonObjectBuilder body = JSON.createObjectBuilder()
                .add("type", "https://becflow.com/problems/" + code)
                .add("title", title)
                .add("status", status)
                .add("code", code);
        if (detail != null) {
            body.add("detail", detail);
        }
        if (!fieldErrors.isEmpty()) {
            JsonArrayBuilder errors = JSON.createArrayBuilder();
            fieldErrors.forEach((field, message) -> errors.add(JSON.createObjectBuilder()
                    .add("field", field).add("message", message)));
            body.add("errors", errors);
        }
        return Response.status(status).type(PROBLEM_JSON).entity(body.build().toString()).build();
    }

    /** A rate limit's refusal: 429 with the limit's code, and Retry-After in whole seconds. */
    public static Response tooManyRequests(RateLimited e) {
        return Response.fromResponse(of(429, e.code().key(), titleFor(429), e.getMessage()))
                .header("Retry-After", String.valueOf(e.retryAfterSeconds())).build();
    }

    static String titleFor(int status) {
        return switch (status) {
            case 400 -> "Bad request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not found";
            case 405 -> "Method not allowed";
            case 406 -> "Not acceptable";
            case 409 -> "Conflict";
            case 415 -> "Unsupported media type";
            case 429 -> "Too many requests";
            default -> status >= 500 ? "Internal error" : "Request refused";
        };
    }
}
