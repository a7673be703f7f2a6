package com.becflow.workspace.security;

import com.becflow.integrations.identity.VerifiedToken;
import com.becflow.shared.tenant.TenantId;
import com.becflow.shared.tenant.UserId;
import java.io.Serializable;
import java.util.Optional;
import java.util.Set;

/** The person signed in to the workspace, as the identity provider's latest tokens for the session prove. */
public record SignedInUser(String subject, String tenantId, String email, boolean emailVerified, String name,
                           Set<String> roles) implements Serializable {

    static SignedInUser from(VerifiedToken token) {
        return new SignedInUser(token.subject(), token.tenant().map(TenantId::toString).orElse(null),
                token.email().orElse(null), token.emailVerified(), token.name().orElse(token.email().orElse("")),
                Set.copyOf(token.roles()));
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
