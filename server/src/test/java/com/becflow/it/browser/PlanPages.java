package com.becflow.it.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.time.Duration;
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

    /** Types a number of installments into a plan form and waits until its preview's sum line names that many. */
    private static void typeCount(Page page, String countField, String previewSum, int count) {
        Locator field = page.locator(countField + " input");
        field.fill(String.valueOf(count));
        field.press("Tab");
        // From the start of the line: "13 installments" contains "3 installments".
        assertThat(page.locator(previewSum)).hasText(Pattern.compile("^" + count + " installments"));
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
            typeCount(page, "#plan-count", "#plan-preview-sum", count);
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
            return page.locator("#plan-schedule span[theme~='badge']").allInnerTexts();
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

        /**
         * Saves {@code card} for automatic payments on the fake Stripe's setup page; waits until the client is back on the
         * invoice's page and autopay says it is on.
         */
        PortalPlan saveCard(String card) {
            page.locator("#save-autopay-card").click();
            page.locator("#save-card").waitFor();
            page.locator("#card-number").fill(card);
            page.locator("#save-card").click();
            page.waitForURL(Pattern.compile(".*/portal/invoice/.*"));
            assertThat(page.locator("#autopay-status")).containsText("Autopay is on");
            return this;
        }

        String autopay() {
            return page.locator("#autopay-status").innerText();
        }

        /** The plan the freelancer proposed, as the client is asked to accept it. */
        String proposal() {
            return page.locator("#plan-proposal-table").innerText();
        }
    }

    /** The plan on the workspace's invoice page, or the form that proposes one. */
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

        /** Reloads the invoice's page until its schedule shows {@code expected}: a background job is changing it. */
        WorkspacePlan reloadUntilStatuses(List<String> expected, Duration timeout) throws InterruptedException {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (true) {
                page.reload();
                assertThat(page.locator("#invoice-plan-schedule")).isVisible();
                List<String> shown = statuses();
                if (shown.equals(expected)) {
                    return this;
                }
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("The schedule still shows " + shown + ", not " + expected + ", after "
                            + timeout.toSeconds() + " s");
                }
                Thread.sleep(1_000);
            }
        }

        String autopay() {
            return page.locator("#invoice-plan-autopay").innerText();
        }

        /** Opens "Propose a payment plan"; waits for its first preview. */
        WorkspacePlan openProposal() {
            page.locator("#propose-plan").click();
            assertThat(page.locator("#proposal-preview-sum")).isVisible();
            return this;
        }

        /** Sets how many installments; waits until the preview shows that many. */
        WorkspacePlan proposalInstallments(int count) {
            typeCount(page, "#proposal-count", "#proposal-preview-sum", count);
            return this;
        }

        /** Clicks "Propose" on a plan that breaks a rule; returns what the form says instead. */
        String proposeRefused() {
            page.locator("#proposal-submit").click();
            assertThat(page.locator("#proposal-problems")).containsText("Not proposed");
            return page.locator("#proposal-problems").innerText();
        }

        String frequency() {
            return page.locator("#proposal-frequency").innerText();
        }

        String proposalPreview() {
            return page.locator("#proposal-preview-table").innerText();
        }

        String proposalPreviewSum() {
            return page.locator("#proposal-preview-sum").innerText();
        }

        /** Proposes the plan previewed; waits for the proposal in place of the form. */
        WorkspacePlan propose() {
            page.locator("#proposal-submit").click();
            assertThat(page.locator("#invoice-plan-title")).hasText("Payment plan: proposed");
            return this;
        }

        String waiting() {
            return page.locator("#invoice-plan-waiting").innerText();
        }

        /** Opens the confirmation of cancelling an accepted plan; returns its text. */
        String askToCancel() {
            page.locator("#cancel-plan").click();
            // The dialog's content shows in its overlay; the <vaadin-dialog> element itself stays hidden.
            assertThat(page.locator("#cancel-plan-confirm")).isVisible();
            // Faded in only once the overlay has stopped "opening", which a screenshot would catch half-transparent.
            assertThat(page.locator("vaadin-dialog-overlay[opening]")).hasCount(0);
            return page.locator("vaadin-dialog-overlay").innerText();
        }

        /** Keeps the plan: closes the confirmation without cancelling. */
        void keepThePlan() {
            page.locator("#cancel-plan-confirm-cancel").click();
            assertThat(page.locator("#cancel-plan-confirm")).isHidden();
        }

        /** Withdraws the proposal after its confirmation; waits until the panel offers to propose one again. */
        void withdraw() {
            page.locator("#withdraw-plan").click();
            page.locator("#withdraw-plan-confirm").click();
            assertThat(page.locator("#propose-plan")).isVisible();
        }

        /** Cancels the plan after its confirmation; waits until the panel offers to propose one again. */
        void cancelThePlan() {
            page.locator("#cancel-plan").click();
            page.locator("#cancel-plan-confirm").click();
            assertThat(page.locator("#propose-plan")).isVisible();
        }

        void scrollToPlan() {
            page.locator("#invoice-plan").scrollIntoViewIfNeeded();
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
