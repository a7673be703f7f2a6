package com.becflow.api.security;

import com.becflow.api.problem.Problem;
import com.becflow.integrations.identity.InvalidToken;
import com.becflow.integrations.identity.OidcTokenVerifier;
import com.becflow.integrations.identity.VerifiedToken;
import com.becflow.shared.tenant.UserId;
import com.becflow.tenancy.TenantNotServed;
import com.becflow.tenancy.app.TenantRegistry;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Logger;

/**
 * Every API call is authenticated here, before any resource runs: a valid bearer token, then a tenant
 * from its {@code tenant_id} claim that exists and is not suspended. There is no anonymous path and no
 * default tenant. Operators' endpoints instead need the operator role.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class BearerTokenFilter implements ContainerRequestFilter {

    private static final Logger LOG = Logger.getLogger(BearerTokenFilter.class.getName());
    public static final String OPERATOR_ROLE = "operator";

    @Inject
    @Named("accessTokens")
    OidcTokenVerifier verifier;

    @Inject
    TenantRegistry registry;

    @Inject
    ApiCaller caller;

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        if (resource != null && resource.getResourceClass() != null
                && resource.getResourceClass().isAnnotationPresent(PublicEndpoint.class)) {
            return;
        }
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7) || header.length() <= 7) {
            abort(request, unauthorized("A bearer token is required"));
            return;
        }
        VerifiedToken token;
        try {
            token = verifier.verify(header.substring(7).trim());
        } catch (InvalidToken e) {
            LOG.fine(() -> "Rejected bearer token: " + e.getMessage());
            abort(request, unauthorized("The bearer token is not valid"));
            return;
        }
        if (isOperatorEndpoint()) {
            if (!token.hasRole(OPERATOR_ROLE)) {
                abort(request, Problem.of(403, "operator-only", "Forbidden", "This endpoint is for platform operators"));
                return;
            }
            caller.authenticated(token, null);
            return;
        }
        if (token.tenant().isEmpty()) {
            abort(request, unauthorized("The token names no tenant"));
            return;
        }
        try {
            caller.authenticated(token, registry.enter(token.tenant().get(), new UserId(token.subject())));
            if (token.emailVerified() && token.email().isPresent()) {
                registry.confirmOwnerEmail(token.tenant().get(), token.email().get());
            }
        } catch (TenantNotServed e) {
            abort(request, Problem.of(403, e.code().key(), "Forbidden", e.getMessage()));
        }
    }

    private boolean isOperatorEndpoint() {
        return resource != null && resource.getResourceClass() != null
                && resource.getResourceClass().isAnnotationPresent(OperatorOnly.class);
    }

    private static Response unauthorized(String detail) {
        return Response.fromResponse(Problem.of(401, "unauthorized", "Unauthorized", detail))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"becflow\"")
                .build();
    }

    private static void abort(ContainerRequestContext request, Response response) {
        request.abortWith(response);
    }
}
