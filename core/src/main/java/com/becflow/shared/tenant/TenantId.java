package com.becflow.shared.tenant;

import java.util.Objects;
import java.util.UUID;

/** Identity of a tenant (one freelancer's business). Also names the tenant's PostgreSQL schema. */
public record TenantId(UUID value) {

    public TenantId {
        Objects.requireNonNull(value, "tenant id");
    }

    public static TenantId newId() {
        return new TenantId(UUID.randomUUID());
    }

    /** Parses a tenant id from its canonical text form; anything else is rejected, never guessed. */
    public static TenantId parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("tenant id is empty");
        }
        UUID uuid = UUID.fromString(text.trim());
        if (!uuid.toString().equals(text.trim().toLowerCase())) {
            throw new IllegalArgumentException("tenant id is not canonical: " + text);
        }
        return new TenantId(uuid);
    }

    /** The PostgreSQL schema holding this tenant's data: fixed-length, lower-case, never user input. */
    public String schemaName() {
        return "tenant_" + value.toString().replace("-", "");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
