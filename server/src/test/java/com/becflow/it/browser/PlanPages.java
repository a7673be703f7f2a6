package com.becflow.it.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Page objects of payment plans: the freelancer's plan limits on the invoice settings page, the client's "Pay in
 * installments" panel and plan schedule on the invoice's portal page, and the plan on the workspace's invoice page.
 * Every action waits for the element that shows its answer.
 */
final class PlanPages {

    private PlanPages() {
    }

    /** The "Payment plans" part of the invoice settings page. */
    record PlanLimitsSection(Page page) {

        static PlanLimitsSection openFromNavigation(Page page) {
            page.locator("#nav-invoice-settings").click();
            assertThat(page.locator("#plan-limits")).isVisible();
            return new PlanLimitsSection(page);
        }

        /** Offers clients plans of up to {@code maxInstallments} installments, saved. */
        PlanLimitsSection offerPlans(int maxInstallments) {
            page.locator("#plan-limits-offered input").check();
            Locator max = page.locator("#plan-limits-max-installments input");
            max.fill(String.valueOf(maxInstallments));
            max.press("Tab");
            page.locator("#plan-limits-save").click();
            assertThat(page.locator("vaadin-notification-card").filter(new Locator.FilterOptions()
                    .setHasText(Pattern.compile("^Saved: payment plans are offered")))).isVisible();
            return this;
        }
    }

    /** The client's invoice page with its plan panels. */
    record PortalPlan(Page page) {

        boolean offered() {
            return page.locator("#plan-panel").isVisible();
        }

        String offer() {
            return page.locator("#plan-offer").innerText();
        }

        /** Sets how many installments; waits until the preview shows that many. */
        PortalPlan installments(int count) {
            Locator field = page.locator("#plan-count input");
            field.fill(String.valueOf(count));
            field.press("Tab");
            assertThat(page.locator("#plan-preview-sum")).containsText(count + " installments");
            return this;
        }

        String frequency() {
            return page.locator("#plan-frequency").innerText();
        }

        String preview() {
            return page.locator("#plan-preview-table").innerText();
        }

        String previewSum() {
            return page.locator("#plan-preview-sum").innerText();
        }

        /** Agrees to pay on the dates and accepts; waits for the accepted plan's schedule. */
        PortalPlan accept() {
            page.locator("#plan-consent input").check();
            page.locator("#plan-accept").click();
            // Accepting renders the agreement PDF; the server's first PDF loads the renderer and its fonts (seconds on
            // a busy machine).
            assertThat(page.locator("#plan-schedule-panel")).isVisible(new LocatorAssertions.IsVisibleOptions()
                    .setTimeout(60_000));
            return this;
        }

        String schedule() {
            return page.locator("#plan-schedule").innerText();
        }

        /** Each installment's status, in due-date order. */
        List<String> statuses() {
            return page.locator("#plan-schedule vaadin-grid-cell-content span[theme~='badge']").allInnerTexts();
        }

        String acceptedAt() {
            return page.locator("#plan-accepted-at").innerText();
        }

        String payNextLabel() {
            return page.locator("#pay-next-installment").innerText();
        }

        /** Pays the next installment online: on to Stripe's checkout page. */
        InvoicePages.StripeCheckoutPage payNextInstallment() {
            page.locator("#pay-next-installment").click();
            page.locator("#pay-card").waitFor();
            return new InvoicePages.StripeCheckoutPage(page);
        }

        byte[] downloadAgreement() {
            return WorkspacePages.download(page, "#download-plan-agreement");
        }
    }

    /** The plan on the workspace's invoice page. */
    record WorkspacePlan(Page page) {

        String title() {
            return page.locator("#invoice-plan-title").innerText();
        }

        String schedule() {
            return page.locator("#invoice-plan-schedule").innerText();
        }

        /** Each installment's status, in due-date order. */
        List<String> statuses() {
            return page.locator("#invoice-plan-schedule vaadin-grid-cell-content span[theme~='badge']").allInnerTexts();
        }

        String evidence() {
            return page.locator("#invoice-plan-evidence").innerText();
        }

        /** The workspace scrolls inside its layout, so a full-page screenshot shows only what is scrolled to. */
        void scrollToEvidence() {
            page.locator("#download-plan-agreement").scrollIntoViewIfNeeded();
        }

        byte[] downloadAgreement() {
            return WorkspacePages.download(page, "#download-plan-agreement");
        }
    }
}
