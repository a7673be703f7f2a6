package com.becflow.it.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.becflow.it.RunningServer;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A new freelancer signs up in Chromium, signs in on Keycloak's own page, lands in the workspace, adds a
 * client and sees it in the grid; then reads the welcome mail in the local mailbox.
 */
class SignUpJourneyE2EIT {

    @Test
    void aNewFreelancerSignsUpSignsInAndAddsAClient() {
        String base = RunningServer.baseUrl();
        String email = "journey-" + UUID.randomUUID() + "@it.becflow.test";
        String password = "correct horse battery";
        try (Browser browser = new Browser("signup-journey")) {
            WorkspacePages.StartPage start = WorkspacePages.StartPage.open(browser.page, base);
            browser.screenshot("start-page");

            WorkspacePages.SignUpPage signUp = start.startFreeTrial()
                    .fill("Grace Hopper Consulting", "Grace", "Hopper", email, "short");
            signUp.createExpectingErrors();
            assertThat(browser.page.locator("#password")).hasAttribute("invalid", "");
            assertThat(signUp.errorOn("password")).isEqualTo("Use 10 to 128 characters");
            browser.screenshot("sign-up-refuses-a-short-password");

            WorkspacePages.KeycloakSignInPage keycloak = signUp
                    .fill("Grace Hopper Consulting", "Grace", "Hopper", email, password).create();
            assertThat(browser.page.locator("#username")).hasValue(email);
            browser.screenshot("keycloak-sign-in");

            WorkspacePages.ClientsPage clients = keycloak.signIn(email, password);
            assertThat(clients.businessName()).isEqualTo("Grace Hopper Consulting");
            assertThat(clients.trialStatus()).isEqualTo("Free trial: 7 days left");
            browser.screenshot("workspace-after-sign-in");
            assertThat(clients.asksToVerifyEmail()).isTrue();
            assertThat(browser.page.locator("#verify-email-banner")).containsText(email);
            clients.verifyEmail(email);
            assertThat(browser.page.locator("#verify-email-banner")).isHidden();
            browser.screenshot("workspace-after-verifying-the-email");

            clients.addClientExpectingError("No Email Ltd", "");
            assertThat(browser.page.locator("#client-email")).hasAttribute("invalid", "");
            browser.screenshot("client-form-names-the-missing-email");
            browser.page.locator("#client-editor vaadin-button:has-text('Cancel')").click();

            clients.addClient("Ada Lovelace Analytics", "ada@analytics.test");
            assertThat(browser.page.locator("#client-grid")).containsText("ada@analytics.test");
            assertThat(browser.page.locator("#client-grid")).not().containsText("No Email Ltd");
            browser.screenshot("client-in-the-grid");

            browser.page.navigate(base + "/local/mailbox?to=" + email);
            assertThat(browser.page.locator("vaadin-grid")).containsText("Welcome to Becflow, Grace Hopper Consulting",
                    new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
            browser.screenshot("welcome-mail-in-the-local-mailbox");

            browser.page.navigate(base + "/clients");
            browser.page.locator("#sign-out button").click();
            assertThat(browser.page.locator("#start-trial")).isVisible();
            browser.page.navigate(base + "/clients");
            browser.page.waitForURL(Pattern.compile(".*/realms/becflow/protocol/openid-connect/auth.*"));
            browser.screenshot("signed-out-the-workspace-asks-to-sign-in-again");
        }
    }

    @Test
    void theClientPortalShowsItsLandingPage() {
        try (Browser browser = new Browser("portal")) {
            browser.page.navigate(RunningServer.baseUrl() + "/portal/");
            assertThat(browser.page.locator("#portal-brand")).hasText("Becflow");
            assertThat(browser.page.locator("h1")).hasText("Client portal");
            browser.screenshot("portal-landing");
        }
    }
}
