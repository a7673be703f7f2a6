package com.becflow.assistant.app;

/**
 * An assistant adapter could not give a usable answer: its message says why without quoting the brief or the
 * answer. Unreadable output is worth one more try; a timeout or an unreachable model is not.
 */
public class AssistantFailed extends RuntimeException {

    private final boolean retryable;

    public AssistantFailed(String why, boolean retryable) {
        super(why);
        this.retryable = retryable;
    }

    public boolean retryable() {
        return retryable;
    }
}
