package com.becflow.contracts;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A gentle follow-up a client is owed on a contract awaiting them: one when it was sent and not opened after
 * {@link #NOT_OPENED_AFTER}, one when it was opened and not signed after {@link #NOT_SIGNED_AFTER}. Each goes once per
 * sending (read from the contract's log since it was sent), never once the offer ran out, and never after the client
 * signed, declined or the freelancer voided it.
 *
 * @param due when it falls due, before the client's business hours are applied
 */
public record ContractFollowUp(ContractId contract, ContractEventType kind, Instant due) {

    public static final Duration NOT_OPENED_AFTER = Duration.ofDays(3);
    public static final Duration NOT_SIGNED_AFTER = Duration.ofDays(5);

    /** The follow-up the contract is owed next, if any, given its log. */
    public static Optional<ContractFollowUp> next(Contract contract, List<ContractEvent> log, Instant now) {
        ContractStatus status = contract.statusAt(now);
        if (contract.sentAt() == null || !status.awaitsClient()) {
            return Optional.empty();
        }
        ContractEventType kind = status == ContractStatus.SENT ? ContractEventType.FOLLOW_UP_UNOPENED
                : ContractEventType.FOLLOW_UP_UNSIGNED;
        Instant due = status == ContractStatus.SENT ? dueAfterSending(contract.sentAt())
                : dueAfterOpening(contract.viewedAt());
        boolean done = log.stream().anyMatch(e -> e.type() == kind && !e.occurredAt().isBefore(contract.sentAt()));
        if (done || (contract.expiresAt() != null && !due.isBefore(contract.expiresAt()))) {
            return Optional.empty();
        }
        return Optional.of(new ContractFollowUp(contract.id(), kind, due));
    }

    /** When a contract sent at {@code sentAt} is followed up if it is not opened meanwhile: for the agenda. */
    public static Instant dueAfterSending(Instant sentAt) {
        return sentAt.plus(NOT_OPENED_AFTER);
    }

    /** When a contract opened at {@code viewedAt} is followed up if it is not signed meanwhile: for the agenda. */
    public static Instant dueAfterOpening(Instant viewedAt) {
        return viewedAt.plus(NOT_SIGNED_AFTER);
    }
}
