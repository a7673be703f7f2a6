package com.becflow.it.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** Page objects of the workspace's package deals and the portal's package panel. Every action waits for its answer. */
final class PackagePages {

    private PackagePages() {
    }

    private static void typeNumber(Page page, String id, String value) {
        Locator input = page.locator("#" + id + " input");
        input.fill(value);
        input.press("Tab");
    }

    /** The workspace's packages: the list, and the form that offers one. */
    record PackagesPage(Page page) {
        static PackagesPage openFromNavigation(Page page) {
            page.locator("#nav-packages").click();
            assertThat(page.locator("#new-package")).isVisible();
            return new PackagesPage(page);
        }

        /** Opens the form and fills the package's head; billing is left as it comes (per milestone). */
        PackagesPage fillNew(String clientName, String title, String price, String taxRate, String taxName) {
            page.locator("#new-package").click();
            assertThat(page.locator("#offer-package")).isVisible();
            WorkspacePages.choose(page, "package-client", clientName);
            page.locator("#package-title input").fill(title);
            typeNumber(page, "package-price", price);
            typeNumber(page, "package-tax-rate", taxRate);
            page.locator("#package-tax-name input").fill(taxName);
            return this;
        }

        /** Types milestone {@code index} (from 0), adding its row first if it is not there yet. */
        PackagesPage milestone(int index, String title, String share) {
            if (page.locator("#milestone-title-" + index).count() == 0) {
                page.locator("#add-milestone").click();
            }
            page.locator("#milestone-title-" + index + " input").fill(title);
            typeNumber(page, "milestone-amount-" + index, share);
            return this;
        }

        /** The line under the rows once it says {@code part}: it follows each share typed after a round trip. */
        String sharesLine(String part) {
            assertThat(page.locator("#milestones-sum")).containsText(part);
            page.locator("#milestones-sum").scrollIntoViewIfNeeded();
            return page.locator("#milestones-sum").innerText().trim();
        }

        /** Offers it; lands on the package's page. */
        PackagePage offer() {
            page.locator("#offer-package").click();
            assertThat(page.locator("#package-heading")).isVisible();
            return new PackagePage(page);
        }
    }

    /** One package's page. */
    record PackagePage(Page page) {
        String heading() {
            return page.locator("#package-heading").textContent().trim();
        }

        String summary() {
            return page.locator("#package-summary").innerText();
        }

        String milestones() {
            return page.locator("#milestones-grid").innerText();
        }

        String totals() {
            return page.locator("#package-totals").innerText().trim();
        }

        /** Asks to mark it delivered and returns the question, leaving the dialog open. */
        String askToDeliver(int position) {
            page.locator("#milestone-deliver-" + position).click();
            // The dialog's content shows in its overlay, faded in once it has stopped "opening".
            assertThat(page.locator("#milestone-deliver-confirm")).isVisible();
            assertThat(page.locator("vaadin-dialog-overlay[opening]")).hasCount(0);
            return page.locator("vaadin-dialog-overlay").innerText();
        }

        /** Confirms the open question; waits until the milestone's invoice shows. */
        PackagePage confirmDelivery(int position) {
            page.locator("#milestone-deliver-confirm").click();
            assertThat(page.locator("#milestone-invoice-" + position)).isVisible();
            return this;
        }

        String invoiceNumber(int position) {
            return page.locator("#milestone-invoice-" + position).textContent().trim();
        }

        /** Asks to cancel the package and returns the question, leaving the dialog open. */
        String askToCancel() {
            page.locator("#package-cancel").click();
            assertThat(page.locator("#package-cancel-confirm")).isVisible();
            assertThat(page.locator("vaadin-dialog-overlay[opening]")).hasCount(0);
            return page.locator("vaadin-dialog-overlay").innerText();
        }

        /** Confirms the open question; returns what the page then says of the cancellation. */
        String confirmCancel() {
            page.locator("#package-cancel-confirm").click();
            assertThat(page.locator("#package-cancelled")).isVisible();
            return page.locator("#package-cancelled").innerText().trim();
        }
    }

    /** The package panel on the client's invoice page in the portal. */
    record PortalPackage(Page page) {
        String title() {
            return page.locator("#package-title").textContent().trim();
        }

        String summary() {
            return page.locator("#package-summary").innerText();
        }

        String milestone(int position) {
            return page.locator("#package-milestone-" + position).innerText();
        }

        String totals() {
            return page.locator("#package-totals").innerText().trim();
        }

        String cancelled() {
            return page.locator("#package-cancelled").innerText().trim();
        }

        void scrollIntoView() {
            page.locator("#package-panel").scrollIntoViewIfNeeded();
        }
    }
}
