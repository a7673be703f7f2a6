package com.becflow.it.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * Page objects of invoicing: the freelancer's invoice settings (with Stripe onboarding), invoice list and
 * invoice page in the workspace, the client's invoice page in the portal, and the fake Stripe's hosted pages
 * in between. Every action waits for the element that shows its answer.
 */
final class InvoicePages {

    private InvoicePages() {
    }

    record InvoiceSettingsPage(Page page) {
        static InvoiceSettingsPage openFromNavigation(Page page) {
            page.locator("#nav-invoice-settings").click();
            assertThat(page.locator("#online-payments")).isVisible();
            return new InvoiceSettingsPage(page);
        }

        InvoiceSettingsPage bankInstructions(String text) {
            Locator field = page.locator("#settings-bank-instructions textarea");
            field.fill(text);
            field.press("Tab");
            page.locator("#settings-save").click();
            assertThat(page.locator("vaadin-notification-card").filter(new Locator.FilterOptions()
                    .setHasText(Pattern.compile("^Saved: ")))).isVisible();
            page.reload();
            assertThat(page.locator("#settings-bank-instructions textarea")).hasValue(text);
            return this;
        }

        /** Connect Stripe: off to Stripe's onboarding, finish it there, and back here with payments on. */
        InvoiceSettingsPage connectStripe() {
            page.locator("#connect-stripe").click();
            page.locator("#complete-onboarding").click();
            page.waitForURL(Pattern.compile(".*/invoice-settings.*"));
            assertThat(page.locator("#online-payments-status")).containsText("Ready: clients can pay online");
            return this;
        }

        /** Where the workspace's clients ask for a sign-in link, as the page shows it. */
        String clientPortalAddress() {
            return page.locator("#client-portal-address").textContent();
        }

        /** The badge beside "Online payments" when Stripe takes test cards only; empty when hidden. */
        String testModeBadge() {
            Locator badge = page.locator("#payments-test-mode");
            return badge.isVisible() ? badge.innerText() : "";
        }

        String paymentsStatus() {
            return page.locator("#online-payments-status").innerText();
        }
    }

    record InvoicesPage(Page page) {
        static InvoicesPage openFromNavigation(Page page) {
            page.locator("#nav-invoices").click();
            assertThat(page.locator("#new-invoice")).isVisible();
            return new InvoicesPage(page);
        }

        /** A draft with one line for a client, saved; lands on its page. */
        InvoicePage createDraft(String clientName, String description, String quantity, String unitPrice, String taxRate) {
            page.locator("#new-invoice").click();
            assertThat(page.locator("#save-invoice")).isVisible();
            WorkspacePages.choose(page, "invoice-client", clientName);
            page.locator("#line-description-0 input, #line-description-0 textarea").first().fill(description);
            fill("line-quantity-0", quantity);
            fill("line-unit-price-0", unitPrice);
            fill("line-tax-rate-0", taxRate);
            page.locator("#save-invoice").click();
            assertThat(page.locator("#invoice-status")).hasText("draft");
            return new InvoicePage(page);
        }

        /** As {@link #createDraft}, due {@code netDays} after issue (0: on receipt). */
        InvoicePage createDraft(String clientName, String description, String unitPrice, int netDays) {
            page.locator("#new-invoice").click();
            assertThat(page.locator("#save-invoice")).isVisible();
            WorkspacePages.choose(page, "invoice-client", clientName);
            page.locator("#line-description-0 input, #line-description-0 textarea").first().fill(description);
            fill("line-quantity-0", "1");
            fill("line-unit-price-0", unitPrice);
            fill("line-tax-rate-0", "0");
            fill("invoice-net-days", String.valueOf(netDays));
            page.locator("#save-invoice").click();
            assertThat(page.locator("#invoice-status")).hasText("draft");
            return new InvoicePage(page);
        }

        /** "Draft with assistant": the client, then the brief; waits until the drafted lines are in the form. */
        AssistantInvoiceDraft draftWithAssistant(String clientName, String brief) {
            page.locator("#draft-invoice-with-assistant").click();
            assertThat(page.locator("#invoice-assistant-draft")).isVisible();
            WorkspacePages.choose(page, "invoice-client", clientName);
            return new AssistantInvoiceDraft(page).draft(brief);
        }

