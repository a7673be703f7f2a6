package com.becflow.workspace.security;

import com.becflow.integrations.config.IdentityConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Keycloak's OIDC endpoints for the workspace client; all derived from the configured issuer. */
@ApplicationScoped
public class OidcEndpoints {

    public static final String CALLBACK_PATH = "/sign-in/callback";

    @Inject
    IdentityConfiguration identity;

    String authorize(String state, String codeChallenge, String nonce, String loginHint) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("response_type", "code");
        query.put("client_id", identity.clientId());
        query.put("redirect_uri", callbackUrl());
        query.put("scope", "openid email profile");
        query.put("state", state);
        query.put("nonce", nonce);
        query.put("code_challenge", codeChallenge);
        query.put("code_challenge_method", "S256");
        if (loginHint != null && !loginHint.isBlank()) {
            query.put("login_hint", loginHint);
        }
        return identity.issuer() + "/protocol/openid-connect/auth?" + form(query);
    }

    String token() {
        return identity.issuer() + "/protocol/openid-connect/token";
    }

    String signOut(String idToken) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("client_id", identity.clientId());
        query.put("post_logout_redirect_uri", identity.publicUrl() + "/");
        if (idToken != null) {
            query.put("id_token_hint", idToken);
        }
        return identity.issuer() + "/protocol/openid-connect/logout?" + form(query);
    }

    /** Where the identity provider posts logout tokens (registered on the client as its back-channel logout URL). */
    public static final String BACKCHANNEL_LOGOUT_PATH = "/sign-out/backchannel";

    String callbackUrl() {
        return identity.publicUrl() + CALLBACK_PATH;
    }

    static String form(Map<String, String> values) {
        return values.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
