package com.becflow.it.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Page objects of the workspace's recurring invoices. Every action waits for the element that shows its answer. */
final class RecurringPages {

    private RecurringPages() {
    }

    private static void typeNumber(Page page, String id, String value) {
        Locator input = page.locator("#" + id + " input");
        input.fill(value);
        input.press("Tab");
    }

    /** The workspace's recurring invoices: the list, and the form that starts one. */
    record RecurringInvoicesPage(Page page) {
        static RecurringInvoicesPage openFromNavigation(Page page) {
            page.locator("#nav-recurring-invoices").click();
            assertThat(page.locator("#new-recurring-invoice")).isVisible();
            return new RecurringInvoicesPage(page);
        }

        /** Opens the form and fills a one-line invoice for the client; the schedule is left as it comes (monthly). */
        RecurringInvoicesPage fillNew(String clientName, String description, String quantity, String unitPrice,
                                      String taxRate) {
            page.locator("#new-recurring-invoice").click();
            assertThat(page.locator("#save-recurring-invoice")).isVisible();
            WorkspacePages.choose(page, "invoice-client", clientName);
            page.locator("#line-description-0 input").fill(description);
            typeNumber(page, "line-quantity-0", quantity);
            typeNumber(page, "line-unit-price-0", unitPrice);
            typeNumber(page, "line-tax-rate-0", taxRate);
            return this;
        }

        /** Makes it a retainer: these hours included per period, the hours beyond them billed at this rate. */
        RecurringInvoicesPage retainer(String includedHours, String extraHourRate) {
            page.locator("#retainer-enabled").click();
            assertThat(page.locator("#retainer-terms")).isVisible();
            typeNumber(page, "retainer-included-hours", includedHours);
            typeNumber(page, "retainer-extra-hour-rate", extraHourRate);
            return this;
        }

        /** Types the first day as the form shows days (year-month-day) and waits for the preview to start on it. */
        RecurringInvoicesPage firstInvoiceOn(LocalDate day) {
            Locator input = page.locator("#recurring-start input");
            input.fill(day.toString());
            // Enter commits the typed day and closes the calendar, as WorkspacePages.typeDate does.
            input.press("Enter");
            assertThat(page.locator("#recurring-preview")).containsText("Next invoices on: " + RecurringInvoicePage.DAY.format(day));
            return this;
        }

        /** The "Next invoices on" line, scrolled into sight (it is at the foot of a long dialog). */
        String preview() {
            page.locator("#recurring-preview").scrollIntoViewIfNeeded();
            return page.locator("#recurring-preview").innerText().trim();
        }

        /** Starts the series; lands on its page. */
        RecurringInvoicePage start() {
            page.locator("#save-recurring-invoice").click();
            assertThat(page.locator("#recurring-status")).hasText("active");
            return new RecurringInvoicePage(page);
        }

        String gridText() {
            return page.locator("#recurring-invoice-grid").innerText();
        }
    }

    /** One recurring invoice's page. */
    record RecurringInvoicePage(Page page) {
        static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

        String status() {
            return page.locator("#recurring-status").textContent().trim();
        }

        String summary() {
            return page.locator("#recurring-summary").innerText();
        }

        String upcoming() {
            return page.locator("#recurring-upcoming").innerText();
        }

        String issued() {
            return page.locator("#recurring-issued").innerText();
        }

        RecurringInvoicePage pause() {
            page.locator("#pause-recurring").click();
            assertThat(page.locator("#recurring-status")).hasText("paused");
            return this;
        }

        RecurringInvoicePage resume() {
            page.locator("#resume-recurring").click();
            assertThat(page.locator("#recurring-status")).hasText("active");
            return this;
        }

        /** What the retainer's hours panel says of the period: worked, not billed yet, of the allowance. */
        String retainerStanding() {
            return page.locator("#retainer-standing").innerText().trim();
        }

        /** Logs hours worked today, which the retainer refuses; returns the error its day then shows. */
        String logHoursTodayRefused(String hours, String description) {
            typeNumber(page, "retainer-hours-worked", hours);
            page.locator("#retainer-description input").fill(description);
            page.locator("#log-retainer-hours").click();
            page.locator("#retainer-worked-on[invalid]").waitFor();
            return WorkspacePages.errorMessage(page, "retainer-worked-on");
        }

        RecurringInvoicesPage backToList() {
            page.locator("#back-to-recurring-invoices").click();
            assertThat(page.locator("#new-recurring-invoice")).isVisible();
            return new RecurringInvoicesPage(page);
        }
    }
}
