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
 * @param emailVerified whether the identity provider saw the bearer prove that the address is theirs
 * @param name      the full name; empty when the client was not granted the {@code profile} scope
 * @param roles     realm roles ({@code realm_access.roles})
 * @param expiresAt when the token stops being valid ({@code exp}, without leeway)
 * @param sessionId the identity provider's sign-in session ({@code sid}), which a back-channel logout names
 * @param nonce     what the sign-in request asked an ID token to carry back
 */
public record VerifiedToken(String subject, Optional<TenantId> tenant, Optional<String> email,
                            boolean emailVerified, Optional<String> name, Set<String> roles, Instant expiresAt,
                            Optional<String> sessionId, Optional<String> nonce) {

    public VerifiedToken {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(name, "name");
        roles = Set.copyOf(roles);
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(nonce, "nonce");
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}
