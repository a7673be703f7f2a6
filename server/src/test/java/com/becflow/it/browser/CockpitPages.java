package com.becflow.it.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.util.regex.Pattern;

/** Page objects of the freelancer's cockpit: the dashboard they land on, and a client's own page. */
final class CockpitPages {

    private CockpitPages() {
    }

    /** The workspace's first page: figures per currency, charts, contracts awaiting signature, first-run steps. */
    record DashboardPage(Page page) {
        static DashboardPage landed(Page page) {
            page.waitForURL(Pattern.compile(".*/dashboard$"));
            // The first page after sign-in may be the server's first Vaadin page since it started: give it time.
            assertThat(page.locator("#dashboard")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
            return new DashboardPage(page);
        }

        static DashboardPage openFromNavigation(Page page) {
            page.locator("#nav-dashboard").click();
            return landed(page);
        }

        WorkspacePages.ClientsPage clients() {
            page.locator("#nav-clients").click();
            page.waitForURL(Pattern.compile(".*/clients$"));
            assertThat(page.locator("#add-client")).isVisible();
            return new WorkspacePages.ClientsPage(page);
        }

        boolean showsFirstRun() {
            return page.locator("#first-run").isVisible();
        }

        /** Whether a first-run step ("business", "client", "document") is checked off. */
        boolean stepDone(String step) {
            return Boolean.parseBoolean(page.locator("#first-run-" + step).getAttribute("data-done"));
        }

        /** The amount a figure card shows ("owed", "overdue", "paid", "expected") in a currency. */
        String figure(String figure, String currency) {
            return page.locator("#figure-" + figure + "-" + currency + " .figure-value").innerText();
        }

        String card(String figure, String currency) {
            return page.locator("#figure-" + figure + "-" + currency).innerText();
        }

        /** The words a chart's image carries for screen readers: every bar's label and value. */
        String chartDescription(String chart, String currency) {
            return page.locator("#chart-" + chart + "-" + currency + " img").getAttribute("alt");
        }

        String nextSteps() {
            return page.locator("#next-steps").innerText();
        }

        String awaitingSignature() {
            return page.locator("#awaiting-signature").innerText();
        }

        /** Follows a figure's card to the invoice list it counts. */
        void openFigure(String figure, String currency) {
            page.locator("#figure-" + figure + "-" + currency).click();
            assertThat(page.locator("#invoice-grid")).isVisible();
        }
    }

    /** One client's page: how they pay, and their contracts' and invoices' timeline. */
    record ClientPage(Page page) {
        String reliability() {
            return page.locator("#client-reliability").innerText();
        }

        String averageDaysToPay() {
            return page.locator("#client-average-days-to-pay").innerText();
        }

        String paymentCounts() {
            return page.locator("#client-payment-counts").innerText();
        }

        String timeline() {
            return page.locator("#client-timeline").innerText();
        }
    }
}
