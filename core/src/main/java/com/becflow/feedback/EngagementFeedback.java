package com.becflow.feedback;

import com.becflow.clients.ClientId;
import com.becflow.contracts.ContractId;
import com.becflow.shared.error.DomainException;
import com.becflow.shared.error.ErrorCode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A client's feedback on one engagement (a signed contract whose invoices are all paid): asked once, answered once
 * with a rating of the work and one of the billing, from 1 to {@value #BEST}, and an optional comment.
 */
public final class EngagementFeedback {

    public static final int BEST = 5;
    public static final int COMMENT_LENGTH = 2000;

    /** The client's answer. */
    public record Answer(int work, int billing, String comment, Instant at) {
    }

    private final ContractId contractId;
    private final ClientId clientId;
    private final Instant requestedAt;
    private Answer answer;

    private EngagementFeedback(ContractId contractId, ClientId clientId, Instant requestedAt, Answer answer) {
        this.contractId = Objects.requireNonNull(contractId, "contractId");
        this.clientId = Objects.requireNonNull(clientId, "clientId");
        this.requestedAt = Objects.requireNonNull(requestedAt, "requestedAt");
        this.answer = answer;
    }

    public static EngagementFeedback requested(ContractId contract, ClientId client, Instant at) {
        return new EngagementFeedback(contract, client, at, null);
    }

    public static EngagementFeedback restore(ContractId contract, ClientId client, Instant requestedAt, Answer answer) {
        return new EngagementFeedback(contract, client, requestedAt, answer);
    }

    /** The client's ratings (each 1 to 5) and comment; answered once. */
    public void answer(Integer work, Integer billing, String comment, Instant at) {
        if (answer != null) {
            throw new FeedbackAnswered();
        }
        Map<String, String> problems = new LinkedHashMap<>();
        if (work == null || work < 1 || work > BEST) {
            problems.put("workRating", "Rate the work from 1 to " + BEST);
        }
        if (billing == null || billing < 1 || billing > BEST) {
            problems.put("billingRating", "Rate the billing from 1 to " + BEST);
        }
        String said = comment == null || comment.isBlank() ? null : comment.strip();
        if (said != null && said.length() > COMMENT_LENGTH) {
            problems.put("comment", "At most " + COMMENT_LENGTH + " characters");
        }
        if (!problems.isEmpty()) {
            throw new InvalidFeedback(problems);
        }
        answer = new Answer(work, billing, said, at);
    }

    public ContractId contractId() {
        return contractId;
    }

    public ClientId clientId() {
        return clientId;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public Optional<Answer> answer() {
        return Optional.ofNullable(answer);
    }

    /** Ratings out of range or a comment too long; nothing was kept. */
    public static class InvalidFeedback extends DomainException {
        public InvalidFeedback(Map<String, String> fieldErrors) {
            super(ErrorCode.badRequest("feedback.invalid"), "Invalid feedback: " + fieldErrors.keySet(), fieldErrors);
        }
    }

    /** The client answered this engagement's feedback already. */
    public static class FeedbackAnswered extends DomainException {
        public FeedbackAnswered() {
            super(ErrorCode.conflict("feedback.answered"), "Thank you: your feedback on this engagement is in already");
        }
    }
}
