package com.becflow.api.operator;

import com.becflow.tenancy.Tenant;
import com.becflow.tenancy.TenantStatus;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Workspace", description = "A workspace (tenant)")
public record TenantJson(@Schema(implementation = UUID.class, required = true) String id,
                         @Schema(required = true) String slug, @Schema(required = true) String displayName,
                         @Schema(implementation = TenantStatus.class, required = true) String status,
                         Instant trialEndsAt, @Schema(required = true) String timeZone,
                         @Schema(required = true, description = "ISO 4217") String homeCurrency, String ownerEmail,
                         @Schema(required = true) boolean ownerEmailVerified,
                         @Schema(required = true) Instant createdAt) {

    public static TenantJson from(Tenant t) {
        return new TenantJson(t.id().toString(), t.slug().value(), t.displayName(), t.status().name(), t.trialEndsAt(),
                t.zone().getId(), t.homeCurrency().getCurrencyCode(), t.ownerEmail(), t.ownerEmailVerified(),
                t.createdAt());
    }
}
