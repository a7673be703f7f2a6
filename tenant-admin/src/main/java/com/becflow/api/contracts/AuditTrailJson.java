package com.becflow.api.contracts;

import com.becflow.contracts.ContractEvent;
import com.becflow.contracts.ContractEventType;
import com.becflow.contracts.ContractSignature;
import com.becflow.contracts.SignerRole;
import com.becflow.contracts.app.ContractIntegrity;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Everything kept as evidence of a contract, and whether it still checks out. */
public record AuditTrailJson(@Schema(implementation = UUID.class, required = true) String contractId,
                             @Schema(description = "Whether every event's hash still chains to the one before") boolean intact, @Schema(description = "The first event whose hash does not check out") Integer firstBrokenEvent,
                             boolean documentsIntact,
                             @Schema(description = "Each stored file, by kind: whether its bytes still match its hash")
                             Map<String, Boolean> filesIntact, List<SignatureJson> signatures, List<EventJson> events) {

    public record EventJson(int seq, @Schema(implementation = ContractEventType.class, required = true) String type,
                            @Schema(required = true) Instant occurredAt, String actor, String detail, String previousHash,
                            String hash) {
    }

    public record SignatureJson(@Schema(implementation = SignerRole.class, required = true) String role, int revision, String signerName, String identityMethod, String ipAddress,
                                String userAgent, String consentVersion, String consentText, String documentSha256,
                                String signedPdfSha256, Instant signedAt) {
    }

    static AuditTrailJson of(String contractId, ContractIntegrity integrity, List<ContractSignature> signatures,
                             List<ContractEvent> events) {
        return new AuditTrailJson(contractId, integrity.intact(), integrity.firstBrokenEvent().orElse(null),
                integrity.documentsIntact(), integrity.filesIntact(),
                signatures.stream().map(s -> new SignatureJson(s.role().name(), s.revision(), s.signerName(),
                        s.identityMethod(), s.ipAddress(), s.userAgent(), s.consentVersion(), s.consentText(),
                        s.documentSha256(), s.signedPdfSha256(), s.signedAt())).toList(),
                events.stream().map(e -> new EventJson(e.seq(), e.type().name(), e.occurredAt(), e.actor(), e.detail(),
                        e.previousHash(), e.hash())).toList());
    }
}
