package com.becflow.integrations.identity;

import com.becflow.shared.tenant.TenantId;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/** Reading claims of a signed token strictly: a claim of the wrong type makes the token invalid, never empty. */
final class TokenClaims {

    private TokenClaims() {
    }

    static void requireAudience(JsonObject claims, String expected) {
        JsonValue aud = claims.get("aud");
        boolean named = false;
        if (aud instanceof JsonString single) {
            named = expected.equals(single.getString());
        } else if (aud instanceof JsonArray many) {
            named = many.stream().anyMatch(v -> v instanceof JsonString s && expected.equals(s.getString()));
        }
        if (!named && !expected.equals(optionalString(claims, "azp").orElse(null))) {
            throw new InvalidToken("token is not meant for " + expected);
        }
    }

    /**
     * Becflow writes tenant ids in canonical form and the realm refuses any other, so anything else (even an
     * upper-case spelling that would parse) did not come from Becflow. It must not fall back to "no tenant".
     */
    static Optional<TenantId> tenantOf(JsonObject claims) {
        Optional<String> text = optionalString(claims, "tenant_id");
        if (text.isEmpty()) {
            return Optional.empty();
        }
        TenantId tenant;
        try {
            tenant = TenantId.parse(text.get());
        } catch (IllegalArgumentException malformed) {
            throw new InvalidToken("tenant_id claim is not a tenant id", malformed);
        }
        if (!tenant.toString().equals(text.get())) {
            throw new InvalidToken("tenant_id claim is not in canonical form");
        }
        return Optional.of(tenant);
    }

    static Set<String> realmRoles(JsonObject claims) {
        JsonValue realmAccess = claims.get("realm_access");
        if (realmAccess == null || realmAccess.getValueType() == JsonValue.ValueType.NULL) {
            return Set.of();
        }
        if (!(realmAccess instanceof JsonObject access)) {
            throw new InvalidToken("realm_access claim is not an object");
        }
        JsonValue roles = access.get("roles");
        if (roles == null) {
            return Set.of();
        }
        if (!(roles instanceof JsonArray list)) {
            throw new InvalidToken("realm_access.roles is not an array");
        }
        Set<String> names = new HashSet<>();
        for (JsonValue role : list) {
            if (!(role instanceof JsonString name)) {
                throw new InvalidToken("realm_access.roles holds a non-string");
            }
            names.add(name.getString());
        }
        return names;
    }

    /** Absent or null is empty; any other type than a string makes the token invalid, never silently empty. */
    static Optional<String> optionalString(JsonObject object, String name) {
        JsonValue value = object.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return Optional.empty();
        }
        if (!(value instanceof JsonString text)) {
            throw new InvalidToken(name + " is not a string");
        }
        return Optional.of(text.getString());
    }

    static Optional<Instant> optionalInstant(JsonObject object, String name) {
        JsonValue value = object.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return Optional.empty();
        }
        if (!(value instanceof JsonNumber seconds)) {
            throw new InvalidToken(name + " is not a number");
        }
        try {
            return Optional.of(Instant.ofEpochSecond(seconds.longValueExact()));
        } catch (ArithmeticException | java.time.DateTimeException notWholeSeconds) {
            throw new InvalidToken(name + " is not a time in whole seconds", notWholeSeconds);
        }
    }

    /** Absent or null is empty; any other type than a boolean makes the token invalid. */
    static Optional<Boolean> optionalBoolean(JsonObject object, String name) {
        JsonValue value = object.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return Optional.empty();
        }
        if (value.getValueType() != JsonValue.ValueType.TRUE && value.getValueType() != JsonValue.ValueType.FALSE) {
            throw new InvalidToken(name + " is not a boolean");
        }
        return Optional.of(value.getValueType() == JsonValue.ValueType.TRUE);
    }
}
