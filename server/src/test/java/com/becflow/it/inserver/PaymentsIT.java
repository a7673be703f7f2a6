package com.becflow.it.inserver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.becflow.clients.Client;
import com.becflow.db.BecflowDataSource;
import com.becflow.invoicing.InvalidInvoice;
import com.becflow.invoicing.Invoice;
import com.becflow.invoicing.InvoiceLine;
import com.becflow.invoicing.InvoiceStateConflict;
import com.becflow.invoicing.InvoiceStatus;
import com.becflow.invoicing.Payment;
import com.becflow.invoicing.PaymentKind;
import com.becflow.invoicing.PaymentMethod;
import com.becflow.invoicing.app.InvoiceDrafts;
import com.becflow.invoicing.app.InvoiceIssuing;
import com.becflow.invoicing.app.InvoiceQueries;
import com.becflow.invoicing.app.ManualPayments;
import com.becflow.invoicing.app.NotificationWorker;
import com.becflow.invoicing.app.OnlinePayments;
import com.becflow.invoicing.app.PaymentAccountService;
import com.becflow.invoicing.app.PaymentNotifications;
import com.becflow.invoicing.app.PaymentReconciliation;
import com.becflow.invoicing.app.RecordPayment;
import com.becflow.invoicing.app.RefundPayment;
import com.becflow.invoicing.app.RefundSteps;
import com.becflow.invoicing.app.Refunds;
import com.becflow.invoicing.app.SaveInvoice;
import com.becflow.invoicing.payments.PaymentAccount;
import com.becflow.invoicing.payments.PaymentAttemptStatus;
import com.becflow.invoicing.payments.PaymentAttempts;
import com.becflow.invoicing.payments.PaymentGateway;
import com.becflow.invoicing.payments.PaymentGateway.ProviderEvent;
import com.becflow.invoicing.payments.ProviderEvents;
import com.becflow.invoicing.payments.RefundPurpose;
import com.becflow.shared.tenant.TenantContext;
import com.becflow.tenancy.app.TenantRegistry;
import com.becflow.workspace.local.LocalMailbox;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Money that must never be lost or taken twice, inside the real server with the fake Stripe: a refund whose answer
 * was lost is found by its attempt long after Stripe forgot the key; checkouts close when an invoice stops being
 * payable; provider events wait for a suspended tenant,
 * back off when they fail and are finally set aside for an operator; Stripe is never called inside a transaction.
 */
@ExtendWith(ArquillianExtension.class)
class PaymentsIT {

    private static final Pattern INVOICE_LINK = Pattern.compile("/portal/invoice/([A-Za-z0-9_-]{43})");
    private final HttpClient http = HttpClient.newHttpClient();

    @Deployment
    static WebArchive workspace() {
        return InServerArchive.everyInServerTest();
    }

    @Inject
    InServerFixtures fixtures;

    @Inject
    InvoiceDrafts drafts;

    @Inject
    InvoiceIssuing issuing;

    @Inject
    InvoiceQueries invoices;

    @Inject
    ManualPayments manualPayments;

    @Inject
    Refunds refunds;

    @Inject
    RefundSteps refundSteps;

    @Inject
    OnlinePayments onlinePayments;

    @Inject
    PaymentReconciliation reconciliation;

    @Inject
    PaymentNotifications notifications;

    @Inject
    NotificationWorker worker;

    @Inject
    ProviderEvents providerEvents;

    @Inject
    PaymentAttempts attempts;

    @Inject
    PaymentAccountService paymentAccounts;

    @Inject
    PaymentGateway gateway;


    @Inject
    TenantRegistry registry;

    @Inject
    InsideATransaction transaction;

    @Inject
    LocalMailbox mailbox;

    @Inject
    Clock clock;

    @Resource(lookup = BecflowDataSource.JNDI_NAME)
    DataSource dataSource;

