package com.becflow.workspace.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Before any workspace request runs, its sign-in is proven again when the {@link SessionPolicy} says so, or
 * ended. Pages under {@code /operator} are role-sensitive: loading one always asks the identity provider first.
 * The API (bearer tokens), the portal (its links) and the sign-in flow itself carry no workspace sign-in.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SessionProofFilter extends HttpFilter {

    @Inject
    WorkspaceSessions sessions;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (session == null || !carriesWorkspaceSignIn(path)) {
            chain.doFilter(request, response);
            return;
        }
        boolean hadSignIn = CurrentUser.signInOf(session).isPresent();
        boolean pageLoad = isPageLoad(request);
        boolean roleSensitive = pageLoad && (path.equals("/operator") || path.startsWith("/operator/"));
        if (!hadSignIn) {
            chain.doFilter(request, response);
            return;
        }
        Duration trustedFor = roleSensitive ? Duration.ZERO : ChronoUnit.FOREVER.getDuration();
        Optional<WorkspaceSession> signIn = sessions.current(session, trustedFor);
        if (pageLoad && signIn.isEmpty()) {
            response.sendRedirect(request.getContextPath() + "/sign-in");
            return;
        }
        if (roleSensitive && !signIn.get().user().isOperator()) {
            // Decided before Vaadin renders anything: the role was just asked for, and is gone.
            response.sendRedirect(request.getContextPath() + "/unavailable");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean carriesWorkspaceSignIn(String path) {
        return !(path.startsWith("/api/") || path.startsWith("/portal") || path.startsWith("/sign-in")
                || path.startsWith("/sign-out") || path.startsWith("/VAADIN/") || path.equals("/health")
                || path.startsWith("/openapi"));
    }

    /** A browser opening a page, as opposed to Vaadin's own requests behind a page already open. */
    private static boolean isPageLoad(HttpServletRequest request) {
        return "GET".equals(request.getMethod()) && request.getParameter("v-r") == null;
    }
}
