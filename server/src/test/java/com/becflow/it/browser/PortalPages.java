package com.becflow.it.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.FilePayload;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Page objects of the client portal ({@code /portal}), as a client meets it: the contract behind an emailed
 * link, and the page that checks a PDF. Vaadin answers each click in a later request, so every action waits
 * for the element that shows the answer, never for a URL.
 */
final class PortalPages {

    private PortalPages() {
    }

    record SignContractPage(Page page) {

        /** Opens a link as emailed ({@code .../portal/contract/<token>}) and waits until the view has decided. */
        static SignContractPage open(Page page, String url) {
            page.navigate(url);
            page.locator("#contract-heading, #link-not-found").first().waitFor();
            return new SignContractPage(page);
        }

        String heading() {
            return page.locator("#contract-heading").textContent().trim();
        }

        String status() {
            return page.locator("#contract-status").textContent().trim();
        }

        /** The contract as shown, for comparing with what the freelancer previewed. */
        String documentText() {
            return page.locator("#contract-document").innerText();
        }

        boolean signingPanelVisible() {
            return page.locator("#signing-panel").isVisible();
        }

        SignContractPage tickConsent() {
            // vaadin-checkbox keeps a native checkbox in its light DOM, laid invisibly over the box.
            page.locator("#consent input[type='checkbox']").check();
            return this;
        }

        SignContractPage typeName(String fullName) {
            page.locator("#full-name input").fill(fullName);
            return this;
        }

        /**
         * Presses Sign and waits for the answer: the signed banner, the button enabled again (errors on the
         * fields or a notification), or a closed or dead link.
         */
        SignContractPage sign() {
            page.locator("#sign").click();
            // The button disables itself on click and comes back only if the view stays on the form.
            page.locator("#signed-banner, #contract-closed, #link-not-found, #sign:not([disabled])").first().waitFor();
            return this;
        }

        /**
         * The message under a field: {@code consent} reads the line under the checkbox (a checkbox has no error
         * slot of its own), any other id the text field's error-message slot.
         */
        String fieldError(String fieldId) {
            if ("consent".equals(fieldId)) {
                return page.locator("#consent-error").textContent().trim();
            }
            return WorkspacePages.errorMessage(page, fieldId);
        }

        /** The text of the latest notification, e.g. a state conflict's message. */
        String notification() {
            return page.locator("vaadin-notification-card").last().textContent().trim();
        }

        boolean signedBannerVisible() {
            return page.locator("#signed-banner").isVisible();
        }

        String signedBannerText() {
            return page.locator("#signed-banner").innerText();
        }

        byte[] downloadSignedPdf() {
            return download("#download-signed-pdf");
        }

        /** The offer under the confirmation of a signature to pay the contract's deposit on the spot. */
        String depositPanelText() {
            return page.locator("#deposit-panel").innerText();
        }

        /** "Pay the deposit now": straight to the deposit invoice's checkout page. */
        InvoicePages.StripeCheckoutPage payDepositNow() {
            page.locator("#pay-deposit").click();
            page.locator("#pay-card").waitFor();
            return new InvoicePages.StripeCheckoutPage(page);
        }

        byte[] downloadCertificate() {
            return download("#download-certificate");
        }

        private byte[] download(String selector) {
            Download download = page.waitForDownload(() -> page.locator(selector).click());
            if (download.failure() != null) {
                throw new IllegalStateException("Download of " + selector + " failed: " + download.failure());
            }
            try {
                return Files.readAllBytes(download.path());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Declines, with a reason or none ({@code null} or blank), and waits for the answer. */
        SignContractPage decline(String reason) {
            page.locator("#decline").click();
            page.locator("#decline-reason").waitFor();
            if (reason != null && !reason.isBlank()) {
                page.locator("#decline-reason textarea").fill(reason);
            }
            page.locator("#decline-confirm").click();
            page.locator("#contract-closed, #link-not-found, #decline-confirm:not([disabled]), vaadin-notification-card")
                    .first().waitFor();
            return this;
        }

        boolean closedVisible() {
            return page.locator("#contract-closed").isVisible();
        }

        /** Why the contract can no longer be signed (declined, withdrawn, expired). */
        String closedText() {
            return page.locator("#contract-closed").innerText().trim();
        }

        boolean notFoundVisible() {
            return page.locator("#link-not-found").isVisible();
        }

        String notFoundText() {
            return page.locator("#link-not-found").innerText();
        }

        boolean renewOffered() {
            return page.locator("#renew-link").isVisible();
        }

        /** Asks for a fresh link and returns what the page answers (the same whatever the link was). */
        String renew() {
            page.locator("#renew-link").click();
            page.locator("#renew-sent").waitFor();
            return page.locator("#renew-sent").textContent().trim();
        }
    }

    record VerifyPage(Page page) {

        /** Opens {@code /portal/verify} of the server at {@code serverUrl} (the workspace's base URL). */
        static VerifyPage open(Page page, String serverUrl) {
            page.navigate(serverUrl + "/portal/verify");
            page.locator("#verify-upload").waitFor();
            return new VerifyPage(page);
        }

        /**
         * Uploads a file and waits until the page shows the verdict for exactly these bytes. vaadin-upload keeps
         * its native file input ({@code hidden}) in its shadow root; Playwright's CSS pierces open shadow roots
         * and fills a hidden file input, which fires the change event the component listens to.
         */
        VerifyPage upload(byte[] file, String fileName) {
            page.locator("#verify-upload input[type='file']")
                    .setInputFiles(new FilePayload(fileName, "application/pdf", file));
            assertThat(page.locator("#verify-sha256")).hasText(sha256(file),
                    new LocatorAssertions.HasTextOptions().setTimeout(30_000));
            return this;
        }

        /** The verdict panel's text: "Authentic: ..." or "Not a document issued by Becflow, ...", then the SHA-256. */
        String resultText() {
            return page.locator("#verify-result").innerText();
        }

        String sha256Shown() {
            return page.locator("#verify-sha256").textContent().trim();
        }

        boolean authentic() {
            return resultText().trim().startsWith("Authentic:");
        }

        private static String sha256(byte[] bytes) {
            try {
                return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
