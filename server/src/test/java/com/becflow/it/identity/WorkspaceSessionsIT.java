package com.becflow.it.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Workspace sessions against the run's server and Keycloak: a sign-in is asked for again and ends when Keycloak
 * stops vouching for it, and only a deliberate sign-out from our own page ends it otherwise.
 */
class WorkspaceSessionsIT {

    private static final String PASSWORD = "correct horse battery";

    @Test
    void signingInAsksForANonceAndOnlyAPostFromOurOwnPageSignsOut() {
        String email = newPerson(false);
        WorkspaceBrowser browser = new WorkspaceBrowser();
        URI authorize = browser.signIn(email, PASSWORD);
        assertThat(authorize.getQuery()).contains("nonce=", "code_challenge_method=S256");
        assertThat(browser.signedIn()).isTrue();

        HttpResponse<String> forged = browser.postForm("/sign-out", "signOutSecret=guessed");
        assertThat(forged.statusCode()).isEqualTo(403);
        HttpResponse<String> withoutSecret = browser.postForm("/sign-out", "");
        assertThat(withoutSecret.statusCode()).isEqualTo(403);
        assertThat(browser.signedIn()).as("a GET and forged posts leave the sign-in alone").isTrue();

        HttpResponse<String> signedOut = browser.postForm("/sign-out", "signOutSecret="
                + WorkspaceBrowser.encode(browser.signOutSecret()));
        assertThat(signedOut.statusCode()).isEqualTo(302);
        assertThat(signedOut.headers().firstValue("Location").orElseThrow())
                .contains("/protocol/openid-connect/logout?", "id_token_hint=");
        assertThat(browser.signedIn()).isFalse();
    }

    @Test
    void keycloaksBackChannelLogoutEndsTheWorkspaceSessionAtOnce() {
        String email = newPerson(false);
        WorkspaceBrowser browser = new WorkspaceBrowser();
        browser.signIn(email, PASSWORD);
        assertThat(browser.signedIn()).isTrue();

        KeycloakAdmin.endSessions(KeycloakAdmin.userIdOf(email));

        // Long before the next proof is due (a minute): only the logout token Keycloak posted can have ended it.
        assertThat(browser.signedIn()).isFalse();
    }

    @Test
    void aDisabledOperatorIsSignedOutAtTheNextOperatorPage() {
        String email = newPerson(true);
        WorkspaceBrowser browser = new WorkspaceBrowser();
        browser.signIn(email, PASSWORD);
        assertThat(browser.page("/operator/tenants").statusCode()).isEqualTo(200);

        KeycloakAdmin.disable(KeycloakAdmin.userIdOf(email));

        HttpResponse<String> next = browser.page("/operator/tenants");
        assertThat(next.statusCode()).isEqualTo(302);
        assertThat(next.headers().firstValue("Location").orElseThrow()).endsWith("/sign-in");
        assertThat(browser.signedIn()).isFalse();
    }

    @Test
    void anOperatorWhoseRoleWasTakenNoLongerReachesOperatorPages() {
        String email = newPerson(true);
        WorkspaceBrowser browser = new WorkspaceBrowser();
        browser.signIn(email, PASSWORD);
        assertThat(browser.page("/operator/tenants").statusCode()).isEqualTo(200);

        KeycloakAdmin.takeRole(KeycloakAdmin.userIdOf(email), "operator");

        HttpResponse<String> next = browser.page("/operator/tenants");
        assertThat(next.statusCode()).isEqualTo(302);
        assertThat(next.headers().firstValue("Location").orElseThrow()).endsWith("/unavailable");
        assertThat(browser.signedIn()).as("still signed in, without the role").isTrue();
    }

    private static String newPerson(boolean operator) {
        String email = (operator ? "operator-" : "person-") + UUID.randomUUID() + "@it.becflow.test";
        KeycloakAdmin.createUser(email, PASSWORD, operator);
        return email;
    }
}
