package com.becflow.workspace.security;

import com.becflow.integrations.identity.VerifiedToken;
import com.becflow.shared.tenant.TenantId;
import com.becflow.shared.tenant.UserId;
import java.io.Serializable;
import java.util.Optional;
import java.util.Set;

/** The person signed in to the workspace, as proven by the identity provider's tokens at sign-in. */
public record SignedInUser(String subject, String tenantId, String email, String name, Set<String> roles,
                           String idToken) implements Serializable {

    public static final String SESSION_KEY = SignedInUser.class.getName();

    static SignedInUser from(VerifiedToken token, String idToken) {
        return new SignedInUser(token.subject(), token.tenant().map(TenantId::toString).orElse(null),
                token.email().orElse(null), token.name().orElse(token.email().orElse("")), Set.copyOf(token.roles()),
                idToken);
    }

    public UserId userId() {
        return new UserId(subject);
    }

    public Optional<TenantId> tenant() {
        return Optional.ofNullable(tenantId).map(TenantId::parse);
    }

    public boolean isOperator() {
        return roles.contains("operator");
    }
}
