package com.becflow.it.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.becflow.integrations.documents.PdfPages;
import com.becflow.it.MailedLinks;
import com.becflow.it.RunningServer;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The whole e-signing journey in Chromium: a newcomer signs up, connects Stripe (test mode), makes a contract from
 * a default template, previews and sends it; the client opens the link in the email, is refused without consent,
 * signs, and pays the deposit on the spot from the page that confirms the signature (a declined test card first,
 * which leaves the deposit open, then the card that succeeds); the deposit invoice is mailed all the same. The
 * freelancer sees "signed" and downloads both PDFs, which the portal's verification page accepts. The PDFs are
 * saved as images beside the screenshots.
 */
class ContractJourneyE2EIT {


    @Test
    void aFreelancerSendsAContractFromATemplateAndTheClientSignsItInThePortal() throws Exception {
        String base = RunningServer.baseUrl();
        String freelancerEmail = "contract-journey-" + UUID.randomUUID() + "@it.becflow.test";
        String clientEmail = "ada-" + UUID.randomUUID() + "@client.test";
        String password = "correct horse battery";
        Path pdfPages = Path.of(System.getProperty("becflow.it.screenshots", "target/screenshots")).resolve("contract-pdfs");

        try (Browser freelancer = new Browser("contract-journey-freelancer");
             Browser client = new Browser("contract-journey-client")) {
            WorkspacePages.ClientsPage clients = WorkspacePages.StartPage.open(freelancer.page, base).startFreeTrial()
                    .fill("Lovelace Design", "Grace", "Hopper", freelancerEmail, password).create()
                    .signIn(freelancerEmail, password).verifyEmail(freelancerEmail);
            clients.addClient("Ada Client", clientEmail, "US", "TX");
            InvoicePages.InvoiceSettingsPage settings = InvoicePages.InvoiceSettingsPage.openFromNavigation(freelancer.page)
                    .connectStripe();
            assertThat(settings.testModeBadge()).isEqualTo("Test mode");
            freelancer.screenshot("stripe-connected-in-test-mode");

            ContractPages.ContractPage contract = ContractPages.ContractsPage.openFromNavigation(freelancer.page)
                    .createFromTemplate("Design project", "Ada Client", "Brand refresh", LocalDate.of(2027, 3, 1), "4000");
            freelancer.screenshot("contract-draft-from-the-design-template");
            assertThat(contract.checks()).contains("Late fee:", "18.25% a year", "Texas", "Tex. Fin. Code");
            assertThat(contract.previewText()).contains("Ada Client", "EUR 4,000.00", "Deposit", "Cancellation");

            assertThat(contract.send()).contains(clientEmail);
            assertThat(contract.status()).isEqualTo("sent");
            freelancer.screenshot("contract-sent");

            String link = linkMailedTo(clientEmail);
            PortalPages.SignContractPage signing = PortalPages.SignContractPage.open(client.page, link);
            assertThat(signing.heading()).contains("Lovelace Design");
            assertThat(signing.documentText()).contains("Ada Client", "EUR 4,000.00");
            client.screenshot("client-opens-the-emailed-link");

            signing.typeName("Ada Client").sign();
            assertThat(signing.fieldError("consent")).isNotBlank();
            assertThat(signing.signedBannerVisible()).isFalse();
            client.screenshot("signing-without-consent-is-refused");

            signing.tickConsent().sign();
            assertThat(signing.signedBannerVisible()).isTrue();
            assertThat(signing.signedBannerText()).contains("Signed");
            byte[] clientCopy = signing.downloadSignedPdf();
            assertThat(signing.depositPanelText()).contains("Deposit: EUR 2,000.00", "Pay the deposit now", "Test mode");
            client.screenshot("client-has-signed-and-is-offered-the-deposit");

            InvoicePages.StripeCheckoutPage checkout = signing.payDepositNow();
            assertThat(checkout.amount()).contains("2000.00", "EUR");
            assertThat(checkout.testModeBanner()).contains("Test mode");
            checkout.payByRefusedCard("4000 0000 0000 0002");
            assertThat(checkout.cardError()).isEqualTo("Your card was declined.");
            assertThat(checkout.cardNumber()).as("the refused number stays in the field").isEqualTo("4000 0000 0000 0002");
            client.screenshot("deposit-checkout-declines-a-card");
            InvoicePages.PayInvoicePage deposit = checkout.cancel();
            assertThat(deposit.paidBannerVisible()).isFalse();
            assertThat(deposit.balance()).contains("2,000.00");
            assertThat(deposit.testModeNote()).contains("Test mode", "4242 4242 4242 4242");
            client.screenshot("deposit-still-open-after-the-decline");

            deposit = deposit.payOnline().payByCard();
            assertThat(deposit.paidBannerVisible()).isTrue();
            assertThat(deposit.status()).isEqualTo("Paid");
            assertThat(deposit.heading()).contains("Lovelace Design");
            client.screenshot("deposit-paid-by-test-card");
            assertThat(MailedLinks.text(MailedLinks.awaitMail(clientEmail, "Lovelace Design sent you deposit",
                    Duration.ofSeconds(20)), MailedLinks.INVOICE)).as("the deposit invoice is mailed too")
                    .contains("/portal/invoice/");

            contract = contract.reload();
            assertThat(contract.status()).isEqualTo("signed");
            assertThat(contract.eventLog()).contains("SIGNED");
            freelancer.screenshot("freelancer-sees-signed");
            byte[] signedPdf = contract.downloadSignedPdf();
            byte[] certificate = contract.downloadCertificate();
            assertThat(signedPdf).isEqualTo(clientCopy);
            assertThat(new String(certificate, 0, 5, "ISO-8859-1")).isEqualTo("%PDF-");
            List<Path> signedPages = PdfPages.toPng(signedPdf, pdfPages, "signed-contract");
            List<Path> certificatePages = PdfPages.toPng(certificate, pdfPages, "audit-certificate");
            assertThat(signedPages).isNotEmpty();
            assertThat(certificatePages).isNotEmpty();

            PortalPages.VerifyPage verify = PortalPages.VerifyPage.open(client.page, base).upload(signedPdf, "signed.pdf");
            assertThat(verify.authentic()).as(verify.resultText()).isTrue();
            client.screenshot("verification-accepts-the-signed-pdf");
            byte[] altered = signedPdf.clone();
            altered[altered.length / 3] ^= 1;
            assertThat(verify.upload(altered, "altered.pdf").authentic()).isFalse();
            client.screenshot("verification-refuses-an-altered-copy");
        }
    }

