package com.becflow.api.problem;

import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;

/** Says in one sentence why a request body could not be read, without echoing the body. */
final class BodyErrors {

    private static final java.util.regex.Pattern UNKNOWN_PROPERTY =
            java.util.regex.Pattern.compile("Json property (\\S+) can not be mapped");

    private BodyErrors() {
    }

    static String describe(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JsonParsingException) {
                return "The body is not valid JSON";
            }
            if (t instanceof JsonbException && t.getMessage() != null) {
                String message = t.getMessage();
                java.util.regex.Matcher unknown = UNKNOWN_PROPERTY.matcher(message);
                if (unknown.find()) {
                    return "The body has a field this endpoint does not know: " + unknown.group(1);
                }
                if (message.contains("Invalid token") || message.contains("Unexpected char")
                        || message.contains("Unexpected end")) {
                    return "The body is not valid JSON";
                }
                return "The body does not match the expected shape: " + firstLine(message);
            }
        }
        return "The request could not be read";
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        String line = newline < 0 ? message : message.substring(0, newline);
        return line.length() > 300 ? line.substring(0, 300) : line;
    }
}
