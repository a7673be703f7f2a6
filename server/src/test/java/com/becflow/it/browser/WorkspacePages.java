package com.becflow.it.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.becflow.it.AddressProofs;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

/** Page objects of the workspace and of Keycloak's sign-in page, as a freelancer meets them. */
final class WorkspacePages {

    private WorkspacePages() {
    }

    /** The message a Vaadin field shows under itself (it lives in the field's error-message slot). */
    static String errorMessage(Page page, String fieldId) {
        return page.locator("#" + fieldId + " > [slot='error-message']").textContent().trim();
    }

    /** The local clock page, where a server with a movable clock lets time pass for everything on it. */
    record ClockPage(Page page) {
        static ClockPage openFromNavigation(Page page) {
            page.locator("#nav-clock").click();
            assertThat(page.locator("#clock-now")).isVisible();
            return new ClockPage(page);
        }

        static ClockPage open(Page page, String baseUrl) {
            page.navigate(baseUrl + "/local/clock");
            assertThat(page.locator("#clock-now")).isVisible();
            return new ClockPage(page);
        }

        /** Lets 31 days and one more pass; waits until the page says the clock is that far ahead. */
        ClockPage letAMonthAndADayPass() {
            page.locator("#clock-month").click();
            assertThat(page.locator("#clock-now")).containsText(" 31 days and ");
            page.locator("#clock-day").click();
            assertThat(page.locator("#clock-now")).containsText(" 32 days and ");
            return this;
        }

        String now() {
            return page.locator("#clock-now").innerText();
        }

        /** Back to real time, if the clock is ahead; waits until the page says so. */
        ClockPage backToRealTime() {
            if (page.locator("#clock-real-time").isEnabled()) {
                page.locator("#clock-real-time").click();
            }
            assertThat(page.locator("#clock-now")).containsText(", real time.");
            return this;
        }
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

        SignUpPage timeZone(String zone) {
            choose(page, "time-zone", zone);
            return this;
        }

        KeycloakSignInPage create() {
            page.locator("#create-workspace").click();
            // Creating a workspace makes a Keycloak account, a schema and a welcome job; when it is the run's first, on
            // two busy cores with everything still cold, that has taken past the 30 s a page step otherwise gets.
            page.waitForURL(Pattern.compile(".*/realms/becflow/protocol/openid-connect/auth.*"),
                    new Page.WaitForURLOptions().setTimeout(120_000));
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
            return CockpitPages.DashboardPage.landed(page).clients();
        }

        /** Signs in and stays on the page a freelancer lands on: the dashboard. */
        CockpitPages.DashboardPage signInToDashboard(String email, String password) {
            page.locator("#username").fill(email);
            page.locator("#password").fill(password);
            page.locator("#kc-login").click();
            return CockpitPages.DashboardPage.landed(page);
        }
    }

    record ClientsPage(Page page) {
        String businessName() {
            return page.locator("#business-name").textContent();
        }

        String trialStatus() {
            return page.locator("#trial-status").textContent();
        }

        boolean asksToVerifyEmail() {
            return page.locator("#verify-email-banner").isVisible();
        }

        /** Opens the verify-email link Keycloak mailed, in this browser, and comes back signed in. */
        ClientsPage verifyEmail(String email) {
            assertThat(page.locator("#verify-email-banner")).isVisible();
            page.navigate(AddressProofs.link(email));
            // Keycloak may first ask to confirm the address, and may end on its own page with a way back to us.
            Locator proceed = page.locator("a[href*='login-actions/action-token']");
            if (proceed.count() > 0) {
                proceed.first().click();
                page.waitForLoadState();
            }
            Locator back = page.locator("a[href*='/sign-in']");
            if (!page.url().endsWith("/dashboard") && back.count() > 0) {
                back.first().click();
            }
            ClientsPage clients = CockpitPages.DashboardPage.landed(page).clients();
            assertThat(page.locator("#business-name")).isVisible();
            return clients;
        }

        ClientsPage addClient(String name, String email) {
            page.locator("#add-client").click();
            page.locator("#client-name input").fill(name);
            page.locator("#client-email input").fill(email);
            page.locator("#save-client").click();
            assertThat(page.locator("#client-grid")).containsText(name);
            return this;
        }

        /** A client established in {@code country} (ISO code) and {@code region}, whose law the contract checks read. */
        ClientsPage addClient(String name, String email, String country, String region) {
            page.locator("#add-client").click();
            page.locator("#client-name input").fill(name);
            page.locator("#client-email input").fill(email);
            page.locator("#client-country input").fill(country);
            page.locator("#client-region input").fill(region);
            page.locator("#save-client").click();
            assertThat(page.locator("#client-grid")).containsText(name);
            return this;
        }

        /** A client who lives in another time zone than the freelancer. */
        ClientsPage addClient(String name, String email, String timeZone) {
            page.locator("#add-client").click();
            page.locator("#client-name input").fill(name);
            page.locator("#client-email input").fill(email);
            page.locator("#client-time-zone input").fill(timeZone);
            page.locator("#save-client").click();
            assertThat(page.locator("#client-grid")).containsText(name);
            return this;
        }

        /** Opens a client's own page from their row. */
        CockpitPages.ClientPage openHistory(String name) {
            page.locator("a[title=\"" + name + "'s history\"]").click();
            assertThat(page.locator("#client-page-name")).hasText(name);
            return new CockpitPages.ClientPage(page);
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

    /** Types into a vaadin-combo-box and picks the first item whose label contains the text. */
    static void choose(Page page, String comboBoxId, String text) {
        page.locator("#" + comboBoxId + " input").fill(text);
        page.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText(text)).first().click();
        assertThat(page.locator("#" + comboBoxId + " input")).hasValue(Pattern.compile(
                // Playwright hands the pattern to JavaScript, which has no \\Q...\\E quoting.
                ".*" + text.replaceAll("[.*+?^${}()|\\[\\]\\\\]", "\\\\$0") + ".*"));
    }

    /** Types a date the way the en-US browser locale reads it (M/D/YYYY) and commits it. */
    static void typeDate(Page page, String datePickerId, LocalDate date) {
        Locator input = page.locator("#" + datePickerId + " input");
        input.fill(DateTimeFormatter.ofPattern("M/d/yyyy").format(date));
        input.press("Enter");
    }

    /** The bytes of the file a click on this element downloads. */
    static byte[] download(Page page, String selector) {
        Download download = page.waitForDownload(() -> page.locator(selector).click());
        try {
            return Files.readAllBytes(download.path());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
