package com.becflow.contracts;

import com.becflow.shared.documents.Sha256;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One entry of a contract's evidence log. Entries are only ever appended (the table refuses updates and
 * deletes) and each one's hash covers its own fields and the previous entry's hash, so removing, reordering
 * or altering any entry breaks every hash after it.
 */
@Entity
@Table(name = "contract_event")
public class ContractEvent {

    public static final String GENESIS = "0".repeat(64);

    @Id
    private UUID id;

    @Column(name = "contract_id", nullable = false)
    private UUID contractId;

    @Column(nullable = false)
    private int seq;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ContractEventType type;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false)
    private String actor;

    @Column(nullable = false)
    private String detail;

    @Column(name = "previous_hash", nullable = false, length = 64)
    private String previousHash;

    @Column(nullable = false, length = 64)
    private String hash;

    protected ContractEvent() {
    }

    /** The entry that follows {@code previous} (null for a contract's first entry). */
    public static ContractEvent after(ContractEvent previous, ContractId contract, ContractEventType type,
                                      Instant at, String actor, String detail) {
        ContractEvent event = new ContractEvent();
        event.id = UUID.randomUUID();
        event.contractId = contract.value();
        event.seq = previous == null ? 1 : previous.seq + 1;
        event.type = type;
        // Stored as timestamptz, which keeps microseconds: hash what the database will give back.
        event.occurredAt = at.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        event.actor = actor;
        event.detail = detail == null ? "" : detail;
        event.previousHash = previous == null ? GENESIS : previous.hash;
        event.hash = event.computeHash();
        return event;
    }

    String computeHash() {
        // Each field is prefixed with its length, so no text can move from one field into the next unnoticed.
        StringBuilder fields = new StringBuilder();
        for (String field : new String[] {contractId.toString(), Integer.toString(seq), type.name(),
                occurredAt.toString(), actor, detail, previousHash}) {
            fields.append(field.length()).append(':').append(field).append(';');
        }
        return Sha256.hex(fields.toString());
    }

    /** The first entry of a log (ordered by seq) that does not follow from the one before, if any. */
    public static Optional<Integer> firstBroken(List<ContractEvent> log) {
        String previous = GENESIS;
        int expectedSeq = 1;
        for (ContractEvent event : log) {
            if (event.seq != expectedSeq || !event.previousHash.equals(previous) || !event.hash.equals(event.computeHash())) {
                return Optional.of(event.seq);
            }
            previous = event.hash;
            expectedSeq++;
        }
        return Optional.empty();
    }

    public ContractId contractId() { return new ContractId(contractId); }
    public int seq() { return seq; }
    public ContractEventType type() { return type; }
    public Instant occurredAt() { return occurredAt; }
    public String actor() { return actor; }
    public String detail() { return detail; }
    public String previousHash() { return previousHash; }
    public String hash() { return hash; }
}