    @Test
    void aRefundWhoseAnswerWasLostIsFoundByItsAttemptAndNeverAskedAgainOnceStripeForgotTheKey() throws Exception {
        Shop shop = shop("Lost Answer Studio");
        Invoice invoice = issue(shop, "300.00");
        Payment paid = payOnline(shop, invoice);
        Invoice other = issue(shop, "70.00");
        Payment otherPaid = payOnline(shop, other);
        String reason = "r".repeat(500);

        RefundSteps.Reservation lost = refundSteps.reserve(shop.ctx, invoice.id(), new RefundPayment(paid.id(),
                new BigDecimal("100.00"), reason), RefundPurpose.WORK, true);
        PaymentGateway.Refund made = gateway.refund(shop.account.accountId(), lost.paymentReference(),
                lost.attempt().amount(), lost.attempt().idempotencyKey(), lost.attempt().id().toString());
        // Stripe's event about it comes before anyone asks again: it names the attempt, whose reason the refund keeps.
        refundSteps.settle(shop.ctx, gateway.refundState(shop.account.accountId(), made.id()));
        RefundSteps.Reservation neverMade = refundSteps.reserve(shop.ctx, other.id(), new RefundPayment(otherPaid.id(),
                new BigDecimal("50.00"), "never reached Stripe"), RefundPurpose.WORK, true);
        backdateAttempts(shop.ctx, 25 * 60);
        reconciliation.reconcile(shop.ctx);

        List<Payment> ledger = invoices.payments(invoice.id(), shop.ctx);
        assertThat(ledger).filteredOn(p -> p.kind() == PaymentKind.REFUND).singleElement().satisfies(refund -> {
            assertThat(refund.amount().amount()).isEqualByComparingTo("100.00");
            assertThat(refund.creditNoteId()).isPresent();
            assertThat(invoices.get(refund.creditNoteId().get(), shop.ctx).notes()).isEqualTo(reason);
        });
        assertThat(attempts.find(shop.ctx.tenant(), lost.attempt().id()).orElseThrow().status())
                .isEqualTo(PaymentAttemptStatus.SUCCEEDED);
        assertThat(attempts.find(shop.ctx.tenant(), neverMade.attempt().id()).orElseThrow().status())
                .as("a day later an unanswered refund is looked for, never asked again").isEqualTo(PaymentAttemptStatus.FAILED);
        assertThat(gateway.findRefund(shop.account.accountId(), neverMade.paymentReference(),
                neverMade.attempt().id().toString())).isEmpty();
        assertThat(invoices.payments(other.id(), shop.ctx)).extracting(Payment::kind).containsExactly(PaymentKind.PAYMENT);
        assertThat(invoices.get(invoice.id(), shop.ctx).ledger().addsUp()).isTrue();
    }

    @Test
    void aRefundThatCannotBeRecordedIsRefusedBeforeStripeIsAsked() throws Exception {
        Shop shop = shop("Checked First Studio");
        Invoice invoice = issue(shop, "80.00");
        Payment paid = payOnline(shop, invoice);

        assertThatThrownBy(() -> refunds.refund(invoice.id(), new RefundPayment(paid.id(), new BigDecimal("10.00"),
                "r".repeat(501)), shop.ctx)).isInstanceOf(InvalidInvoice.class).hasMessageContaining("reason");
        assertThatThrownBy(() -> refunds.refund(invoice.id(), new RefundPayment(paid.id(), new BigDecimal("80.01"), null),
                shop.ctx)).isInstanceOf(InvalidInvoice.class);
        assertThat(gateway.findRefund(shop.account.accountId(), paid.externalId().orElseThrow(), "any")).isEmpty();
        assertThat(attempts.unsettled(shop.ctx.tenant(), invoice.id(),
                com.becflow.invoicing.payments.PaymentAttemptKind.REFUND)).isEmpty();

        Refunds.Outcome outcome = refunds.refund(invoice.id(), new RefundPayment(paid.id(), null, "all of it"), shop.ctx);
        assertThat(outcome.online()).isTrue();
        assertThat(outcome.done()).as("the fake confirms at once").isTrue();
        assertThat(outcome.refund().amount().amount()).isEqualByComparingTo("80.00");
    }

