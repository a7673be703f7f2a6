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
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Starts the authorization-code flow with PKCE and a nonce: the browser goes to Keycloak's login page. The state
 * ties the answer to this browser, the verifier the code to this request, the nonce the ID token to this sign-in.
 */
@WebServlet("/sign-in")
public class SignInServlet extends HttpServlet {

    static final String STATE = "becflow.oidc.state";
    static final String VERIFIER = "becflow.oidc.verifier";
    static final String NONCE = "becflow.oidc.nonce";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    OidcEndpoints endpoints;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(true);
        String state = randomToken();
        String verifier = randomToken();
        session.setAttribute(STATE, state);
        String nonce = randomToken();
        session.setAttribute(VERIFIER, verifier);
        session.setAttribute(NONCE, nonce);
        response.setHeader("Cache-Control", "no-store");
        response.sendRedirect(endpoints.authorize(state, challenge(verifier), nonce, request.getParameter("login_hint")));
    }

    private static String randomToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
