package com.becflow.it.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.regex.Pattern;

/** Page objects of the workspace and of Keycloak's sign-in page, as a freelancer meets them. */
final class WorkspacePages {

    private WorkspacePages() {
    }

    /** The message a Vaadin field shows under itself (it lives in the field's error-message slot). */
    static String errorMessage(Page page, String fieldId) {
        return page.locator("#" + fieldId + " > [slot='error-message']").textContent().trim();
    }

    record StartPage(Page page) {
        static StartPage open(Page page, String baseUrl) {
            page.navigate(baseUrl + "/");
            assertThat(page.locator("#start-trial")).isVisible();
            return new StartPage(page);
        }

        SignUpPage startFreeTrial() {
            page.locator("#start-trial").click();
            // A Vaadin navigation happens inside the page: wait for the form, then check where we are.
            assertThat(page.locator("#create-workspace")).isVisible();
            assertThat(page).hasURL(Pattern.compile(".*/signup$"));
            return new SignUpPage(page);
        }
    }

    record SignUpPage(Page page) {
        SignUpPage fill(String business, String first, String last, String email, String password) {
            page.locator("#business-name input").fill(business);
            page.locator("#first-name input").fill(first);
            page.locator("#last-name input").fill(last);
            page.locator("#email input").fill(email);
            page.locator("#password input").fill(password);
            return this;
        }

        KeycloakSignInPage create() {
            page.locator("#create-workspace").click();
            page.waitForURL(Pattern.compile(".*/realms/becflow/protocol/openid-connect/auth.*"));
            return new KeycloakSignInPage(page);
        }

        SignUpPage createExpectingErrors() {
            page.locator("#create-workspace").click();
            return this;
        }

        String errorOn(String fieldId) {
            return errorMessage(page, fieldId);
        }
    }

    record KeycloakSignInPage(Page page) {
        ClientsPage signIn(String email, String password) {
            page.locator("#username").fill(email);
            page.locator("#password").fill(password);
            page.locator("#kc-login").click();
            page.waitForURL(Pattern.compile(".*/clients$"));
            return new ClientsPage(page);
        }
    }

    record ClientsPage(Page page) {
        String businessName() {
            return page.locator("#business-name").textContent();
        }

        String trialStatus() {
            return page.locator("#trial-status").textContent();
        }

        ClientsPage addClient(String name, String email) {
            page.locator("#add-client").click();
            page.locator("#client-name input").fill(name);
            page.locator("#client-email input").fill(email);
            page.locator("#save-client").click();
            assertThat(page.locator("#client-grid")).containsText(name);
            return this;
        }

        ClientsPage addClientExpectingError(String name, String email) {
            page.locator("#add-client").click();
            page.locator("#client-name input").fill(name);
            page.locator("#client-email input").fill(email);
            page.locator("#save-client").click();
            return this;
        }

        String errorOn(String fieldId) {
            return errorMessage(page, fieldId);
        }
    }
}
