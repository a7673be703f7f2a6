package com.becflow.portal.api;

import com.becflow.api.problem.Problem;
import com.becflow.portal.PortalLimits;
import com.becflow.shared.limits.RateLimited;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.PathSegment;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Set;

/**
 * Every portal API request counts against the portal's limits before anything else looks at it (before matching, so
 * requests for no endpoint count too): per client address, and per link when its path names one
 * ({@code contracts/<token>/...}, {@code invoices/<token>/...}). A refusal is a 429 problem with Retry-After.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class PortalRateLimitFilter implements ContainerRequestFilter {

    @Inject
    PortalLimits limits;

    private static final Set<String> LINKED = Set.of("contracts", "invoices", "home", "sign-in", "feedback");

    @Context
    HttpServletRequest request;

    @Override
    public void filter(ContainerRequestContext context) {
        try {
            limits.check(request, linkToken(context.getUriInfo().getPathSegments()));
        } catch (RateLimited e) {
            context.abortWith(Problem.tooManyRequests(e));
        }
    }

    /** The link a path names: its second segment under a resource behind a link; null for any other. */
    static String linkToken(List<PathSegment> path) {
        if (path.size() < 2) {
            return null;
        }
        String resource = path.get(0).getPath();
        return LINKED.contains(resource) ? path.get(1).getPath() : null;
    }
}
