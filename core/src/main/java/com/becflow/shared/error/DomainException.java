package com.becflow.shared.error;

import java.util.Map;

/** A rule of the domain refused a request; the message is for people, the code for programs. */
public abstract class DomainException extends RuntimeException {

    private final ErrorCode code;
    private final Map<String, String> fieldErrors;

    protected DomainException(ErrorCode code, String message) {
        this(code, message, Map.of());
    }

    protected DomainException(ErrorCode code, String message, Map<String, String> fieldErrors) {
        super(message);
        this.code = code;
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    public ErrorCode code() {
        return code;
    }

    /** Field name to message, for errors that belong to one input field. */
    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
