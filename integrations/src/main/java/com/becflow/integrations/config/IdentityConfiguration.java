package com.becflow.integrations.config;

import com.becflow.integrations.identity.KeycloakAccounts;
import com.becflow.integrations.identity.LogoutTokens;
import com.becflow.integrations.identity.OidcTokenVerifier;
import com.becflow.shared.time.WallClock;
import com.becflow.tenancy.FreelancerAccounts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The identity provider as configured: issuer, the workspace's client, and the client that creates accounts. */
@ApplicationScoped
public class IdentityConfiguration {

    public static final String API_AUDIENCE = "becflow-api";

    @Inject
    @ConfigProperty(name = "OIDC_ISSUER")
    String issuer;

    @Inject
    @ConfigProperty(name = "OIDC_CLIENT_ID", defaultValue = "becflow-workspace")
    String clientId;

    @Inject
    @ConfigProperty(name = "OIDC_CLIENT_SECRET")
    String clientSecret;

    @Inject
    @ConfigProperty(name = "OIDC_ADMIN_CLIENT_ID", defaultValue = "becflow-provisioner")
    String adminClientId;

    @Inject
    @ConfigProperty(name = "OIDC_ADMIN_CLIENT_SECRET")
    String adminClientSecret;

    @Inject
    @ConfigProperty(name = "BECFLOW_PUBLIC_URL")
    String publicUrl;

    /** The clock skew allowed between Keycloak and this server around a token's expiry. */
    @Inject
    @ConfigProperty(name = "BECFLOW_TOKEN_SKEW_SECONDS", defaultValue = "30")
    int tokenSkewSeconds;

    // Tokens carry Keycloak's timestamps, which keep real time however far the server's clock was moved.
    @Inject
    @WallClock
    Clock clock;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** Verifies access tokens meant for the REST API (and for the workspace, which uses the same tokens). */
    @Produces
    @Singleton
    @Named("accessTokens")
    OidcTokenVerifier accessTokens() {
        return new OidcTokenVerifier(issuer, http, clock).allowingSkew(Duration.ofSeconds(tokenSkewSeconds))
                .requiringAudience(API_AUDIENCE);
    }

    /** Verifies the ID tokens of workspace sign-ins: meant for the workspace client. */
    @Produces
    @Singleton
    @Named("idTokens")
    OidcTokenVerifier idTokens(@Named("accessTokens") OidcTokenVerifier accessTokens) {
        return accessTokens.requiringAudience(clientId);
    }

    /** Verifies the logout tokens the provider posts when a sign-in session ends there. */
    @Produces
    @Singleton
    LogoutTokens logoutTokens(@Named("accessTokens") OidcTokenVerifier accessTokens) {
        return new LogoutTokens(accessTokens.requiringAudience(clientId));
    }

    @Produces
    @ApplicationScoped
    FreelancerAccounts freelancerAccounts() {
        return new KeycloakAccounts(issuer, adminClientId, adminClientSecret, http, clientId,
                publicUrl() + "/sign-in");
    }

    public String issuer() {
        return issuer;
    }

    public String clientId() {
        return clientId;
    }

    public String clientSecret() {
        return clientSecret;
    }

    /** Becflow's own address as people's browsers reach it, without a trailing slash. */
    public String publicUrl() {
        return publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    public HttpClient http() {
        return http;
    }
}
