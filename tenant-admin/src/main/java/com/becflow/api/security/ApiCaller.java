package com.becflow.api.security;

import com.becflow.integrations.identity.VerifiedToken;
import com.becflow.shared.tenant.TenantContext;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/** Who called the API in this request, as the bearer token proved; set once by {@link BearerTokenFilter}. */
@RequestScoped
public class ApiCaller {

    private VerifiedToken token;
    private TenantContext tenant;

    void authenticated(VerifiedToken token, TenantContext tenant) {
        this.token = token;
        this.tenant = tenant;
    }

    /** The tenant this request acts for; resources behind the filter always have one. */
    public TenantContext tenant() {
        if (tenant == null) {
            throw new IllegalStateException("No tenant was resolved for this request");
        }
        return tenant;
    }

    public Optional<VerifiedToken> token() {
        return Optional.ofNullable(token);
    }
}