    @Test
    void anOpenCheckoutIsClosedWhenTheInvoiceIsPaidByOtherMeansAndIsNotHandedOutAgain() throws Exception {
        Shop shop = shop("Closing Studio");
        Invoice invoice = issue(shop, "120.00");
        String page = onlinePayments.checkout(shop.token(invoice), null);

        manualPayments.record(invoice.id(), new RecordPayment(new BigDecimal("120.00"), "BANK_TRANSFER", null, "wire"),
                shop.ctx);

        awaitCheckoutsSettled(shop, invoice);
        assertThat(post(page + "/card").statusCode()).as("the page takes no money any more").isEqualTo(409);
        assertThatThrownBy(() -> onlinePayments.checkout(shop.token(invoice), null))
                .isInstanceOf(InvoiceStateConflict.class).extracting(e -> ((InvoiceStateConflict) e).code().key())
                .isEqualTo("invoice.checkout.nothing-to-pay");
        assertThat(invoices.get(invoice.id(), shop.ctx).ledger().excess().isPositive()).isFalse();
    }

    @Test
    void eventsForASuspendedTenantWaitForItAndAreAppliedOnceItIsServedAgain() throws Exception {
        Shop shop = shop("Suspended Studio");
        Invoice invoice = issue(shop, "45.00");
        String page = onlinePayments.checkout(shop.token(invoice), null);
        assertThat(post(page + "/card").statusCode()).isIn(200, 303);
        String eventId = storeEvent(ProviderEvent.Kind.CHECKOUT_CHANGED, shop.account.accountId(), sessionOf(page));

        registry.suspend(shop.ctx.tenant());
        try {
            assertThat(notifications.applyStored(eventId)).isEqualTo(PaymentNotifications.Effect.HELD);
            assertThat(providerEvents.pending(eventId)).as("kept, not marked applied").isPresent();
        } finally {
            registry.activate(shop.ctx.tenant());
        }

        assertThat(providerEvents.due(clock.instant(), 10_000)).as("back in line once served").contains(eventId);
        assertThat(notifications.applyStored(eventId)).isEqualTo(PaymentNotifications.Effect.APPLIED);
        assertThat(invoices.get(invoice.id(), shop.ctx).status()).isEqualTo(InvoiceStatus.PAID);
        assertThat(notifications.applyStored(eventId)).isEqualTo(PaymentNotifications.Effect.NONE);
    }

    @Test
    void anEventThatKeepsFailingBacksOffSoNewerOnesGoFirstAndIsFinallySetAsideForAnOperatorToReplay() throws Exception {
        Shop shop = shop("Failing Events Studio");
        String failing = storeEvent(ProviderEvent.Kind.REFUND_CHANGED, shop.account.accountId(), "re_unknown_to_stripe");

        worker.apply(failing);
        assertThat(providerEvents.failures(failing)).as("the failure is counted").isEqualTo(1);
        String newer = storeEvent(ProviderEvent.Kind.OTHER, shop.account.accountId(), "ch_other");

        List<String> due = providerEvents.due(clock.instant().plusSeconds(45), 10_000);
        assertThat(due).as("the new one goes first; the failed one waits its back-off").contains(newer)
                .doesNotContain(failing);
        assertThat(providerEvents.due(clock.instant().plusSeconds(90), 10_000)).contains(failing);
        for (int i = 1; i < 10; i++) {
            worker.apply(failing);
        }
        assertThat(providerEvents.failures(failing)).isEqualTo(10);
        assertThat(providerEvents.due(clock.instant().plus(java.time.Duration.ofDays(30)), 10_000))
                .as("dead: never tried again by itself").doesNotContain(failing);
        assertThat(notifications.dead(10_000)).anySatisfy(dead -> {
            assertThat(dead.id()).isEqualTo(failing);
            assertThat(dead.kind()).isEqualTo(ProviderEvent.Kind.REFUND_CHANGED);
            assertThat(dead.lastFailure()).contains("re_unknown_to_stripe");
        });

        assertThat(notifications.replay(failing)).isTrue();
        assertThat(notifications.replay(failing)).as("only a dead event is replayed").isFalse();
        assertThat(providerEvents.due(clock.instant(), 10_000)).contains(failing);
    }

