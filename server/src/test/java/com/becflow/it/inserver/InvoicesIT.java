package com.becflow.it.inserver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.becflow.clients.Client;
import com.becflow.contracts.Contract;
import com.becflow.contracts.SignatureContext;
import com.becflow.contracts.app.ContractPortal;
import com.becflow.contracts.app.ContractService;
import com.becflow.contracts.app.ContractTemplateService;
import com.becflow.contracts.app.SaveContract;
import com.becflow.contracts.app.SignContract;
import com.becflow.db.BecflowDataSource;
import com.becflow.invoicing.Invoice;
import com.becflow.invoicing.InvoiceKind;
import com.becflow.invoicing.InvoiceLine;
import com.becflow.invoicing.InvoiceStatus;
import com.becflow.invoicing.Payment;
import com.becflow.invoicing.PaymentKind;
import com.becflow.invoicing.app.InvoicePortal;
import com.becflow.invoicing.app.InvoicePortalView;
import com.becflow.invoicing.app.InvoiceQueries;
import com.becflow.invoicing.app.RecordPayment;
import com.becflow.invoicing.app.RefundPayment;
import com.becflow.invoicing.app.SaveInvoice;
import com.becflow.portal.PortalLinkNotFound;
import com.becflow.shared.tenant.TenantContext;
import com.becflow.tenancy.Tenant;
import com.becflow.workspace.local.LocalMailbox;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Invoices inside the real server against real PostgreSQL: numbers under concurrency and rollback, the
 * database's own guards on issued documents, the deposit invoice a signed contract produces, and manual
 * payments, refunds and receipts through real SMTP. Every test makes its own tenant.
 */
@ExtendWith(ArquillianExtension.class)
class InvoicesIT {

    private static final Pattern INVOICE_LINK = Pattern.compile("/portal/invoice/([A-Za-z0-9_-]{43})");
    private static final Pattern CONTRACT_LINK = Pattern.compile("/portal/contract/([A-Za-z0-9_-]{43})");

    @Deployment
    static WebArchive workspace() {
        return InServerArchive.everyInServerTest();
    }

    @Inject
    InServerFixtures fixtures;

    @Inject
    InvoiceQueries invoices;

    @Inject
    com.becflow.invoicing.app.InvoiceDrafts drafts;

    @Inject
    com.becflow.invoicing.app.InvoiceIssuing issuing;

    @Inject
    com.becflow.invoicing.app.ManualPayments manualPayments;

    @Inject
    com.becflow.invoicing.app.Refunds refunds;

    @Inject
    com.becflow.invoicing.app.InvoiceMails mails;

    @Inject
    com.becflow.invoicing.app.InvoiceClosing closing;

    @Inject
    InvoicePortal portal;

    @Inject
    ContractTemplateService templates;

    @Inject
    ContractService contracts;

    @Inject
    ContractPortal contractPortal;

    @Inject
    com.becflow.invoicing.app.DepositInvoicing depositInvoicing;

    @Inject
    com.becflow.invoicing.app.DepositPayment depositPayment;

    @Inject
    LocalMailbox mailbox;

    @Inject
    com.becflow.invoicing.payments.PaymentGateway gateway;

    @Inject
    com.becflow.invoicing.app.PaymentAccountService paymentAccounts;

    @Inject
    com.becflow.invoicing.app.CheckoutSteps checkoutSteps;

    @Inject
    com.becflow.invoicing.app.AttemptSteps attemptSteps;

    @Inject
    com.becflow.invoicing.payments.ProviderEvents providerEvents;

    @Inject
    com.becflow.invoicing.app.OnlinePayments onlinePayments;

    @Inject
    com.becflow.invoicing.app.PaymentReconciliation reconciliation;

    @Inject
    com.becflow.invoicing.app.PaymentNotifications notifications;

    @Inject
    com.becflow.invoicing.payments.PaymentAttempts paymentAttempts;

    @Inject
    Clock clock;

    @Inject
    IssueInItsOwnTransaction issuer;

