package com.becflow.contracts.app;

import java.util.Map;
import java.util.Optional;

/**
 * The result of re-checking a contract's evidence: the event chain, the stored documents and every stored PDF
 * against the hashes recorded when they were made.
 */
public record ContractIntegrity(Optional<Integer> firstBrokenEvent, boolean documentsIntact,
                                Map<String, Boolean> filesIntact) {

    public boolean intact() {
        return firstBrokenEvent.isEmpty() && documentsIntact && filesIntact.values().stream().allMatch(b -> b);
    }
}