    @Test
    void stripeIsNeverCalledInsideATransaction() throws Exception {
        Shop shop = shop("Transaction Studio");
        assertThatThrownBy(() -> transaction.run(() -> gateway.account(shop.account.accountId())))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("must not be called inside a transaction");
        assertThat(gateway.account(shop.account.accountId()).id()).isEqualTo(shop.account.accountId());
    }

    /** A tenant with a client and a Stripe account connected through the fake's onboarding page. */
    private Shop shop(String name) throws Exception {
        TenantContext ctx = fixtures.newTenant(name);
        Client client = fixtures.newClient(ctx, "Carla Client");
        HttpResponse<String> done = post(paymentAccounts.onboardingLink(ctx, InServerFixtures.publicPage("/invoice-settings")));
        assertThat(done.statusCode()).as(done.body()).isIn(200, 303);
        PaymentAccount account = paymentAccounts.refresh(ctx).orElseThrow();
        assertThat(account.ready()).isTrue();
        return new Shop(ctx, client, account);
    }

    private final class Shop {
        final TenantContext ctx;
        final Client client;
        final PaymentAccount account;

        Shop(TenantContext ctx, Client client, PaymentAccount account) {
            this.ctx = ctx;
            this.client = client;
            this.account = account;
        }

        /** The link in the mail that sent the client this invoice (receipts and other invoices' mails go there too). */
        String token(Invoice invoice) throws InterruptedException {
            String number = invoice.number().orElseThrow();
            for (int i = 0; i < 100; i++) {
                List<LocalMailbox.ReceivedMail> mails;
                try {
                    mails = mailbox.inbox(client.email());
                } catch (IllegalStateException notYet) {
                    mails = List.of();
                }
                for (LocalMailbox.ReceivedMail mail : mails) {
                    java.util.regex.Matcher link = INVOICE_LINK.matcher(mail.text());
                    if (mail.subject().contains(number) && link.find()) {
                        return link.group(1);
                    }
                }
                Thread.sleep(100);
            }
            throw new AssertionError("No mail with the link to " + number);
        }
    }

    private Invoice issue(Shop shop, String amount) {
        Invoice draft = drafts.create(new SaveInvoice(shop.client.id(), null, null, List.of(InvoiceLine.of("Design work",
                "1", amount)), null, null, 14, null, null), shop.ctx);
        return issuing.issue(draft.id(), shop.ctx);
    }

    /** The client pays the whole balance on the fake's checkout page and comes back. */
    private Payment payOnline(Shop shop, Invoice invoice) throws Exception {
        String token = shop.token(invoice);
        String page = onlinePayments.checkout(token, null);
        assertThat(post(page + "/card").statusCode()).isIn(200, 303);
        onlinePayments.returned(token, sessionOf(page));
        return invoices.payments(invoice.id(), shop.ctx).stream().filter(p -> p.kind() == PaymentKind.PAYMENT
                && p.method() == PaymentMethod.CARD).findFirst().orElseThrow();
    }

    private static String sessionOf(String page) {
        return page.substring(page.lastIndexOf('/') + 1);
    }

    private String storeEvent(ProviderEvent.Kind kind, String account, String objectId) {
        String id = "evt_it_" + UUID.randomUUID().toString().replace("-", "");
        assertThat(providerEvents.store(new ProviderEvent(id, kind, account, objectId, clock.instant(), "test." + kind),
                clock.instant())).isTrue();
        return id;
    }

    private void awaitCheckoutsSettled(Shop shop, Invoice invoice) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            boolean settled = attempts.unsettled(shop.ctx.tenant(), invoice.id(),
                    com.becflow.invoicing.payments.PaymentAttemptKind.CHECKOUT).isEmpty();
            if (settled) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("The checkout of " + invoice.describe() + " is still open");
    }

    private HttpResponse<String> post(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Moves the tenant's payment attempts back in time, as if the reconciliation job ran that much later. */
    private void backdateAttempts(TenantContext ctx, int minutes) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE " + ctx.tenant().schemaName() + ".payment_attempt SET created_at = created_at - interval '"
                    + minutes + " minutes', updated_at = updated_at - interval '" + minutes + " minutes'");
        }
    }
}
