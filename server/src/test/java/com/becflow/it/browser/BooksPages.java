package com.becflow.it.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.time.Duration;
import java.time.Instant;

/** The workspace's Integrations page and Xero's consent page, as a freelancer uses them. */
final class BooksPages {

    private BooksPages() {
    }

    record IntegrationsPage(Page page) {

        static IntegrationsPage openFromNavigation(Page page) {
            page.locator("#nav-integrations").click();
            assertThat(page.locator("#books-vendors")).isVisible();
            return new IntegrationsPage(page);
        }

        String status(String vendor) {
            return page.locator("#" + vendor + "-status").innerText();
        }

        String card(String vendor) {
            return page.locator("#" + vendor + "-card").innerText();
        }

        XeroConsentPage connectXero() {
            page.locator("#connect-xero").click();
            page.waitForURL(url -> url.contains("/identity/connect/authorize"));
            return new XeroConsentPage(page);
        }

        /** Refreshes the log until it shows {@code text}: the sync runs in the background. */
        IntegrationsPage awaitLog(String text) {
            Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
            while (!page.locator("#books-log").innerText().contains(text)) {
                if (Instant.now().isAfter(deadline)) {
                    throw new AssertionError("The sync log never showed '" + text + "': " + page.locator("#books-log").innerText());
                }
                page.waitForTimeout(1000);
                page.locator("#refresh-books-log").click();
            }
            return this;
        }

        String log() {
            return page.locator("#books-log").innerText();
        }

        String conflicts() {
            return page.locator("#books-conflicts").innerText();
        }

        /** Settles the only open conflict with the button of this label. */
        IntegrationsPage settle(String choice) {
            page.locator(".books-conflict vaadin-button:has-text('" + choice + "')").click();
            // Settling may ask the books first (linking reads the contact as they keep it): a round trip to the vendor.
            assertThat(page.locator("#no-books-conflicts")).isVisible(
                    new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
            return this;
        }

        /** Opens the vendor's Accounts dialog, filled from the books, and picks the sales account of this name. */
        IntegrationsPage openAccountsAndChooseSalesAccount(String vendor, String name) {
            // Opened from the navigation while already on the page, the view draws its cards again: click the new one.
            page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
            page.locator("#books-accounts-" + vendor).click();
            try {
                page.locator("#save-books-accounts").waitFor(new com.microsoft.playwright.Locator.WaitForOptions()
                        .setTimeout(15_000));
            } catch (com.microsoft.playwright.TimeoutError e) {
                throw new AssertionError("The Accounts dialog did not open; notifications: "
                        + page.locator("vaadin-notification-card").allInnerTexts(), e);
            }
            page.locator("#books-sales-account").click();
            page.locator("vaadin-select-item").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(name))
                    .first().click();
            assertThat(page.locator("#books-sales-account")).containsText(name);
            return this;
        }

        IntegrationsPage saveAccounts() {
            page.locator("#save-books-accounts").click();
            // The dialog's own element is never visible (its content lives in an overlay): watch its button instead.
            assertThat(page.locator("#save-books-accounts")).isHidden();
            return this;
        }

        IntegrationsPage syncNow() {
            page.locator("#sync-xero").click();
            return this;
        }
    }

    record XeroConsentPage(Page page) {

        String scopes() {
            return page.locator("#scopes").innerText();
        }

        IntegrationsPage allowAccess() {
            page.locator("#allow-access").click();
            page.waitForURL(url -> url.contains("/integrations?connected=xero"));
            assertThat(page.locator("#books-vendors")).isVisible();
            return new IntegrationsPage(page);
        }
    }
}