    @Resource
    ManagedThreadFactory threads;

    @Resource(lookup = BecflowDataSource.JNDI_NAME)
    DataSource dataSource;



    private Invoice draft(TenantContext ctx, Client client, String amount) {
        return drafts.create(new SaveInvoice(client.id(), null, null,
                List.of(InvoiceLine.of("Design work", "1", amount).withTax("19", "VAT")), null, null, 14, null, null), ctx);
    }


    @Test
    void numbersStayGaplessWhenManyIssueAtOnceAndSomeRollBack() throws Exception {
        TenantContext ctx = fixtures.newTenant("Numbering Studio");
        Client client = fixtures.newClient(ctx, "Nora Numbers");
        List<Invoice> drafts = IntStream.range(0, 24).mapToObj(i -> draft(ctx, client, "100.00")).toList();
        CountDownLatch start = new CountDownLatch(1);
        List<java.util.concurrent.FutureTask<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            Invoice invoice = drafts.get(i);
            boolean rollBack = i % 3 == 0;
            java.util.concurrent.FutureTask<Boolean> task = new java.util.concurrent.FutureTask<>(() -> {
                start.await();
                try {
                    issuer.issue(invoice.id(), ctx, rollBack);
                    return true;
                } catch (IssueInItsOwnTransaction.RolledBack expected) {
                    return false;
                }
            });
            results.add(task);
            threads.newThread(task).start();
        }
        start.countDown();
        int committed = 0;
        for (java.util.concurrent.FutureTask<Boolean> result : results) {
            committed += result.get(60, java.util.concurrent.TimeUnit.SECONDS) ? 1 : 0;
        }
        assertThat(committed).isEqualTo(16);

        int year = LocalDate.now(clock.withZone(ctx.zone())).getYear();
        List<String> numbers = invoices.list(client.id(), null, 0, 100, ctx).stream()
                .map(i -> i.number().orElse(null)).filter(n -> n != null).sorted().toList();
        assertThat(numbers).containsExactlyElementsOf(IntStream.rangeClosed(1, 16)
                .mapToObj(n -> String.format("INV-%d-%04d", year, n)).toList());
        assertThat(invoices.count(client.id(), InvoiceStatus.DRAFT, ctx)).isEqualTo(8);