        private void fill(String id, String value) {
            Locator input = page.locator("#" + id + " input");
            input.fill(value);
            input.press("Tab");
        }
    }

    /** The new-invoice form with the assistant's lines in it, before it is saved. */
    record AssistantInvoiceDraft(Page page) {

        /** Asks for lines; waits until they are in the form. */
        AssistantInvoiceDraft draft(String brief) {
            page.locator("#invoice-assistant-brief textarea").fill(brief);
            page.locator("#invoice-assistant-draft").click();
            // The server's first draft may load the embedding model (a few seconds, more on a busy machine).
            assertThat(page.locator("#invoice-assistant-provenance")).hasText(Pattern.compile("Drafted"),
                    new LocatorAssertions.HasTextOptions().setTimeout(60_000));
            return this;
        }

        /** Asks for lines with a brief the assistant refuses; the error shown on the brief. */
        String refusedBrief(String brief) {
            page.locator("#invoice-assistant-brief textarea").fill(brief);
            page.locator("#invoice-assistant-draft").click();
            assertThat(page.locator("#invoice-assistant-brief")).hasAttribute("invalid", "");
            return WorkspacePages.errorMessage(page, "invoice-assistant-brief");
        }

        /** A line's field: line-description-0, line-quantity-1, line-unit-price-1... */
        String value(String fieldId) {
            return page.locator("#" + fieldId + " input").inputValue();
        }

        /** The reason shown under a line's description. */
        String reasonForLine(int index) {
            return page.locator("#line-description-" + index + " > [slot='helper']").textContent().trim();
        }

        String provenance() {
            return page.locator("#invoice-assistant-provenance").innerText().trim();
        }

        String total() {
            return page.locator("#invoice-total-preview").innerText().trim();
        }

        AssistantInvoiceDraft edit(String fieldId, String value) {
            Locator input = page.locator("#" + fieldId + " input");
            input.fill(value);
            input.press("Tab");
            return this;
        }

        InvoicePage save() {
            page.locator("#save-invoice").click();
            assertThat(page.locator("#invoice-status")).hasText("draft");
            return new InvoicePage(page);
        }
    }

    record InvoicePage(Page page) {
        String status() {
            return page.locator("#invoice-status").textContent().trim();
        }

        /** The reminders panel: the next reminder, when, and its preview; scrolled into sight. */
        String reminders() {
            page.locator("#invoice-reminders").scrollIntoViewIfNeeded();
            return page.locator("#invoice-reminders").innerText();
        }

        String title() {
            return page.locator("#invoice-title").textContent().trim();
        }

        String documentText() {
            return page.locator("#invoice-document").innerText();
        }

        InvoicePage issue() {
            return issueShowing("issued");
        }

        /** Issues, and expects the status the client's calendar gives it at once ("overdue" where their day is ahead). */
        InvoicePage issueShowing(String status) {
            page.locator("#issue-invoice").click();
            page.locator("#issue-invoice-confirm").click();
            assertThat(page.locator("#invoice-status")).hasText(status);
            return this;
        }

        InvoicePage reload() {
            page.reload();
            assertThat(page.locator("#invoice-status")).isVisible();
            return this;
        }

        String balance() {
            return page.locator("#ledger-balance").innerText();
        }

        String paid() {
            return page.locator("#ledger-paid").innerText();
        }

        String paymentsText() {
            return page.locator("#invoice-payments").innerText();
        }

        byte[] downloadReceipt(int row) {
            return WorkspacePages.download(page, "#download-receipt-" + row);
        }

        byte[] downloadPdf() {
            return WorkspacePages.download(page, "#download-invoice-pdf");
        }

        /** Records money received by hand (bank transfer) for the amount the dialog offers: the open balance. */
        InvoicePage recordBankTransfer(String reference) {
            page.locator("#record-payment").click();
            page.locator("#payment-reference input").fill(reference);
            page.locator("#payment-save").click();
            assertThat(page.locator("vaadin-notification-card").filter(new Locator.FilterOptions()
                    .setHasText(Pattern.compile("^Payment of .* recorded")))).isVisible();
            return this;
        }

