package com.becflow.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.becflow.integrations.documents.PdfPages;
import com.becflow.it.MailedLinks;
import com.becflow.it.RunningServer;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * Paying in installments, in Chromium. The freelancer proposes a plan of three monthly installments on the invoice's
 * page (withdrawing a first proposal and proposing again) and the client accepts it behind the emailed link; the
 * freelancer is asked before cancelling it, and once it is cancelled may propose another. Or the freelancer offers
 * payment plans and issues an invoice; the client opens the emailed link, builds a plan of four monthly installments
 * whose preview adds up to the total exactly, agrees to pay on its dates and accepts it, then pays the first
 * installment on the fake Stripe's checkout page; the freelancer sees the plan with its first installment paid and the
 * evidence of the client's acceptance, with the agreement PDF. The client then saves a card for automatic payments and
 * finds the plan and the card on their home, on a phone; the freelancer lets a month and a day pass on the local clock page, and the second installment is charged to the card on
 * its day, with a receipt to the client; the clock goes back to real time for the tests after this one.
 */
class PlanJourneyE2EIT {

    @Test
    void aClientBuildsAFourInstallmentPlanPaysTheFirstOnlineSavesACardAndTheSecondIsChargedOnItsDay() throws Exception {
        String base = RunningServer.baseUrl();
        String freelancerEmail = "plan-journey-" + UUID.randomUUID() + "@it.becflow.test";
        String clientEmail = "pia-" + UUID.randomUUID() + "@client.test";
        String password = "correct horse battery";
        Path pdfPages = Path.of(System.getProperty("becflow.it.screenshots", "target/screenshots")).resolve("plan-pdfs");

        try (Browser freelancer = new Browser("plan-journey-freelancer");
             Browser client = new Browser("plan-journey-client")) {
            WorkspacePages.StartPage.open(freelancer.page, base).startFreeTrial()
                    .fill("Hamilton Studio", "Margaret", "Hamilton", freelancerEmail, password).create()
                    .signInToDashboard(freelancerEmail, password).clients().verifyEmail(freelancerEmail)
                    .addClient("Pia Client", clientEmail);
            InvoicePages.InvoiceSettingsPage.openFromNavigation(freelancer.page).connectStripe();
            PlanPages.PlanLimitsSection.openFromNavigation(freelancer.page).offerPlans(6);
            freelancer.screenshot("payment-plans-offered");

            InvoicePages.InvoicePage invoice = InvoicePages.InvoicesPage.openFromNavigation(freelancer.page)
                    .createDraft("Pia Client", "Flight software review", "1", "1000", "0");
            invoice.issue();

            InvoicePages.PayInvoicePage portal = InvoicePages.PayInvoicePage.open(client.page,
                    MailedLinks.await(clientEmail, 1, MailedLinks.INVOICE));
            PlanPages.PortalPlan plan = new PlanPages.PortalPlan(client.page);
            assertThat(plan.offered()).as("the freelancer offers plans").isTrue();
            assertThat(plan.offer()).contains("EUR 1,000.00", "up to 6 installments");
            assertThat(plan.frequency()).contains("Monthly");
            client.screenshot("client-sees-pay-in-installments");

            plan.installments(4);
            assertThat(plan.preview()).contains("EUR 250.00").doesNotContain("EUR 249.99", "EUR 250.01");
            assertThat(plan.previewSum()).isEqualTo("4 installments adding up to EUR 1,000.00, the invoice's total.");
            client.screenshot("client-previews-four-monthly-installments");
            plan.installments(7);
            assertThat(client.page.locator("#plan-count").getAttribute("invalid")).as("7 is over the limit of 6").isNotNull();
            assertThat(client.page.locator("#plan-count").innerText()).contains("At most 6 installments");
            client.screenshot("client-asks-for-too-many-installments");
            plan.installments(4).accept();
            assertThat(plan.schedule()).contains("EUR 250.00");
            assertThat(plan.statuses()).containsExactly("Due", "Due", "Due", "Due");
            assertThat(plan.acceptedAt()).startsWith("You accepted this plan on");
            assertThat(plan.payNextLabel()).isEqualTo("Pay the next installment: EUR 250.00");
            client.screenshot("client-accepted-the-plan");

            InvoicePages.StripeCheckoutPage checkout = plan.payNextInstallment();
            assertThat(checkout.amount()).contains("250.00", "EUR");
            client.screenshot("stripe-checkout-for-the-first-installment");
            portal = checkout.payByCard();
            assertThat(portal.status()).as("where the plan stands, not the invoice's own due date")
                    .startsWith("Paying in installments · EUR 750.00 still open, next EUR 250.00 due ");
            assertThat(plan.statuses()).containsExactly("Paid", "Due", "Due", "Due");
            assertThat(plan.payNextLabel()).isEqualTo("Pay the next installment: EUR 250.00");
            client.screenshot("client-paid-the-first-installment");
            byte[] clientAgreement = plan.downloadAgreement();

            invoice = invoice.reload();
            PlanPages.WorkspacePlan workspacePlan = new PlanPages.WorkspacePlan(freelancer.page);
            assertThat(workspacePlan.title()).isEqualTo("Payment plan: accepted");
            assertThat(workspacePlan.schedule()).contains("EUR 250.00");
            assertThat(workspacePlan.statuses()).containsExactly("Paid", "Due", "Due", "Due");
            assertThat(workspacePlan.evidence()).contains(clientEmail, "127.0.0.1", "I agree to pay on these dates");
            assertThat(invoice.paid()).contains("250.00");
            freelancer.screenshot("freelancer-sees-the-plan");
            workspacePlan.scrollToEvidence();
            freelancer.screenshot("freelancer-sees-the-acceptance-evidence");
            byte[] agreement = workspacePlan.downloadAgreement();
            assertThat(agreement).isEqualTo(clientAgreement);
            try (PDDocument document = Loader.loadPDF(agreement)) {
                assertThat(new PDFTextStripper().getText(document)).contains("Payment plan agreement", "Pia Client",
                        "EUR 250.00", "EUR 1,000.00", "127.0.0.1");
            }
            assertThat(PdfPages.toPng(agreement, pdfPages, "payment-plan-agreement")).isNotEmpty();

            plan.saveCard("4242 4242 4242 4242");
            assertThat(plan.autopay())
                    .startsWith("Autopay is on: each installment is charged to your visa •••• 4242 on its due date.")
                    .as("the second installment, a month after the first").contains("The next: EUR 250.00 on ");
            client.screenshot("client-saved-a-card-for-autopay");

            // On a phone, the client's home lists the plan with its next installments and the card that pays them.
            client.page.setViewportSize(375, 740);
            client.page.locator("#home-link").click();
            PlaywrightAssertions.assertThat(client.page.locator("#home-plans .home-plan")).hasCount(1);
            PlaywrightAssertions.assertThat(client.page.locator("#home-plans"))
                    .containsText("Paying in installments · EUR 250.00 of EUR 1,000.00 paid");
            PlaywrightAssertions.assertThat(client.page.locator("#home-plans"))
                    .containsText("Autopay on: charged to your visa •••• 4242 on each due date");
            PlaywrightAssertions.assertThat(client.page.locator("#home-plans .home-installment")).hasCount(3);
            PlaywrightAssertions.assertThat(client.page.locator("#home-plans .home-installment").first())
                    .containsText("EUR 250.00 · Due");
            PlaywrightAssertions.assertThat(client.page.locator("#home-saved-methods .home-saved-method"))
                    .containsText("visa •••• 4242");
            assertThat((Boolean) client.page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
                    .as("nothing wider than the phone").isTrue();
            client.page.locator("#home-plans").scrollIntoViewIfNeeded();
            client.screenshot("client-home-shows-the-plan-on-a-phone");
            invoice = invoice.reload();
            assertThat(workspacePlan.autopay()).contains("visa •••• 4242");
            String invoicePage = freelancer.page.url();
            WorkspacePages.ClockPage clock = WorkspacePages.ClockPage.openFromNavigation(freelancer.page);
            try {
                clock.letAMonthAndADayPass();
                freelancer.screenshot("freelancer-lets-a-month-and-a-day-pass");
                freelancer.page.navigate(invoicePage);
                workspacePlan.reloadUntilStatuses(List.of("Paid", "Paid", "Due", "Due"), Duration.ofSeconds(90));
                assertThat(invoice.paid()).contains("500.00");
                assertThat(invoice.paymentsText()).contains("250.00");
                assertThat(workspacePlan.autopay()).as("autopay carries on for the next ones").contains("visa •••• 4242");
                workspacePlan.scrollToPlan();
                freelancer.screenshot("freelancer-sees-the-second-installment-charged");
                assertThat(MailedLinks.awaitMails(clientEmail, "Receipt: EUR 250.00", 2, Duration.ofSeconds(30)))
                        .as("a receipt for the installment paid online and one for the one charged").hasSize(2);
                assertThat(MailedLinks.awaitMails(clientEmail, 1, Duration.ofSeconds(1))).extracting(m -> m.subject())
                        .as("no reminder asks for money the card pays").noneMatch(subject -> subject.contains(" is due")
                                || subject.contains("still open") || subject.contains("overdue"));
                // Only the second installment was due: the later ones are not charged before their days.
                Thread.sleep(3_000);
                assertThat(workspacePlan.reloadUntilStatuses(List.of("Paid", "Paid", "Due", "Due"), Duration.ZERO)
                        .statuses()).containsExactly("Paid", "Paid", "Due", "Due");
            } finally {
                WorkspacePages.ClockPage.open(freelancer.page, base).backToRealTime();
            }
            freelancer.screenshot("freelancer-back-to-real-time");
        }
    }

    @Test
    void theFreelancerProposesThreeMonthlyInstallmentsAndTheClientAcceptsThem() throws Exception {
        String base = RunningServer.baseUrl();
        String freelancerEmail = "plan-proposal-" + UUID.randomUUID() + "@it.becflow.test";
        String clientEmail = "quinn-" + UUID.randomUUID() + "@client.test";
        String password = "correct horse battery";

        try (Browser freelancer = new Browser("plan-proposal-freelancer");
             Browser client = new Browser("plan-proposal-client")) {
            WorkspacePages.StartPage.open(freelancer.page, base).startFreeTrial()
                    .fill("Lovelace Analytics", "Ada", "Lovelace", freelancerEmail, password).create()
                    .signInToDashboard(freelancerEmail, password).clients().verifyEmail(freelancerEmail)
                    .addClient("Quinn Client", clientEmail);
            InvoicePages.InvoicePage invoice = InvoicePages.InvoicesPage.openFromNavigation(freelancer.page)
                    .createDraft("Quinn Client", "Engine tables", "1", "1000", "0");
            invoice.issue();

            PlanPages.WorkspacePlan plan = new PlanPages.WorkspacePlan(freelancer.page);
            assertThat(plan.title()).isEqualTo("Payment plan");
            plan.openProposal();
            assertThat(plan.frequency()).contains("Monthly");
            plan.proposalInstallments(13);
            assertThat(freelancer.page.locator("#proposal-count").getAttribute("invalid"))
                    .as("13 is over the workspace's limit of 12").isNotNull();
            assertThat(freelancer.page.locator("#proposal-count").innerText()).contains("At most 12 installments");
            assertThat(plan.proposeRefused()).startsWith("Not proposed: mend what is marked first.");
            plan.scrollToPlan();
            freelancer.screenshot("freelancer-asks-for-too-many-installments");
            plan.proposalInstallments(3);
            assertThat(plan.proposalPreview()).contains("EUR 333.33", "EUR 333.34");
            assertThat(plan.proposalPreviewSum()).isEqualTo("3 installments adding up to EUR 1,000.00, the invoice's total.");
            plan.scrollToPlan();
            freelancer.screenshot("freelancer-previews-three-monthly-installments");
            plan.propose();
            assertThat(plan.statuses()).containsExactly("Due", "Due", "Due");
            assertThat(plan.waiting()).endsWith("the client has not accepted it yet.");
            assertThat(freelancer.page.locator("#withdraw-plan").innerText()).isEqualTo("Withdraw the proposal");
            plan.scrollToPlan();
            freelancer.screenshot("freelancer-proposed-the-plan");
            plan.withdraw();
            assertThat(plan.title()).as("withdrawn: another can be proposed").isEqualTo("Payment plan");
            plan.openProposal().proposalInstallments(3).propose();
            assertThat(plan.schedule()).contains("EUR 333.33", "EUR 333.34");

            InvoicePages.PayInvoicePage.open(client.page, MailedLinks.await(clientEmail, 1, MailedLinks.INVOICE));
            PlanPages.PortalPlan proposal = new PlanPages.PortalPlan(client.page);
            assertThat(proposal.offered()).isTrue();
            assertThat(proposal.proposal()).contains("EUR 333.33", "EUR 333.34", "Total EUR 1,000.00");
            client.screenshot("client-sees-the-proposed-plan");
            proposal.accept();
            assertThat(proposal.statuses()).containsExactly("Due", "Due", "Due");
            assertThat(proposal.acceptedAt()).startsWith("You accepted this plan on");
            client.screenshot("client-accepted-the-proposed-plan");

            invoice.reload();
            assertThat(plan.title()).isEqualTo("Payment plan: accepted");
            assertThat(plan.evidence()).contains(clientEmail, "I agree to pay on these dates");
            plan.scrollToPlan();
            freelancer.screenshot("freelancer-sees-the-accepted-plan");
            assertThat(plan.askToCancel()).contains("Nothing has been paid under the plan yet", "The open EUR 1,000.00",
                    "Keep the plan");
            freelancer.screenshot("freelancer-is-asked-before-cancelling");
            plan.keepThePlan();
            assertThat(plan.title()).isEqualTo("Payment plan: accepted");

            plan.cancelThePlan();
            assertThat(plan.title()).as("no live plan: another can be proposed").isEqualTo("Payment plan");
            assertThat(invoice.status()).as("the client opened it").isEqualTo("viewed");
            plan.scrollToPlan();
            freelancer.screenshot("freelancer-cancelled-the-plan");
        }
    }
}
