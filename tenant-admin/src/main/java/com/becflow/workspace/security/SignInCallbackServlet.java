package com.becflow.workspace.security;

import com.becflow.integrations.config.IdentityConfiguration;
import com.becflow.integrations.identity.OidcTokenVerifier;
import com.becflow.integrations.identity.VerifiedToken;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.spi.JsonProvider;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Keycloak sends the browser back here with a code. The code is exchanged over the back channel with the
 * client secret and the PKCE verifier; the access token is verified like any API token, and only then
 * does the session know the user. The session id changes at that moment (no fixation).
 */
@WebServlet(OidcEndpoints.CALLBACK_PATH)
public class SignInCallbackServlet extends HttpServlet {

    // Looked up once: JsonProvider.provider(), behind every Json.create..., scans the class path each call.
    private static final JsonProvider JSON = JsonProvider.provider();

    private static final Logger LOG = Logger.getLogger(SignInCallbackServlet.class.getName());

    @Inject
    OidcEndpoints endpoints;

    @Inject
    IdentityConfiguration identity;

    @Inject
    @Named("accessTokens")
    OidcTokenVerifier verifier;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        String state = session == null ? null : (String) session.getAttribute(SignInServlet.STATE);
        String codeVerifier = session == null ? null : (String) session.getAttribute(SignInServlet.VERIFIER);
        String code = request.getParameter("code");
        if (state == null || codeVerifier == null || code == null
                || !constantTimeEquals(state, request.getParameter("state"))) {
            response.sendRedirect(request.getContextPath() + "/?signin=expired");
            return;
        }
        session.removeAttribute(SignInServlet.STATE);
        session.removeAttribute(SignInServlet.VERIFIER);
        JsonObject tokens;
        VerifiedToken token;
        try {
            tokens = exchange(code, codeVerifier);
            token = verifier.verify(tokens.getString("access_token"));
        } catch (IOException | RuntimeException e) {
            LOG.warning(() -> "Sign-in failed: " + e.getMessage());
            response.sendRedirect(request.getContextPath() + "/?signin=failed");
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            response.sendError(503);
            return;
        }
        request.changeSessionId();
        SignedInUser user = SignedInUser.from(token, tokens.getString("id_token", null));
        session.setAttribute(SignedInUser.SESSION_KEY, user);
        String landing = user.tenant().isPresent() ? "/clients" : user.isOperator() ? "/operator/tenants" : "/";
        response.sendRedirect(request.getContextPath() + landing);
    }

    private JsonObject exchange(String code, String codeVerifier) throws IOException, InterruptedException {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "authorization_code");
        form.put("code", code);
        form.put("redirect_uri", endpoints.callbackUrl());
        form.put("code_verifier", codeVerifier);
        String basic = Base64.getEncoder().encodeToString(
                (identity.clientId() + ":" + identity.clientSecret()).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(endpoints.token()))
                .timeout(Duration.ofSeconds(15))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Authorization", "Basic " + basic)
                .POST(HttpRequest.BodyPublishers.ofString(OidcEndpoints.form(form)))
                .build();
        HttpResponse<String> response = identity.http().send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("token endpoint answered " + response.statusCode());
        }
        try (JsonReader reader = JSON.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    private static boolean constantTimeEquals(String expected, String actual) {
        return actual != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                actual.getBytes(StandardCharsets.UTF_8));
    }
}
