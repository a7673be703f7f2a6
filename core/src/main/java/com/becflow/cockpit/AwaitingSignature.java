package com.becflow.cockpit;

import com.becflow.contracts.ContractId;
import java.time.Instant;

/** A contract sent to its client and neither signed, declined nor expired yet. */
public record AwaitingSignature(ContractId contract, String title, String clientName, Instant sentAt, long daysWaiting) {
}
