package com.becflow.integrations.identity;

import com.becflow.shared.tenant.TenantId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a token whose signature, issuer, lifetime and audience were checked says about its bearer.
 *
 * @param subject   Keycloak's user id ({@code sub})
 * @param tenant    the freelancer's tenant; empty for people who belong to no tenant, such as operators
 * @param email     empty when the client was not granted the {@code email} scope (service accounts)
 * @param name      the full name; empty when the client was not granted the {@code profile} scope
 * @param roles     realm roles ({@code realm_access.roles})
 * @param expiresAt when the token stops being valid ({@code exp}, without leeway)
 */
public record VerifiedToken(String subject, Optional<TenantId> tenant, Optional<String> email,
                            Optional<String> name, Set<String> roles, Instant expiresAt) {

    public VerifiedToken {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(name, "name");
        roles = Set.copyOf(roles);
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}