        Invoice next = issuing.issue(drafts.get(0).id(), ctx);
        assertThat(next.number()).contains(String.format("INV-%d-%04d", year, 17));
    }

    @Test
    void theDatabaseItselfRefusesToRenumberChangeOrDeleteAnIssuedInvoice() throws Exception {
        TenantContext ctx = fixtures.newTenant("Guarded Studio");
        Client client = fixtures.newClient(ctx, "Gina Guard");
        Invoice issued = issuing.issue(draft(ctx, client, "250.00").id(), ctx);
        String table = ctx.tenant().schemaName() + ".invoice";
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("UPDATE " + table + " SET number = 'INV-X' WHERE id = '" + issued.id() + "'"))
                    .hasMessageContaining("is issued");
            assertThatThrownBy(() -> s.executeUpdate("UPDATE " + table + " SET total = 1 WHERE id = '" + issued.id() + "'"))
                    .hasMessageContaining("is issued");
            assertThatThrownBy(() -> s.executeUpdate("DELETE FROM " + table + " WHERE id = '" + issued.id() + "'"))
                    .hasMessageContaining("cannot be deleted");
        }
        assertThat(invoices.get(issued.id(), ctx).number()).isEqualTo(issued.number());
    }

    @Test
    void signingAContractWithADepositIssuesAndMailsTheDepositInvoiceOnce() throws Exception {
        TenantContext ctx = fixtures.newTenant("Deposit Studio");
        Client client = fixtures.newClient(ctx, "Dora Deposit");
        var template = templates.list(ctx).stream().filter(t -> t.name().equals("Design project")).findFirst().orElseThrow();
        assertThat(template.terms().deposit()).as("the design template asks for a deposit").isNotNull();
        Contract contract = contracts.send(contracts.create(template.id(), client.id(), new SaveContract(null, "Rebrand",
                LocalDate.of(2027, 1, 11), null, new BigDecimal("4000.00"), null, null, null, false, null), ctx).id(), ctx);
        String contractToken = fixtures.linkMailedTo(client.email(), CONTRACT_LINK, 1);
        SignatureContext browser = new SignatureContext("203.0.113.9", "IT");
        contractPortal.sign(contractToken, new SignContract(true, "Dora Deposit"), browser);

        List<Invoice> all = invoices.list(client.id(), null, 0, 10, ctx);
        assertThat(all).hasSize(1);
        Invoice deposit = all.get(0);
        assertThat(deposit.kind()).isEqualTo(InvoiceKind.DEPOSIT);
        assertThat(deposit.status()).isEqualTo(InvoiceStatus.ISSUED);
        assertThat(deposit.contractId()).contains(contract.id());
        assertThat(deposit.netDays()).as("due on signing").isZero();
        BigDecimal expected = com.becflow.contracts.ContractRendering.deposit(contract.content()).orElseThrow().amount();
        assertThat(deposit.total().amount()).isEqualByComparingTo(expected);

        String invoiceToken = fixtures.linkMailedTo(client.email(), INVOICE_LINK, 2);
        InvoicePortalView seen = portal.view(invoiceToken, true);
        assertThat(seen.invoice().id()).isEqualTo(deposit.id());
        assertThat(seen.status()).isEqualTo(InvoiceStatus.VIEWED);
        assertThat(seen.html()).contains(deposit.number().orElseThrow(), "Dora Deposit");

        assertThat(depositInvoicing.invoiceDeposit(contracts.get(contract.id(), ctx), ctx)).as("one deposit per contract").isEmpty();
        assertThat(invoices.count(client.id(), null, ctx)).isEqualTo(1);
    }

    @Test
    void theDepositIsOfferedFromTheContractsLinkOnlyOnceSignedOwedAndPayableOnlineAndIsPaidThroughALinkOfItsOwn()
            throws Exception {
        TenantContext ctx = fixtures.newTenant("Sign And Pay Studio");
        Client client = fixtures.newClient(ctx, "Sam Signer");
        var template = templates.list(ctx).stream().filter(t -> t.name().equals("Design project")).findFirst().orElseThrow();
        Contract contract = contracts.send(contracts.create(template.id(), client.id(), new SaveContract(null, "Launch",
                LocalDate.of(2027, 2, 1), null, new BigDecimal("3000.00"), null, null, null, false, null), ctx).id(), ctx);
        String contractToken = fixtures.linkMailedTo(client.email(), CONTRACT_LINK, 1);
        assertThat(depositPayment.due(contractToken)).as("not signed yet").isEmpty();

        contractPortal.sign(contractToken, new SignContract(true, "Sam Signer"), new SignatureContext("203.0.113.7", "IT"));
        assertThat(depositPayment.due(contractToken)).as("the freelancer takes no online payments yet").isEmpty();
        assertThatThrownBy(() -> depositPayment.invoiceLink(contractToken)).isInstanceOf(PortalLinkNotFound.class);
        String mailed = fixtures.linkMailedTo(client.email(), INVOICE_LINK, 2);
        assertThat(portal.view(mailed, false).invoice().kind()).as("the deposit is mailed all the same")
                .isEqualTo(InvoiceKind.DEPOSIT);

        String onboarding = paymentAccounts.onboardingLink(ctx, InServerFixtures.publicPage("/invoice-settings"));
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(onboarding))
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(paymentAccounts.refresh(ctx).orElseThrow().ready()).isTrue();
        Invoice deposit = invoices.list(client.id(), null, 0, 10, ctx).get(0);
        var due = depositPayment.due(contractToken).orElseThrow();
        assertThat(due.balance().isSameAs(deposit.balance().rounded())).as(due.balance().toString()).isTrue();
        assertThat(due.invoiceNumber()).isEqualTo(deposit.number().orElseThrow());

        String invoiceToken = depositPayment.invoiceLink(contractToken);
        assertThat(invoiceToken).isNotEqualTo(mailed);
        assertThat(portal.view(invoiceToken, false).invoice().id()).isEqualTo(deposit.id());
        String page = onlinePayments.checkout(invoiceToken, null);
        java.net.http.HttpResponse<String> paid = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                page + "/card")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("card-number=4242+4242+4242+4242")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(paid.statusCode()).as(paid.body()).isEqualTo(303);
        assertThat(paid.headers().firstValue("Location").orElseThrow()).contains("/portal/invoice/" + invoiceToken);
        onlinePayments.returned(invoiceToken, page.substring(page.lastIndexOf('/') + 1));

        assertThat(invoices.get(deposit.id(), ctx).status()).isEqualTo(InvoiceStatus.PAID);
        assertThat(depositPayment.due(contractToken)).as("paid: nothing more to offer").isEmpty();
        assertThatThrownBy(() -> depositPayment.due(UUID.randomUUID().toString().repeat(2).substring(0, 43)))
                .isInstanceOf(PortalLinkNotFound.class);
    }

    @Test
    void manualPaymentsRefundsAndCreditNotesKeepTheLedgerExactAndReceiptsAreMailed() throws Exception {
        TenantContext ctx = fixtures.newTenant("Ledger Studio");
        Client client = fixtures.newClient(ctx, "Lea Ledger");
        Invoice invoice = issuing.issue(draft(ctx, client, "1000.00").id(), ctx);
        assertThat(invoice.total().amount()).isEqualByComparingTo("1190.00");
        String token = fixtures.linkMailedTo(client.email(), INVOICE_LINK, 1);

        Payment first = manualPayments.record(invoice.id(), new RecordPayment(new BigDecimal("400.00"), "bank_transfer",
                null, "SEPA 123"), ctx);
        assertThat(invoices.get(invoice.id(), ctx).status()).isEqualTo(InvoiceStatus.PARTIALLY_PAID);
        assertThatThrownBy(() -> manualPayments.record(invoice.id(), new RecordPayment(new BigDecimal("790.01"), "CASH",
                null, null), ctx)).hasMessageContaining("Invalid fields").satisfies(e ->
                assertThat(((com.becflow.invoicing.InvalidInvoice) e).fieldErrors()).containsKey("amount"));
        manualPayments.record(invoice.id(), new RecordPayment(new BigDecimal("790.00"), "CASH", null, null), ctx);
        Invoice paid = invoices.get(invoice.id(), ctx);
        assertThat(paid.status()).isEqualTo(InvoiceStatus.PAID);

        com.becflow.invoicing.app.Refunds.Outcome outcome = refunds.refund(invoice.id(), new RefundPayment(first.id(),
                new BigDecimal("100.00"), "Fewer hours"), ctx);
        assertThat(outcome.online()).as("money received by hand goes back by hand").isFalse();
        Payment refund = outcome.refund();
        assertThat(refund.kind()).isEqualTo(PaymentKind.REFUND);
        Invoice after = invoices.get(invoice.id(), ctx);
        assertThat(after.ledger().addsUp()).isTrue();
        assertThat(after.ledger().refunded().amount()).isEqualByComparingTo("100.00");
        assertThat(after.ledger().credited().amount()).isEqualByComparingTo("100.00");
        assertThat(after.balance().amount()).isEqualByComparingTo("0");
        List<Invoice> creditNotes = invoices.creditNotes(invoice.id(), ctx);
        assertThat(creditNotes).hasSize(1);
        assertThat(creditNotes.get(0).number().orElseThrow()).startsWith("CN-");
        assertThatThrownBy(() -> refunds.refund(invoice.id(), new RefundPayment(first.id(),
                new BigDecimal("300.01"), null), ctx)).isInstanceOf(com.becflow.invoicing.InvalidInvoice.class);

        // Each payment's receipt was queued with it, and goes out once, its PDF made as it is sent.
        List<LocalMailbox.ReceivedMail> receipts = List.of();
        for (int i = 0; i < 100 && receipts.isEmpty(); i++) {
            Thread.sleep(100);
            receipts = mailbox.inbox(client.email()).stream().filter(m -> m.subject().startsWith("Receipt: EUR 400.00"))
                    .toList();
        }
        Thread.sleep(1000);
        receipts = mailbox.inbox(client.email()).stream().filter(m -> m.subject().startsWith("Receipt: EUR 400.00")).toList();
        assertThat(receipts).hasSize(1);
        assertThat(receipts.get(0).attachments()).singleElement().asString().endsWith(".pdf");
        assertThat(receipts.get(0).text()).as("what was still open right after that payment").contains("400.00",
                "Still open: EUR 790.00");
        assertThat(mails.deliveries(invoice.id(), ctx)).filteredOn(d -> d.subject().startsWith("Receipt: "))
                .hasSize(2).allSatisfy(d -> assertThat(d.state()).isIn(com.becflow.shared.mail.MailDelivery.State.SENT,
                        com.becflow.shared.mail.MailDelivery.State.QUEUED));

        InvoicePortalView seen = portal.view(token, false);
        assertThat(seen.status()).isEqualTo(InvoiceStatus.PAID);
        assertThat(seen.payments()).hasSize(2);
        assertThat(portal.receipt(token, first.id()).pdf()).startsWith("%PDF".getBytes());
    }

    @Test
    void theReconciliationJobSettlesWhatStripeNeverAnsweredAndReleasesWhatItNeverMade() throws Exception {
        assertThat(gateway.configured()).as("the test platform configures the fake Stripe for every server").isTrue();
        TenantContext ctx = fixtures.newTenant("Reconciled Studio");
        Client client = fixtures.newClient(ctx, "Rita Retry");
        String onboarding = paymentAccounts.onboardingLink(ctx, InServerFixtures.publicPage("/invoice-settings"));
        java.net.http.HttpResponse<String> done = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
                .newBuilder(java.net.URI.create(onboarding)).POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(done.statusCode()).as(done.body()).isIn(200, 303);
        var account = paymentAccounts.refresh(ctx).orElseThrow();
        assertThat(account.ready()).isTrue();
        Invoice invoice = issuing.issue(draft(ctx, client, "300.00").id(), ctx);
        String token = fixtures.linkMailedTo(client.email(), INVOICE_LINK, 1);
        com.becflow.shared.money.Money balance = invoice.balance().rounded();

        var never = checkoutSteps.reserve(ctx, invoice.id(), balance).attempt();
        backdate(ctx, 20);
        assertThat(onlinePayments.pending(ctx, invoice.id())).as("an attempt nobody answered blocks").isTrue();
        reconciliation.reconcile(ctx);
        assertThat(onlinePayments.pending(ctx, invoice.id())).as("Stripe never made it: released").isFalse();

        var lost = checkoutSteps.reserve(ctx, invoice.id(), balance).attempt();
        assertThat(lost.id()).isNotEqualTo(never.id());
        var made = gateway.openCheckout(account.accountId(), new com.becflow.invoicing.payments.PaymentGateway.CheckoutRequest(
                balance, "Invoice", client.email(), "http://127.0.0.1/ok", "http://127.0.0.1/cancel",
                java.util.Map.of("becflow_attempt", lost.id().toString()),
                lost.createdAt().plus(com.becflow.invoicing.app.CheckoutSteps.LIFETIME)), lost.idempotencyKey());
        attemptSteps.unanswered(ctx, lost.id());
        backdate(ctx, 2);
        reconciliation.reconcile(ctx);
        assertThat(onlinePayments.checkout(token, null)).as("the next click gets the checkout Stripe made")
                .isEqualTo(made.url());

        java.net.http.HttpResponse<String> paid = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
                .newBuilder(java.net.URI.create(made.url() + "/card")).POST(java.net.http.HttpRequest.BodyPublishers.noBody())
                .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(paid.statusCode()).as(paid.body()).isIn(200, 303);
        backdate(ctx, 2);
        reconciliation.reconcile(ctx);
        Invoice settled = invoices.get(invoice.id(), ctx);
        assertThat(settled.status()).isEqualTo(InvoiceStatus.PAID);
        assertThat(invoices.payments(invoice.id(), ctx)).singleElement()
                .satisfies(p -> assertThat(p.externalId()).contains(gateway.checkout(account.accountId(), made.id())
                        .paymentReference()));
        assertThat(onlinePayments.pending(ctx, invoice.id())).isFalse();
    }

    @Test
    void aStoredNotificationIsAppliedOnceByWhoeverComesFirstAndLeftForHousekeepingUntilThen() throws Exception {
        String eventId = "evt_it_" + UUID.randomUUID().toString().replace("-", "");
        var notification = new com.becflow.invoicing.payments.PaymentGateway.ProviderEvent(eventId,
                com.becflow.invoicing.payments.PaymentGateway.ProviderEvent.Kind.OTHER, "acct_nobody_" + UUID.randomUUID(),
                "ch_it", clock.instant(), "charge.succeeded");
        assertThat(providerEvents.store(notification, clock.instant())).isTrue();
        assertThat(providerEvents.store(notification, clock.instant())).as("a repeated delivery").isFalse();
        assertThat(providerEvents.due(clock.instant().plusSeconds(60), 10000)).as("left for the housekeeping job")
                .contains(eventId);

        List<com.becflow.invoicing.app.PaymentNotifications.Effect> effects = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Thread> racers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Thread t = threads.newThread(() -> effects.add(notifications.applyStored(eventId)));
            racers.add(t);
            t.start();
        }
        for (Thread t : racers) {
            t.join(30_000);
        }
        assertThat(effects).hasSize(4);
        assertThat(effects).filteredOn(e -> e != com.becflow.invoicing.app.PaymentNotifications.Effect.NONE)
                .as("applied by exactly one").containsExactly(com.becflow.invoicing.app.PaymentNotifications.Effect.IGNORED);
        assertThat(providerEvents.due(clock.instant().plusSeconds(60), 10000)).doesNotContain(eventId);
    }

    /** Moves every payment attempt of the tenant back in time, as if the job ran that much later. */
    private void backdate(TenantContext ctx, int minutes) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE " + ctx.tenant().schemaName() + ".payment_attempt SET created_at = created_at - interval '"
                    + minutes + " minutes', updated_at = updated_at - interval '" + minutes + " minutes'");
        }
    }

    @Test
    void aLinkToOneTenantsInvoiceNeverOpensAnotherTenantsOrAVoidedOne() throws Exception {
        TenantContext a = fixtures.newTenant("Tenant A");
        TenantContext b = fixtures.newTenant("Tenant B");
        Client clientA = fixtures.newClient(a, "Ann A");
        Invoice invoiceA = issuing.issue(draft(a, clientA, "50.00").id(), a);
        String token = fixtures.linkMailedTo(clientA.email(), INVOICE_LINK, 1);
        assertThat(portal.view(token, false).invoice().id()).isEqualTo(invoiceA.id());
        assertThatThrownBy(() -> invoices.get(invoiceA.id(), b)).isInstanceOf(com.becflow.invoicing.InvoiceNotFound.class);
        assertThatThrownBy(() -> issuing.issue(invoiceA.id(), b)).isInstanceOf(com.becflow.invoicing.InvoiceNotFound.class);

        closing.voidInvoice(invoiceA.id(), a);
        assertThatThrownBy(() -> portal.view(token, false)).isInstanceOf(PortalLinkNotFound.class);
        assertThat(invoices.get(invoiceA.id(), a).status()).isEqualTo(InvoiceStatus.VOID);
    }
}
