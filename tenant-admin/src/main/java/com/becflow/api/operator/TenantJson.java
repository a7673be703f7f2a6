package com.becflow.api.operator;

import com.becflow.tenancy.Tenant;
import java.time.Instant;

public record TenantJson(String id, String slug, String displayName, String status, Instant trialEndsAt,
                         String timeZone, String homeCurrency, String ownerEmail, boolean ownerEmailVerified,
                         Instant createdAt) {

    public static TenantJson from(Tenant t) {
        return new TenantJson(t.id().toString(), t.slug().value(), t.displayName(), t.status().name(), t.trialEndsAt(),
                t.zone().getId(), t.homeCurrency().getCurrencyCode(), t.ownerEmail(), t.ownerEmailVerified(),
                t.createdAt());
    }
}
