package com.becflow.it.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** Disputes as both sides meet them: the client's panel on the invoice's page, the freelancer's on theirs. */
final class DisputePages {

    private DisputePages() {
    }

    /** "Something not right?" on the client's invoice page. */
    record ClientDispute(Page page) {
        /** Disputes an amount of a line, counted from 1, and returns what the panel then says of it. */
        String disputeLine(int line, String amount, String reason) {
            page.locator("#dispute-panel").scrollIntoViewIfNeeded();
            page.locator("#dispute-line").click();
            page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText(line + ". ")).first()
                    .click();
            Locator field = page.locator("#dispute-amount input");
            // Choosing a line fills in its total from the server; type over it only once it has come.
            assertThat(field).not().hasValue("");
            field.fill(amount);
            field.press("Tab");
            page.locator("#dispute-reason textarea").fill(reason);
            page.locator("#dispute-send").click();
            return status(1);
        }

        String status(int dispute) {
            Locator said = page.locator("#dispute-status-" + dispute);
            said.scrollIntoViewIfNeeded();
            return said.textContent().trim();
        }
    }

    /** The disputes on the freelancer's invoice page. */
    record FreelancerDispute(Page page) {
        String said(int dispute) {
            Locator said = page.locator("#invoice-dispute-" + dispute);
            said.scrollIntoViewIfNeeded();
            return said.textContent().trim();
        }

        /** Credits the open dispute with the credit note offered, as offered, and a word to the client. */
        FreelancerDispute credit(String answer) {
            page.locator("#invoice-dispute-answer textarea").fill(answer);
            page.locator("#invoice-dispute-credit").click();
            // The dialog's own element is never visible (its content lives in an overlay): watch its button instead.
            assertThat(page.locator("#dispute-credit-note-save")).isVisible();
            page.locator("#dispute-credit-note-save").click();
            assertThat(page.locator("#invoice-dispute-1")).containsText("You credited it");
            return this;
        }
    }
}