        /** The decision on money received beyond what is owed: keep it as the client's credit. */
        InvoicePage keepExcessAsCredit() {
            page.locator("#keep-excess-as-credit").click();
            page.locator("#keep-excess-confirm").click();
            assertThat(page.locator("vaadin-notification-card").filter(new Locator.FilterOptions()
                    .setHasText(Pattern.compile("^Kept as ")))).isVisible();
            assertThat(page.locator("#keep-excess-as-credit")).isHidden();
            return this;
        }

        String excessActions() {
            return page.locator("#return-excess").innerText() + " | " + page.locator("#keep-excess-as-credit").innerText();
        }

        String keptAsCredit() {
            return page.locator("#ledger-moved-to-credit").innerText();
        }

        String balanceCaption() {
            return page.locator("#ledger-balance-figure").innerText();
        }
    }

    record PayInvoicePage(Page page) {
        /** Opens a link as emailed ({@code .../portal/invoice/<token>}) and waits until the view has decided. */
        static PayInvoicePage open(Page page, String url) {
            page.navigate(url);
            page.locator("#invoice-heading, #link-not-found").first().waitFor();
            return new PayInvoicePage(page);
        }

        String heading() {
            return page.locator("#invoice-heading").textContent().trim();
        }

        String status() {
            return page.locator("#invoice-status").textContent().trim();
        }

        String documentText() {
            return page.locator("#invoice-document").innerText();
        }

        String bankInstructions() {
            return page.locator("#bank-instructions").innerText();
        }

        /** Promises to pay by {@code day} in the "Need a few more days?" panel; returns what it then says. */
        String promiseToPayBy(LocalDate day) {
            page.locator("#promise-day input").fill(day.toString());
            page.locator("#promise-day input").press("Enter");
            page.locator("#promise-pay").click();
            com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page.locator("#promise-status"))
                    .containsText("You said you will pay by");
            return page.locator("#promise-status").innerText().trim();
        }

        /** Pays online: to Stripe's checkout page, pay by card there, and back to this invoice, now paid. */
        StripeCheckoutPage payOnline() {
            page.locator("#pay-online").click();
            page.locator("#pay-card").waitFor();
            return new StripeCheckoutPage(page);
        }

        boolean paidBannerVisible() {
            return page.locator("#paid-banner").isVisible();
        }

        String balance() {
            return page.locator("#invoice-balance").innerText();
        }

        /** What the pay panel says about test mode; empty when it says nothing. */
        String testModeNote() {
            Locator note = page.locator("#pay-test-mode");
            return note.isVisible() ? note.innerText() : "";
        }

        byte[] downloadReceipt(int row) {
            return WorkspacePages.download(page, "#download-receipt-" + row);
        }
    }

    /** The fake Stripe's hosted checkout page. */
    record StripeCheckoutPage(Page page) {
        String amount() {
            return page.locator("#amount").innerText();
        }

        /** Pays by bank debit: the debit is on its way until the bank clears it. */
        PayInvoicePage payByBankDebit() {
            page.locator("#pay-bank-debit").click();
            page.waitForURL(Pattern.compile(".*/portal/invoice/.*checkout=.*"));
            page.locator("#invoice-heading").waitFor();
            return new PayInvoicePage(page);
        }

        String session() {
            String url = page.url();
            return url.substring(url.lastIndexOf('/') + 1);
        }

        PayInvoicePage payByCard() {
            page.locator("#pay-card").click();
            page.waitForURL(Pattern.compile(".*/portal/invoice/.*checkout=.*"));
            page.locator("#invoice-heading").waitFor();
            return new PayInvoicePage(page);
        }

        /** Types a card number (a test card that is refused) and pays: the page comes back with the reason. */
        StripeCheckoutPage payByRefusedCard(String number) {
            page.locator("#card-number").fill(number);
            page.locator("#pay-card").click();
            page.locator("#card-error").waitFor();
            return this;
        }

        String cardError() {
            return page.locator("#card-error").innerText();
        }

        String cardNumber() {
            return page.locator("#card-number").inputValue();
        }

        String testModeBanner() {
            return page.locator("#test-mode").innerText();
        }

        /** Leaves the checkout unpaid, back to the invoice's page. */
        PayInvoicePage cancel() {
            page.locator("#cancel").click();
            page.waitForURL(Pattern.compile(".*/portal/invoice/.*"));
            page.locator("#invoice-heading").waitFor();
            return new PayInvoicePage(page);
        }
    }
}
