package com.becflow.workspace.security;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.logging.Logger;

/**
 * Keycloak sends the browser back here with a code. The code is exchanged over the back channel with the
 * client secret and the PKCE verifier; the tokens are verified (the ID token must carry this sign-in's nonce), and
 * only then does the session know the user. The session id changes at that moment (no fixation).
 */
@WebServlet(OidcEndpoints.CALLBACK_PATH)
public class SignInCallbackServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(SignInCallbackServlet.class.getName());

    @Inject
    TokenEndpoint tokenEndpoint;

    @Inject
    WorkspaceSessions sessions;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        String state = session == null ? null : (String) session.getAttribute(SignInServlet.STATE);
        String codeVerifier = session == null ? null : (String) session.getAttribute(SignInServlet.VERIFIER);
        String nonce = session == null ? null : (String) session.getAttribute(SignInServlet.NONCE);
        String code = request.getParameter("code");
        if (state == null || codeVerifier == null || nonce == null || code == null
                || !constantTimeEquals(state, request.getParameter("state"))) {
            response.sendRedirect(request.getContextPath() + "/?signin=expired");
            return;
        }
        session.removeAttribute(SignInServlet.STATE);
        session.removeAttribute(SignInServlet.VERIFIER);
        session.removeAttribute(SignInServlet.NONCE);
        request.changeSessionId();
        WorkspaceSession signIn;
        try {
            signIn = sessions.start(session, tokenEndpoint.exchangeCode(code, codeVerifier), nonce);
        } catch (IOException | TokenEndpoint.GrantRefused | RuntimeException e) {
            LOG.warning(() -> "Sign-in failed: " + e.getMessage());
            response.sendRedirect(request.getContextPath() + "/?signin=failed");
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            response.sendError(503);
            return;
        }
        SignedInUser user = signIn.user();
        String landing = user.tenant().isPresent() ? "/dashboard" : user.isOperator() ? "/operator/tenants" : "/";
        response.sendRedirect(request.getContextPath() + landing);
    }

    private static boolean constantTimeEquals(String expected, String actual) {
        return actual != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                actual.getBytes(StandardCharsets.UTF_8));
    }
}