    @Test
    void aFreelancerDraftsAContractFromABriefSeesWhyEachFieldHoldsItsValueEditsAClauseAndSendsIt() {
        String base = RunningServer.baseUrl();
        String freelancerEmail = "assistant-journey-" + UUID.randomUUID() + "@it.becflow.test";
        String clientEmail = "bea-" + UUID.randomUUID() + "@client.test";
        String password = "correct horse battery";
        try (Browser freelancer = new Browser("assistant-journey")) {
            WorkspacePages.ClientsPage clients = WorkspacePages.StartPage.open(freelancer.page, base).startFreeTrial()
                    .fill("Crumb Studio", "Grace", "Hopper", freelancerEmail, password).create()
                    .signIn(freelancerEmail, password).verifyEmail(freelancerEmail);
            clients.addClient("Bea Baker", clientEmail);

            ContractPages.AssistantDraft draft = ContractPages.ContractsPage.openFromNavigation(freelancer.page)
                    .draftWithAssistant("Bea Baker", "Logo and brand guide for a bakery, 3,000 EUR, half upfront, "
                            + "starts 1 March 2027, two rounds of revisions, they keep the rights once paid");
            freelancer.screenshot("assistant-draft-with-reasons");
            assertThat(draft.template()).contains("Design project");
            assertThat(draft.value("assistant-project")).isEqualTo("Logo and brand guide for a bakery");
            assertThat(draft.reasonUnder("assistant-fee")).contains("3,000 EUR");
            assertThat(draft.reasonUnder("assistant-start")).contains("2027-03-01", "1 March 2027");
            assertThat(draft.reasonFor("terms.deposit.percent")).contains("50", "half upfront");
            assertThat(draft.reasonFor("terms.scope.revisionRounds")).contains("two rounds of revisions");
            assertThat(draft.reasonFor("terms.payment.netDays")).contains("default");

            ContractPages.ContractPage contract = draft.create();
            contract.fill("clause-net-days", "21").save();
            freelancer.screenshot("assistant-draft-clause-edited");
            assertThat(contract.previewText()).contains("Bea Baker", "EUR 3,000.00", "21 days", "50%");
            assertThat(contract.send()).contains(clientEmail);
            assertThat(contract.status()).isEqualTo("sent");
            assertThat(contract.eventLog()).contains("DRAFTED_BY_ASSISTANT", "offline");
            freelancer.screenshot("assistant-draft-sent");

            InvoicePages.AssistantInvoiceDraft lines = InvoicePages.InvoicesPage.openFromNavigation(freelancer.page)
                    .draftWithAssistant("Bea Baker", "12 hours of design at 90 an hour and the print files for 250");
            freelancer.screenshot("assistant-invoice-lines-with-reasons");
            assertThat(lines.refusedBrief("Dodici ore di grafica a 90 all'ora e i file di stampa per 250"))
                    .contains("English, German, French and Spanish");
            assertThat(lines.value("line-unit-price-1")).as("a refused brief changes no line").isEqualTo("250");
            assertThat(lines.provenance()).startsWith("Drafted offline");
            assertThat(lines.value("line-quantity-0")).isEqualTo("12");
            assertThat(lines.value("line-unit-price-0")).isEqualTo("90");
            assertThat(lines.value("line-unit-price-1")).isEqualTo("250");
            assertThat(lines.reasonForLine(0)).contains("12 hours of design at 90 an hour");
            assertThat(lines.reasonForLine(1)).contains("print files for 250");
            assertThat(lines.total()).isEqualTo("EUR 1,330.00");
            InvoicePages.InvoicePage invoice = lines.edit("line-unit-price-1", "300").save();
            assertThat(invoice.documentText()).contains("Bea Baker", "EUR 1,380.00");
            freelancer.screenshot("assistant-invoice-saved");
        }
    }

    private static String linkMailedTo(String address) {
        return MailedLinks.await(address, 1, MailedLinks.CONTRACT);
    }
}
