package com.becflow.shared.error;

/**
 * What went wrong, as the API and the UI report it: an HTTP status and a stable message key.
 * Every domain exception carries one, so a single mapper can write the problem for all of them.
 */
public record ErrorCode(int status, String key) implements java.io.Serializable {

    public static ErrorCode badRequest(String key) {
        return new ErrorCode(400, key);
    }

    public static ErrorCode notFound(String key) {
        return new ErrorCode(404, key);
    }

    public static ErrorCode conflict(String key) {
        return new ErrorCode(409, key);
    }

    public static ErrorCode forbidden(String key) {
        return new ErrorCode(403, key);
    }

    public static ErrorCode tooManyRequests(String key) {
        return new ErrorCode(429, key);
    }
}
