package com.becflow.api.contracts;

import com.becflow.api.MoneyJson;
import com.becflow.contracts.Contract;
import com.becflow.contracts.ContractStatus;
import com.becflow.contracts.ContractTerms;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record ContractJson(@Schema(implementation = UUID.class, required = true) String id,
                           @Schema(implementation = UUID.class, required = true) String clientId,
                           @Schema(implementation = UUID.class) String templateId, String title, String projectName,
                           LocalDate startDate, LocalDate endDate, MoneyJson fee,
                           @Schema(description = "The contract's text (Markdown with merge fields)") String body,
                           ContractTerms terms, boolean countersignRequired, int validityDays,
                           @Schema(implementation = ContractStatus.class, required = true) String status, int revision,
                           @Schema(description = "The address the signing link went to") String sentTo,
                           Instant sentAt, Instant expiresAt, Instant viewedAt, Instant signedAt,
                           Instant countersignedAt, Instant declinedAt, String declineReason, Instant voidedAt,
                           Instant createdAt, Instant updatedAt) {

    static ContractJson from(Contract c, Instant now) {
        return new ContractJson(c.id().toString(), c.clientId().toString(),
                c.templateId().map(Object::toString).orElse(null), c.title(), c.projectName(), c.startDate(),
                c.endDate(), MoneyJson.from(c.fee()), c.body(), c.terms(), c.countersignRequired(), c.validityDays(),
                c.statusAt(now).name(), c.revision(), c.sentTo(), c.sentAt(), c.expiresAt(), c.viewedAt(),
                c.signedAt(), c.countersignedAt(), c.declinedAt(), c.declineReason(), c.voidedAt(), c.createdAt(),
                c.updatedAt());
    }
}
