package com.becflow.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.becflow.it.RunningServer;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Keeping the books in Xero, in Chromium: a freelancer with an issued invoice connects Xero through its consent page
 * (the fake's), comes back to a connected Integrations page, and watches the first sync put the client and the
 * invoice into the books; a second client under a name Xero already has is refused and waits in the conflict list,
 * and linking it to the existing contact settles it. On the way the freelancer chooses another sales account, read
 * from Xero.
 */
class BooksJourneyE2EIT {

    @Test
    void aFreelancerConnectsXeroSeesTheFirstSyncAndSettlesAConflict() {
        String base = RunningServer.baseUrl();
        String email = "books-journey-" + UUID.randomUUID() + "@it.becflow.test";
        String password = "correct horse battery";
        try (Browser browser = new Browser("books-journey")) {
            CockpitPages.DashboardPage dashboard = WorkspacePages.StartPage.open(browser.page, base).startFreeTrial()
                    .fill("Lovelace Books", "Ada", "Lovelace", email, password).create().signInToDashboard(email, password);
            WorkspacePages.ClientsPage clients = dashboard.clients().verifyEmail(email);
            clients.addClient("Babbage Engines", "charles@engines.test");
            InvoicePages.InvoicePage invoice = InvoicePages.InvoicesPage.openFromNavigation(browser.page)
                    .createDraft("Babbage Engines", "Difference engine drawings", "3", "400", "20");
            invoice.issue();
            String number = invoice.title().replace("Invoice ", "");

            BooksPages.IntegrationsPage integrations = BooksPages.IntegrationsPage.openFromNavigation(browser.page);
            assertThat(integrations.status("xero")).isEqualTo("Not connected");
            assertThat(integrations.status("quickbooks")).isEqualTo("Not connected");
            browser.screenshot("integrations-before-connecting");

            BooksPages.XeroConsentPage consent = integrations.connectXero();
            assertThat(consent.scopes()).contains("accounting.transactions", "offline_access");
            browser.screenshot("xero-consent-page");
            integrations = consent.allowAccess();
            assertThat(integrations.status("xero")).isEqualTo("Connected");
            assertThat(integrations.card("xero")).contains("Demo Company", "sales to account 200", "payments to account 090");
            integrations.awaitLog("created invoice " + number);
            // Each step of the pass is logged as it is done: the pass's last line may come a moment after the invoice's.
            integrations.awaitLog("pass finished: 2 created");
            assertThat(integrations.log()).contains("created contact Babbage Engines", "pass finished: 2 created");
            browser.screenshot("first-sync-in-the-log");
            integrations = BooksPages.IntegrationsPage.openFromNavigation(browser.page);
            assertThat(integrations.card("xero"))
                    .as("the first sync's progress: the client and the invoice").contains("2 of 2 in Xero");

            integrations.openAccountsAndChooseSalesAccount("xero", "260 Other Revenue");
            browser.screenshot("choosing-the-sales-account");
            assertThat(integrations.saveAccounts().card("xero")).contains("sales to account 260");
            browser.screenshot("the-sales-account-chosen");

            CockpitPages.DashboardPage.openFromNavigation(browser.page).clients()
                    .addClient("Babbage Engines", "ada@engines.test");
            integrations = BooksPages.IntegrationsPage.openFromNavigation(browser.page).syncNow();
            integrations.awaitLog("Xero refused contact Babbage Engines");
            assertThat(integrations.conflicts()).contains("Contact Babbage Engines", "already assigned to another contact",
                    "Link to the existing contact", "Try again", "Leave it out");
            browser.screenshot("a-conflict-to-settle");
            assertThat(BooksPages.IntegrationsPage.openFromNavigation(browser.page).card("xero"))
                    .as("the refused client is not in the books yet").contains("2 of 3 in Xero");
            integrations.settle("Link to the existing contact")
                    .awaitLog("contact Babbage Engines: linked to the contact of the same name, neither changed");
            browser.screenshot("the-conflict-settled-by-linking");
            assertThat(BooksPages.IntegrationsPage.openFromNavigation(browser.page).card("xero"))
                    .as("linked, the client counts as in the books").contains("3 of 3 in Xero");
        }
    }
}
