package com.becflow.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.becflow.integrations.documents.PdfPages;
import com.becflow.it.MailedLinks;
import com.becflow.it.RunningServer;
import com.becflow.it.TestPlatform;
import com.microsoft.playwright.FrameLocator;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Getting paid, in Chromium: a freelancer connects Stripe (the fake's onboarding page), issues an invoice; the
 * client opens the emailed link, pays on the checkout page the fake Stripe serves, and comes back to a paid
 * invoice with a receipt; the freelancer sees it paid and downloads the receipt. The dashboard the freelancer lands
 * on shows the first steps, and at the end the money paid this month beside an invoice that is overdue. On the way
 * the freelancer makes the first reminder their own on the reminders page, previews it as typed, and the invoice's
 * next reminder follows it. Apart: a client disputes a line in the portal, the freelancer's reminder asks only for the
 * rest, and the freelancer credits it; and a monthly recurring invoice started with its next days previewed, then
 * paused and resumed.
 */
class InvoiceJourneyE2EIT {

    private static final String FREELANCER_ZONE = "Pacific/Pago_Pago";

    @Test
    void aFreelancerIssuesAnInvoiceAndTheClientPaysItOnlineFromTheEmailedLink() throws Exception {
        String base = RunningServer.baseUrl();
        String freelancerEmail = "invoice-journey-" + UUID.randomUUID() + "@it.becflow.test";
        String clientEmail = "bea-" + UUID.randomUUID() + "@client.test";
        String password = "correct horse battery";
        Path pdfPages = Path.of(System.getProperty("becflow.it.screenshots", "target/screenshots")).resolve("invoice-pdfs");

        try (Browser freelancer = new Browser("invoice-journey-freelancer");
             Browser client = new Browser("invoice-journey-client")) {
            CockpitPages.DashboardPage dashboard = WorkspacePages.StartPage.open(freelancer.page, base)
                    .startFreeTrial().fill("Hopper Studio", "Grace", "Hopper", freelancerEmail, password)
                    .timeZone(FREELANCER_ZONE).create().signInToDashboard(freelancerEmail, password);
            assertThat(dashboard.showsFirstRun()).as("a new workspace says where to start").isTrue();
            assertThat(List.of("business", "client", "document")).noneMatch(dashboard::stepDone);
            freelancer.screenshot("dashboard-first-run");
            WorkspacePages.ClientsPage clients = dashboard.clients().verifyEmail(freelancerEmail);
            clients.addClient("Bea Client", clientEmail);

            InvoicePages.InvoiceSettingsPage settings = InvoicePages.InvoiceSettingsPage.openFromNavigation(freelancer.page)
                    .bankInstructions("IBAN DE89 3704 0044 0532 0130 00, Hopper Studio").connectStripe();
            assertThat(settings.clientPortalAddress()).as("where the freelancer's clients sign in")
                    .matches("http://\\S+/portal/for/hopper-studio(-\\d+)?");
            freelancer.screenshot("stripe-connected");

            InvoicePages.InvoicePage invoice = InvoicePages.InvoicesPage.openFromNavigation(freelancer.page)
                    .createDraft("Bea Client", "Logo design", "2", "450", "19");
            assertThat(invoice.documentText()).contains("Logo design", "EUR 1,071.00");
            freelancer.screenshot("invoice-draft");
            invoice.issue();
            assertThat(invoice.title()).matches("Invoice INV-\\d{4}-0001");
            freelancer.screenshot("invoice-issued");
            assertThat(invoice.reminders()).contains("Next: D-3 (friendly)", "on the client's clock", "is due on",
                    "Send now", "Skip it", "Pause");
            freelancer.screenshot("invoice-reminders-next-and-preview");
            String invoiceUrl = freelancer.page.url();

            ReminderPages.ReminderPolicyPage policy = ReminderPages.ReminderPolicyPage.openFromNavigation(freelancer.page);
            assertThat(policy.state()).startsWith("You follow the standard reminders");
            policy.days(1, -5).ownText(1, "{{invoiceNumber}}: due in {{daysUntilDue}} days",
                    "Hi {{clientName}}, a heads-up from {{businessName}}: {{amountDue}} is due on {{dueDate}}.");
            assertThat(policy.saveRefused("reminder-step-1-body")).contains("must contain {{payLink}}");
            freelancer.screenshot("reminder-policy-refused-without-the-pay-link");
            policy.body(1, "Hi {{clientName}}, a heads-up from {{businessName}}: {{amountDue}} is due on {{dueDate}}."
                    + " Pay here: {{payLink}}");
            assertThat(policy.preview(1, "D-5")).contains("INV-", "0042: due in 5 days", "Hi Alex Example, a heads-up"
                    + " from Hopper Studio: EUR 1,200.00 is due on", "/portal/invoice/(personal link");
            freelancer.screenshot("reminder-policy-step-previewed-as-typed");
            policy.save();
            freelancer.page.navigate(invoiceUrl);
            assertThat(invoice.reminders()).contains("Next: D-5 (friendly)", ": due in 5 days",
                    "Hi Bea Client, a heads-up from Hopper Studio: EUR 1,071.00");
            freelancer.screenshot("invoice-reminded-by-the-new-policy");

            String link = MailedLinks.await(clientEmail, 1, MailedLinks.INVOICE);
            client.page.navigate(base + "/local/mailbox?to=" + clientEmail);
            client.page.locator("vaadin-grid-cell-content:has-text('Hopper Studio sent you')").first().click();
            FrameLocator mail = client.page.frameLocator("#mail-html");
            PlaywrightAssertions.assertThat(mail.locator("a:has-text('View the invoice')"))
                    .hasAttribute("href", link);
            PlaywrightAssertions.assertThat(mail.locator("body"))
                    .containsText("Sent by Hopper Studio with Becflow");
            assertThat(client.page.locator("#mail-text").textContent()).startsWith("Reply-To: " + freelancerEmail);
            client.screenshot("client-mail-as-received");
            InvoicePages.PayInvoicePage portal = InvoicePages.PayInvoicePage.open(client.page, link);
            assertThat(portal.heading()).contains("Hopper Studio", "INV-");
            assertThat(portal.documentText()).contains("Bea Client", "Logo design", "EUR 1,071.00");
            client.screenshot("client-opens-the-emailed-invoice");
            assertThat(portal.bankInstructions()).contains("IBAN DE89");
            LocalDate payBy = LocalDate.now(ZoneId.of(FREELANCER_ZONE)).plusDays(10);
            assertThat(portal.promiseToPayBy(payBy)).startsWith("You said you will pay by " + payBy.getDayOfMonth() + " ")
                    .contains("Hopper Studio knows");
            client.screenshot("client-promises-to-pay-in-ten-days");

            InvoicePages.StripeCheckoutPage checkout = portal.payOnline();
            assertThat(checkout.amount()).contains("1071.00", "EUR");
            client.screenshot("stripe-checkout-page");
            portal = checkout.payByCard();
            assertThat(portal.paidBannerVisible()).isTrue();
            assertThat(portal.status()).isEqualTo("Paid");
            client.screenshot("client-back-on-a-paid-invoice");
            byte[] clientReceipt = portal.downloadReceipt(0);
            assertThat(new String(clientReceipt, 0, 5, "ISO-8859-1")).isEqualTo("%PDF-");

            invoice = invoice.reload();
            assertThat(invoice.status()).isEqualTo("paid");
            assertThat(invoice.paid()).contains("1,071.00");
            assertThat(invoice.balance()).contains("0.00");
            assertThat(invoice.paymentsText()).contains("Card");
            freelancer.screenshot("freelancer-sees-paid");
            byte[] receipt = invoice.downloadReceipt(0);
            assertThat(receipt).isEqualTo(clientReceipt);
            assertThat(PdfPages.toPng(receipt, pdfPages, "receipt")).isNotEmpty();
            assertThat(PdfPages.toPng(invoice.downloadPdf(), pdfPages, "invoice")).isNotEmpty();

            // Paid twice: the client's bank debit clears after the freelancer recorded their transfer by hand.
            InvoicePages.InvoicePage second = InvoicePages.InvoicesPage.openFromNavigation(freelancer.page)
                    .createDraft("Bea Client", "Workshop", "1", "300", "0").issue();
            String number = second.title().replace("Invoice ", "");
            String secondLink = MailedLinks.text(MailedLinks.awaitMail(clientEmail, "Hopper Studio sent you invoice "
                    + number, Duration.ofSeconds(20)), MailedLinks.INVOICE);
            InvoicePages.StripeCheckoutPage debit = InvoicePages.PayInvoicePage.open(client.page, secondLink).payOnline();
            String session = debit.session();
            debit.payByBankDebit();
            client.screenshot("client-pays-by-bank-debit");
            second = second.reload().recordBankTransfer("Transfer 2 of 2");
            assertThat(second.status()).isEqualTo("paid");
            TestPlatform.stripe().settleBankDebit(session);
            second = awaitExcess(second);
            assertThat(second.excessActions()).contains("Give back EUR 300.00", "Keep as Bea Client's credit");
            assertThat(second.balanceCaption()).contains("received beyond what is owed", "-300.00");
            freelancer.screenshot("freelancer-decides-about-an-overpayment");
            second.keepExcessAsCredit();
            assertThat(second.keptAsCredit()).contains("300.00");
            assertThat(second.balance()).contains("0.00");
            freelancer.screenshot("overpayment-kept-as-credit");

            // Late without waiting: the client's day on Kiritimati (UTC+14) is always ahead of Pago Pago's (UTC-11),
            // so an invoice due on receipt is overdue for them once issued, and nobody moves the shared clock.
            CockpitPages.DashboardPage.openFromNavigation(freelancer.page).clients()
                    .addClient("Kiri Client", "kiri-" + UUID.randomUUID() + "@client.test", "Pacific/Kiritimati");
            InvoicePages.InvoicesPage.openFromNavigation(freelancer.page).createDraft("Kiri Client", "Rush job", "120", 0)
                    .issueShowing("overdue");
            dashboard = CockpitPages.DashboardPage.openFromNavigation(freelancer.page);
            assertThat(dashboard.figure("overdue", "EUR")).isEqualTo("EUR 120.00");
            assertThat(dashboard.card("overdue", "EUR")).contains("1 invoice past due");
            assertThat(dashboard.figure("owed", "EUR")).isEqualTo("EUR 120.00");
            assertThat(dashboard.figure("paid", "EUR")).as("card, transfer and the bank debit kept as credit")
                    .isEqualTo("EUR 1,671.00");
            assertThat(dashboard.chartDescription("ageing", "EUR")).contains("Current 0.00", "1-30 days 120.00",
                    "90+ days 0.00");
            assertThat(dashboard.stepDone("client")).isTrue();
            assertThat(dashboard.stepDone("document")).isTrue();
            assertThat(dashboard.stepDone("business")).as("no business address was given").isFalse();
            freelancer.screenshot("dashboard-overdue-and-paid");
            dashboard.openFigure("overdue", "EUR");
            assertThat(freelancer.page.locator("#invoice-grid").innerText()).contains("Kiri Client")
                    .doesNotContain("Bea Client");
            freelancer.screenshot("overdue-invoices-from-the-dashboard");

            WorkspacePages.ClientsPage clientList = CockpitPages.DashboardPage.openFromNavigation(freelancer.page).clients();
            CockpitPages.ClientPage kiri = clientList.openHistory("Kiri Client");
            assertThat(kiri.reliability()).isEqualTo("Often pays late");
            assertThat(kiri.averageDaysToPay()).isEqualTo("No invoice paid yet");
            assertThat(kiri.paymentCounts()).startsWith("0 paid (0 on time), 1 overdue now");
            assertThat(kiri.timeline()).contains("Issued");
            freelancer.screenshot("client-page-late-payer");
            CockpitPages.ClientPage bea = CockpitPages.DashboardPage.openFromNavigation(freelancer.page).clients()
                    .openHistory("Bea Client");
            assertThat(bea.reliability()).isEqualTo("Pays on time");
            assertThat(bea.averageDaysToPay()).isEqualTo("0.0 days on average");
            assertThat(bea.paymentCounts()).startsWith("2 paid (2 on time), 0 overdue now");
            assertThat(bea.timeline()).contains("Payment", "Issued", "Money decided");
            freelancer.screenshot("client-page-timeline");
        }
    }

    @Test
    void aClientDisputesALineInThePortalItsRemindersLeaveItOutAndTheFreelancerCreditsIt() throws Exception {
        String base = RunningServer.baseUrl();
        String freelancerEmail = "dispute-journey-" + UUID.randomUUID() + "@it.becflow.test";
        String clientEmail = "cleo-" + UUID.randomUUID() + "@client.test";
        String password = "correct horse battery";

        try (Browser freelancer = new Browser("dispute-journey-freelancer");
             Browser client = new Browser("dispute-journey-client")) {
            WorkspacePages.StartPage.open(freelancer.page, base).startFreeTrial()
                    .fill("Lovelace Studio", "Ada", "Lovelace", freelancerEmail, password).timeZone(FREELANCER_ZONE)
                    .create().signInToDashboard(freelancerEmail, password).clients().verifyEmail(freelancerEmail)
                    .addClient("Cleo Client", clientEmail);
            InvoicePages.InvoicePage invoice = InvoicePages.InvoicesPage.openFromNavigation(freelancer.page)
                    .createDraft("Cleo Client", "Website redesign", "1", "900", "0").issue();

            String link = MailedLinks.await(clientEmail, 1, MailedLinks.INVOICE);
            InvoicePages.PayInvoicePage.open(client.page, link);
            DisputePages.ClientDispute portal = new DisputePages.ClientDispute(client.page);
            assertThat(portal.disputeLine(1, "200", "The second round of changes was never made"))
                    .startsWith("You disputed EUR 200.00 of line 1, Website redesign on ")
                    .endsWith("Waiting for Lovelace Studio's answer. Meanwhile this amount is not asked for; the rest is"
                            + " still due.");
            assertThat(client.page.locator("#invoice-balance").textContent()).isEqualTo("Still to pay: EUR 700.00");
            assertThat(client.page.locator("#invoice-status").textContent()).as("the status line, too")
                    .startsWith("EUR 700.00 ").endsWith(" · EUR 200.00 under dispute");
            assertThat(client.page.locator("#invoice-disputed").textContent()).contains("EUR 200.00 you dispute",
                    "you may pay it too");
            client.screenshot("client-disputes-a-line");

            invoice = invoice.reload();
            DisputePages.FreelancerDispute disputes = new DisputePages.FreelancerDispute(freelancer.page);
            assertThat(disputes.said(1)).contains("The client disputes EUR 200.00 of line 1 (Website redesign)",
                    "never made", "not reminded and no late fee");
            assertThat(invoice.reminders()).as("the reminder asks for what is not disputed").contains("EUR 700.00")
                    .doesNotContain("EUR 900.00");
            freelancer.screenshot("freelancer-sees-the-dispute-and-the-reminder-without-it");
            disputes.credit("Agreed, the changes were left out.");
            assertThat(invoice.balance()).contains("700.00");
            freelancer.screenshot("freelancer-credited-the-dispute");

            client.page.reload();
            assertThat(portal.status(1)).endsWith("Lovelace Studio agreed and took it off with a credit note: Agreed, the"
                    + " changes were left out.");
            assertThat(MailedLinks.awaitMail(clientEmail, "Your dispute of ", Duration.ofSeconds(20)).text())
                    .contains("you are right");
            client.screenshot("client-sees-the-dispute-credited");

            // On a phone: from the invoice to everything the client has with the freelancer, and back by a fresh link.
            String number = client.page.locator("#invoice-heading").textContent()
                    .replaceAll("^Invoice (\\S+) from .*$", "$1");
            client.page.setViewportSize(375, 740);
            client.page.locator("#home-link").click();
            PlaywrightAssertions.assertThat(client.page.locator("#home-heading")).hasText("Everything with Lovelace Studio");
            PlaywrightAssertions.assertThat(client.page.locator("#home-owed"))
                    .hasText("Hello Cleo Client, open now: EUR 700.00.");
            PlaywrightAssertions.assertThat(client.page.locator("#home-invoices .home-row")).hasCount(2);
            PlaywrightAssertions.assertThat(client.page.locator("#home-invoices")).containsText("Credit note");
            PlaywrightAssertions.assertThat(client.page.locator("#home-mails")).containsText("Your dispute of " + number);
            assertThat((Boolean) client.page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
                    .as("nothing wider than the phone").isTrue();
            client.screenshot("client-home-on-a-phone");
            client.page.locator("#home-invoices vaadin-button[aria-label='Open " + number + "']").click();
            PlaywrightAssertions.assertThat(client.page.locator("#invoice-heading"))
                    .hasText("Invoice " + number + " from Lovelace Studio");
            client.page.waitForURL(Pattern.compile(".*/portal/invoice/.*"));
            assertThat(client.page.url()).as("a fresh link").isNotEqualTo(link);

            // Next time without a mail: the freelancer's portal page mails a link that signs the client in, once.
            client.page.locator("#home-link").click();
            client.page.locator("#home-sign-in").click();
            PlaywrightAssertions.assertThat(client.page.locator("#sign-in-heading"))
                    .hasText("Your documents with Lovelace Studio");
            client.page.locator("#sign-in-email input").fill(clientEmail);
            client.page.locator("#sign-in-request").click();
            PlaywrightAssertions.assertThat(client.page.locator("#sign-in-answer")).containsText("a sign-in link is on"
                    + " its way");
            client.screenshot("client-asks-for-a-sign-in-link");
            String signIn = MailedLinks.text(MailedLinks.awaitMail(clientEmail, "Your sign-in link for Lovelace Studio",
                    Duration.ofSeconds(20)), Pattern.compile("http://\\S+/portal/sign-in/\\S+"));
            client.page.navigate(signIn);
            client.page.locator("#sign-in-open").click();
            PlaywrightAssertions.assertThat(client.page.locator("#home-heading")).hasText("Everything with Lovelace Studio");
            client.screenshot("client-signed-in-by-mail");
        }
    }

    @Test
    void aFreelancerStartsAMonthlyRecurringInvoiceSeesItsDaysAndPausesAndResumesIt() {
        String base = RunningServer.baseUrl();
        String freelancerEmail = "recurring-journey-" + UUID.randomUUID() + "@it.becflow.test";
        String password = "correct horse battery";
        // A few days ahead where the freelancer lives, so that no morning round issues one while the journey runs.
        LocalDate firstDay = LocalDate.now(ZoneId.of(FREELANCER_ZONE)).plusDays(3);
        List<String> firstDays = List.of(firstDay, firstDay.plusMonths(1), firstDay.plusMonths(2)).stream()
                .map(RecurringPages.RecurringInvoicePage.DAY::format).toList();

        try (Browser freelancer = new Browser("recurring-invoice-journey")) {
            WorkspacePages.StartPage.open(freelancer.page, base).startFreeTrial()
                    .fill("Lovelace Retainers", "Ada", "Lovelace", freelancerEmail, password).timeZone(FREELANCER_ZONE)
                    .create().signInToDashboard(freelancerEmail, password).clients().verifyEmail(freelancerEmail)
                    .addClient("Rita Retainer", "rita-" + UUID.randomUUID() + "@client.test");

            RecurringPages.RecurringInvoicesPage list = RecurringPages.RecurringInvoicesPage.openFromNavigation(freelancer.page)
                    .fillNew("Rita Retainer", "Monthly retainer", "1", "900", "19").retainer("10", "95")
                    .firstInvoiceOn(firstDay);
            assertThat(list.preview()).startsWith("Next invoices on: " + String.join(", ", firstDays));
            freelancer.screenshot("recurring-invoice-form-with-its-next-days");

            RecurringPages.RecurringInvoicePage series = list.start();
            assertThat(series.summary()).contains("EUR 1,071.00 per invoice", "monthly from " + firstDay,
                    "retainer: 10 h included, EUR 95.00 an extra hour", "none issued yet");
            assertThat(series.upcoming()).contains(firstDays).contains("08:00", FREELANCER_ZONE);
            assertThat(series.issued()).contains("None yet");
            assertThat(series.retainerStanding()).isEqualTo("0 h worked and not billed yet, of 10 h this period");
            assertThat(series.logHoursTodayRefused("3", "Kick-off workshop")).as("no period has begun: nothing to log yet")
                    .isEqualTo("The retainer starts on " + firstDay);
            freelancer.screenshot("recurring-invoice-started");

            series.pause();
            assertThat(series.upcoming()).contains("None while paused").doesNotContain(firstDays.get(0));
            freelancer.screenshot("recurring-invoice-paused");

            series.resume();
            assertThat(series.upcoming()).as("the first day lies ahead, so resuming skips none").contains(firstDays);
            freelancer.screenshot("recurring-invoice-resumed");

            list = series.backToList();
            assertThat(list.gridText()).contains("Rita Retainer", "EUR 1,071.00", "monthly from " + firstDay, "active",
                    DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH).format(firstDay));
            freelancer.screenshot("recurring-invoices-list");
        }
    }

    /** The overpayment arrives through Stripe's notification, applied by a worker: reload until it shows. */
    private static InvoicePages.InvoicePage awaitExcess(InvoicePages.InvoicePage invoice) throws InterruptedException {
        for (int i = 0; i < 60; i++) {
            invoice = invoice.reload();
            if (invoice.page().locator("#keep-excess-as-credit").isVisible()) {
                return invoice;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("The overpayment never showed: " + invoice.balance());
    }
}
