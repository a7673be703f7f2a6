package com.becflow.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.becflow.it.MailedLinks;
import com.becflow.it.RunningServer;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A package deal, in Chromium. The freelancer offers a two-milestone package billed per milestone, sees the shares
 * fall short of the price and mends them, marks the first milestone delivered (asked first, told its invoice goes out
 * now) and sees its invoice on the package; the client opens the emailed link and sees, beside the invoice, what of
 * the package is delivered and what is paid. Then the freelancer calls off the rest (asked first), and the client sees
 * that what was not delivered will not be invoiced.
 */
class PackageJourneyE2EIT {

    @Test
    void aMilestoneDeliveredIsInvoicedAndTheClientSeesThePackageBesideItsInvoice() {
        String base = RunningServer.baseUrl();
        String freelancerEmail = "package-journey-" + UUID.randomUUID() + "@it.becflow.test";
        String clientEmail = "rosa-" + UUID.randomUUID() + "@client.test";
        String password = "correct horse battery";

        try (Browser freelancer = new Browser("package-journey-freelancer");
             Browser client = new Browser("package-journey-client")) {
            WorkspacePages.StartPage.open(freelancer.page, base).startFreeTrial()
                    .fill("Franklin Design", "Rosalind", "Franklin", freelancerEmail, password).create()
                    .signInToDashboard(freelancerEmail, password).clients().verifyEmail(freelancerEmail)
                    .addClient("Rosa Client", clientEmail);

            PackagePages.PackagesPage packages = PackagePages.PackagesPage.openFromNavigation(freelancer.page)
                    .fillNew("Rosa Client", "Brand identity", "3000", "19", "VAT")
                    .milestone(0, "Logo and palette", "1000").milestone(1, "Website", "1500");
            assertThat(packages.sharesLine("EUR 500.00 short of")).contains("EUR 2,500.00", "EUR 3,000.00");
            freelancer.screenshot("freelancer-shares-fall-short");
            packages.milestone(1, "Website", "2000");
            assertThat(packages.sharesLine("the price.")).isEqualTo("Shares add up to EUR 3,000.00, the price.");
            freelancer.screenshot("freelancer-offers-a-package");

            PackagePages.PackagePage deal = packages.offer();
            assertThat(deal.heading()).isEqualTo("Brand identity");
            assertThat(deal.summary()).contains("EUR 3,000.00", "0 of 2 delivered");
            assertThat(deal.milestones()).contains("Logo and palette", "Website", "Not yet");
            freelancer.screenshot("freelancer-sees-the-package");

            assertThat(deal.askToDeliver(1)).contains("Logo and palette", "invoice");
            freelancer.screenshot("freelancer-is-asked-before-delivering");
            deal.confirmDelivery(1);
            String number = deal.invoiceNumber(1);
            assertThat(number).startsWith("INV-");
            assertThat(deal.totals()).isEqualTo("Invoiced EUR 1,190.00 · Paid EUR 0.00 · Open EUR 1,190.00");
            assertThat(deal.summary()).contains("1 of 2 delivered");
            freelancer.screenshot("freelancer-delivered-the-first-milestone");
            String packagePage = freelancer.page.url();
            freelancer.page.locator("#milestone-invoice-1").click();
            com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(
                    freelancer.page.locator("#invoice-origin-link")).hasText("part of a package");
            assertThat(freelancer.page.locator("#invoice-title").textContent()).endsWith(number);
            freelancer.screenshot("freelancer-sees-the-milestone-invoice-is-part-of-the-package");

            InvoicePages.PayInvoicePage.open(client.page, MailedLinks.await(clientEmail, 1, MailedLinks.INVOICE));
            PackagePages.PortalPackage portal = new PackagePages.PortalPackage(client.page);
            assertThat(portal.title()).isEqualTo("Package: Brand identity");
            assertThat(portal.summary()).contains("EUR 3,000.00", "per milestone");
            assertThat(portal.milestone(1)).contains("Logo and palette", "Delivered", "This invoice", "EUR 1,190.00 to pay");
            assertThat(portal.milestone(2)).contains("Website", "In progress", "Not invoiced yet");
            assertThat(portal.totals()).isEqualTo("1 of 2 milestones delivered · EUR 0.00 paid of EUR 1,190.00 invoiced");
            portal.scrollIntoView();
            client.screenshot("client-sees-the-package-beside-its-invoice");

            // The client's plans change: the freelancer calls off what is not delivered yet.
            freelancer.page.navigate(packagePage);
            assertThat(deal.askToCancel()).contains("The milestone not delivered is never delivered or invoiced",
                    "invoices of delivered milestones stay");
            freelancer.screenshot("freelancer-is-asked-before-cancelling-the-package");
            assertThat(deal.confirmCancel()).startsWith("Cancelled on ")
                    .endsWith("Milestones not delivered are never delivered or invoiced.");
            assertThat(deal.milestones()).contains("Never");
            assertThat(freelancer.page.locator("#milestone-deliver-2").count()).as("nothing more to deliver").isZero();
            freelancer.screenshot("freelancer-sees-the-package-cancelled");
            client.page.reload();
            assertThat(portal.cancelled()).isEqualTo("This package was called off. What was not delivered is not"
                    + " invoiced.");
            assertThat(portal.milestone(2)).contains("Website", "Not delivered").doesNotContain("In progress");
            portal.scrollIntoView();
            client.screenshot("client-sees-the-package-called-off");
        }
    }
}
