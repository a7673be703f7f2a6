package com.becflow.accounting.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.becflow.accounting.BooksAccessRevoked;
import com.becflow.accounting.BooksAccounts;
import com.becflow.accounting.BooksConnection;
import com.becflow.accounting.BooksConflict;
import com.becflow.accounting.BooksContact;
import com.becflow.accounting.BooksGateway;
import com.becflow.accounting.BooksGrant;
import com.becflow.accounting.BooksInvoice;
import com.becflow.accounting.BooksLogEntry;
import com.becflow.accounting.BooksOrganisation;
import com.becflow.accounting.BooksPayment;
import com.becflow.accounting.BooksRefused;
import com.becflow.accounting.BooksRemotePayment;
import com.becflow.accounting.BooksSession;
import com.becflow.accounting.BooksUnavailable;
import com.becflow.accounting.BooksVendor;
import com.becflow.clients.Client;
import com.becflow.clients.ClientDetails;
import com.becflow.clients.ClientId;
import com.becflow.clients.ReminderChannel;
import com.becflow.invoicing.Invoice;
import com.becflow.invoicing.InvoiceContent;
import com.becflow.invoicing.InvoiceId;
import com.becflow.invoicing.InvoiceKind;
import com.becflow.invoicing.InvoiceLine;
import com.becflow.invoicing.InvoiceLines;
import com.becflow.invoicing.Payment;
import com.becflow.invoicing.PaymentMethod;
import com.becflow.shared.money.Money;
import com.becflow.shared.tenant.Actor;
import com.becflow.shared.tenant.TenantContext;
import com.becflow.shared.tenant.TenantId;
import com.becflow.shared.tenant.UserId;
import com.becflow.shared.time.ServerClock;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The sync pass's rules, on in-memory books: once per object, updates follow, refusals and revocations are logged. */
class BooksSyncTest {

    private final ServerClock clock = ServerClock.movable();
    private final InMemoryAgenda agenda = new InMemoryAgenda();
    private final InMemoryBooks store = new InMemoryBooks(clock);
    private final RecordingGateway xero = new RecordingGateway();
    private final List<String> received = new ArrayList<>();
    private final BooksSyncSteps steps = new BooksSyncSteps(store, store, store, store, store,
            new BooksSchedule(store, agenda, clock, 15), new InMemoryDirectory(), clock);
    private final BooksSync sync = new BooksSync(vendor -> vendor == BooksVendor.XERO ? Optional.of(xero) : Optional.empty(),
            steps, new BooksPull(steps, new BooksReceipts() {
                @Override
                public Optional<Payment> receive(TenantContext ctx, BooksVendor vendor, InvoiceId id, BooksRemotePayment paid) {
                    received.add(paid.id() + " on " + id.value());
                    return Optional.of(BooksSyncTest.newPayment(store.invoices.get(0), paid.amount().amount().toPlainString(),
                            clock.instant()));
                }
            }, clock), clock);
    private final TenantContext ctx = new TenantContext(TenantId.newId(), new UserId("u-1"), ZoneId.of("Europe/Berlin"),
            Currency.getInstance("EUR"), com.becflow.shared.tenant.TenantAccess.FULL);

    @Test
    void aPassPushesContactsThenInvoicesThenPaymentsAndAPassAgainPushesNothing() {
        connect();
        Client client = store.client("Ada Lovelace", "Analytical Engines Ltd");
        Invoice invoice = store.issued(client, "INV-1", "300.00");
        store.paid(invoice, "120.00");

        BooksSync.Pass first = sync.push(ctx, BooksVendor.XERO);
        BooksSync.Pass second = sync.push(ctx, BooksVendor.XERO);

        assertThat(first).isEqualTo(new BooksSync.Pass(3, 0, 0, 0, 0, 0, 0, true, Optional.empty()));
        assertThat(second).isEqualTo(new BooksSync.Pass(0, 0, 3, 0, 0, 0, 0, true, Optional.empty()));
        assertThat(xero.calls).containsExactly("contact Analytical Engines Ltd", "invoice INV-1 300.00 to x-contact-1",
                "payment 120.00 EUR on x-invoice-2");
    }

    @Test
    void creditNotesRefundsAndChargebacksGoOnceAfterTheirInvoiceAndPaymentAndARefusalIsTheirConflict() {
        connect();
        Client client = store.client("Ada Lovelace", null);
        Invoice invoice = store.issued(client, "INV-1", "300.00");
        store.paid(invoice, "300.00");
        Payment paid = store.payments.get(0);
        Invoice note = Invoice.draft(InvoiceId.newId(), InvoiceKind.CREDIT_NOTE, client.id(), null, invoice.id(),
                new InvoiceContent(Currency.getInstance("EUR"), new InvoiceLines(List.of(InvoiceLine.of("Work", "1", "50.00"))),
                        null, null, 14, true, null), clock.instant());
        note.issue("CN-1", LocalDate.of(2027, 1, 12), client.email(), clock.instant());
        store.creditNotes.add(note);
        store.givenBack.add(Payment.refundOf(paid, Money.of("50.00", "EUR"), LocalDate.of(2027, 1, 12), "goodwill", null,
                note.id(), Actor.system("test"), clock.instant()));
        store.givenBack.add(Payment.chargebackOf(paid, "dp_1", Money.of("250.00", "EUR"), LocalDate.of(2027, 1, 20),
                "disputed", Actor.system("test"), clock.instant()));

        BooksSync.Pass first = sync.push(ctx, BooksVendor.XERO);
        BooksSync.Pass again = sync.push(ctx, BooksVendor.XERO);

        assertThat(first).isEqualTo(new BooksSync.Pass(6, 0, 0, 0, 0, 0, 0, true, Optional.empty()));
        assertThat(again.created()).isZero();
        assertThat(again.unchanged()).isEqualTo(6);
        assertThat(xero.calls).containsSubsequence("payment 300.00 EUR on x-invoice-2",
                "credit note CN-1 50.00 on x-invoice-2", "refund 50.00 EUR on x-invoice-2 to x-contact-1 from x-credit-4",
                "chargeback 250.00 EUR on x-invoice-2 to x-contact-1");
        assertThat(steps.mappings(ctx.tenant(), BooksVendor.XERO, com.becflow.accounting.BooksObject.REFUND)).hasSize(2);
        assertThat(steps.mappings(ctx.tenant(), BooksVendor.XERO, com.becflow.accounting.BooksObject.CREDIT_NOTE))
                .containsOnlyKeys(note.id().value());
    }

    @Test
    void whereTheBooksRefundIsItsOwnCreditNoteTheCreditNoteIssuedWithARefundIsNotSentBesides() {
        connect();
        xero.refundIsItsOwnCreditNote = true;
        Client client = store.client("Ada Lovelace", null);
        Invoice invoice = store.issued(client, "INV-1", "300.00");
        store.paid(invoice, "300.00");
        Invoice withRefund = creditNote(client, invoice, "CN-1", "50.00");
        Invoice alone = creditNote(client, invoice, "CN-2", "20.00");
        store.givenBack.add(Payment.refundOf(store.payments.get(0), Money.of("50.00", "EUR"), LocalDate.of(2027, 1, 12),
                "goodwill", null, withRefund.id(), Actor.system("test"), clock.instant()));

        sync.push(ctx, BooksVendor.XERO);

        assertThat(xero.calls).containsSubsequence("credit note CN-2 20.00 on x-invoice-2",
                "refund 50.00 EUR on x-invoice-2 to x-contact-1").noneMatch(call -> call.contains("CN-1"));
        assertThat(alone.number()).contains("CN-2");
    }

    private Invoice creditNote(Client client, Invoice credited, String number, String amount) {
        Invoice note = Invoice.draft(InvoiceId.newId(), InvoiceKind.CREDIT_NOTE, client.id(), null, credited.id(),
                new InvoiceContent(Currency.getInstance("EUR"), new InvoiceLines(List.of(InvoiceLine.of("Work", "1", amount))),
                        null, null, 14, true, null), clock.instant());
        note.issue(number, LocalDate.of(2027, 1, 12), client.email(), clock.instant());
        store.creditNotes.add(note);
        return note;
    }

    @Test
    void anEarlyPaymentDiscountGoesOnceAsAnAdjustingCreditNoteAfterThePaymentOfItsInvoice() {
        connect();
        Client client = store.client("Ada Lovelace", null);
        Invoice invoice = store.issued(client, "INV-1", "300.00");
        store.paid(invoice, "294.00");
        store.givenBack.add(Payment.earlyPaymentDiscount(invoice.id(), Money.of("6.00", "EUR"), LocalDate.of(2027, 1, 10),
                "2 % within 10 days", Actor.system("test"), clock.instant()));

        BooksSync.Pass first = sync.push(ctx, BooksVendor.XERO);
        BooksSync.Pass again = sync.push(ctx, BooksVendor.XERO);

        assertThat(first.created()).isEqualTo(4);
        assertThat(again.created()).isZero();
        assertThat(xero.calls).containsExactly("contact Ada Lovelace", "invoice INV-1 300.00 to x-contact-1",
                "payment 294.00 EUR on x-invoice-2", "credit note INV-1-DISC 6.00 on x-invoice-2");
    }

    @Test
    void aLateFeeGoesOnceAsAnInvoiceOfItsOwnAfterItsInvoiceAndItsWaiverAsACreditNoteOnIt() {
        connect();
        Client client = store.client("Ada Lovelace", null);
        Invoice invoice = store.issued(client, "INV-1", "300.00");
        xero.refuseInvoice = "INV-1";
        Payment first = Payment.lateFee(invoice.id(), Payment.lateFeeKey(invoice.id(), null, 1), 1, Money.of("40.00", "EUR"),
                LocalDate.of(2027, 2, 1), "§ 7", Actor.system("test"), clock.instant());
        Payment second = Payment.lateFee(invoice.id(), Payment.lateFeeKey(invoice.id(), null, 2), 2, Money.of("15.00", "EUR"),
                LocalDate.of(2027, 3, 1), "§ 7", Actor.system("test"), clock.instant());
        store.lateFees.addAll(List.of(first, second, Payment.waiverOf(second, LocalDate.of(2027, 3, 2), "goodwill",
                Actor.system("test"), clock.instant())));

        BooksSync.Pass waiting = sync.push(ctx, BooksVendor.XERO);
        store.conflicts.clear();
        xero.refuseInvoice = null;
        BooksSync.Pass sent = sync.push(ctx, BooksVendor.XERO);
        BooksSync.Pass again = sync.push(ctx, BooksVendor.XERO);

        assertThat(waiting.waiting()).as("two fees and the waiver wait for INV-1").isEqualTo(3);
        assertThat(sent.created()).isEqualTo(4);
        assertThat(again.created()).isZero();
        assertThat(again.unchanged()).isEqualTo(5);
        assertThat(xero.calls).containsExactly("contact Ada Lovelace", "invoice INV-1 300.00 to x-contact-1",
                "invoice INV-1-FEE1 40.00 to x-contact-1", "invoice INV-1-FEE2 15.00 to x-contact-1",
                "credit note INV-1-FEE2-WAIVED 15.00 on x-invoice-4");
        assertThat(steps.mappings(ctx.tenant(), BooksVendor.XERO, com.becflow.accounting.BooksObject.FEE))
                .containsOnlyKeys(first.id().value(), second.id().value());
    }

    @Test
    void aPaymentThatPaidLateFeesTooIsSplitOverTheInvoicesTwinAndTheFeesNotWaivedAndWaitsForTheirTwins() {
        connect();
        Client client = store.client("Ada Lovelace", null);
        Invoice invoice = store.issued(client, "INV-1", "300.00");
        store.paid(invoice, "100.00");
        Payment fee = Payment.lateFee(invoice.id(), Payment.lateFeeKey(invoice.id(), null, 1), 1, Money.of("40.00", "EUR"),
                LocalDate.of(2027, 2, 1), "§ 7", Actor.system("test"), clock.instant());
        Payment waived = Payment.lateFee(invoice.id(), Payment.lateFeeKey(invoice.id(), null, 2), 2,
                Money.of("15.00", "EUR"), LocalDate.of(2027, 3, 1), "§ 7", Actor.system("test"), clock.instant());
        store.lateFees.addAll(List.of(fee, waived, Payment.waiverOf(waived, LocalDate.of(2027, 3, 2), "goodwill",
                Actor.system("test"), clock.instant())));
        store.paid(invoice, "240.00");
        xero.refuseInvoice = "INV-1-FEE1";

        BooksSync.Pass waiting = sync.push(ctx, BooksVendor.XERO);
        store.conflicts.clear();
        xero.refuseInvoice = null;
        BooksSync.Pass sent = sync.push(ctx, BooksVendor.XERO);
        BooksSync.Pass again = sync.push(ctx, BooksVendor.XERO);

        assertThat(waiting.waiting()).as("the payment waits for the refused fee's twin").isEqualTo(1);
        assertThat(sent.created()).isEqualTo(2);
        assertThat(again.created()).isZero();
        assertThat(xero.calls).containsExactly("contact Ada Lovelace", "invoice INV-1 300.00 to x-contact-1",
                "invoice INV-1-FEE2 15.00 to x-contact-1", "credit note INV-1-FEE2-WAIVED 15.00 on x-invoice-3",
                "payment 100.00 EUR on x-invoice-2", "invoice INV-1-FEE1 40.00 to x-contact-1",
                "split payment 200.00 EUR on x-invoice-2, 40.00 EUR on x-invoice-6");
        assertThat(steps.mappings(ctx.tenant(), BooksVendor.XERO, com.becflow.accounting.BooksObject.PAYMENT)
                .get(store.payments.get(1).id().value()).externalId()).isEqualTo("x-payment-7");
    }

    @Test
    void aDepositInvoiceGoesAsAnInvoiceAndAPlansInstallmentsLandAsPaymentsOnItsTwin() {
        connect();
        Client client = store.client("Ada Lovelace", null);
        Invoice deposit = Invoice.draft(InvoiceId.newId(), InvoiceKind.DEPOSIT, client.id(), null, null,
                new InvoiceContent(Currency.getInstance("EUR"), new InvoiceLines(List.of(InvoiceLine.of("Deposit", "1", "1000.00"))),
                        null, null, 14, true, null), clock.instant());
        deposit.issue("INV-9", LocalDate.of(2027, 1, 4), client.email(), clock.instant());
        store.invoices.add(deposit);
        store.paid(deposit, "400.00");
        store.paid(deposit, "600.00");

        BooksSync.Pass pass = sync.push(ctx, BooksVendor.XERO);

        assertThat(pass.created()).isEqualTo(4);
        assertThat(xero.calls).containsExactly("contact Ada Lovelace", "invoice INV-9 1000.00 to x-contact-1",
                "payment 400.00 EUR on x-invoice-2", "payment 600.00 EUR on x-invoice-2");
    }

    @Test
    void moneyGivenBackWaitsForThePaymentItGivesBackAndARefusalIsItsConflict() {
        connect();
        Client client = store.client("Ada Lovelace", null);
        Invoice invoice = store.issued(client, "INV-1", "300.00");
        xero.refuseInvoice = "INV-1";
        store.paid(invoice, "300.00");
        store.givenBack.add(Payment.refundOf(store.payments.get(0), Money.of("50.00", "EUR"), LocalDate.of(2027, 1, 12),
                "goodwill", null, null, Actor.system("test"), clock.instant()));

        BooksSync.Pass waiting = sync.push(ctx, BooksVendor.XERO);
        store.conflicts.clear();
        xero.refuseInvoice = null;
        xero.refuseRefunds = true;
        BooksSync.Pass refused = sync.push(ctx, BooksVendor.XERO);
        BooksSync.Pass held = sync.push(ctx, BooksVendor.XERO);

        assertThat(waiting.waiting()).isEqualTo(2);
        assertThat(xero.calls).noneMatch(call -> call.startsWith("refund"));
        assertThat(refused.refused()).isEqualTo(1);
        assertThat(store.conflicts.values()).extracting(c -> c.object() + " " + c.reason()).contains(
                "REFUND Xero refused refund of 50.00 EUR: Payment amount exceeds the amount outstanding on this document");
        assertThat(held.held()).isEqualTo(1);
    }

    @Test
    void aChangedObjectUpdatesItsTwinUnderANewKey() {
        connect();
        Client client = store.client("Ada Lovelace", null);
        Invoice invoice = store.issued(client, "INV-1", "300.00");
        sync.push(ctx, BooksVendor.XERO);

        invoice.voidInvoice(clock.instant());
        BooksSync.Pass pass = sync.push(ctx, BooksVendor.XERO);

        assertThat(pass.updated()).isEqualTo(1);
        assertThat(xero.calls).last().isEqualTo("update x-invoice-2: invoice INV-1 300.00 to x-contact-1 voided");
        assertThat(xero.keys.get(1)).isNotEqualTo(xero.keys.get(2));
    }

    @Test
    void aRefusedContactIsLoggedAndItsInvoicesWaitWhileOthersGoOn() {
        connect();
        Client refused = store.client("Duplicate Name", null);
        Client fine = store.client("Fine Client", null);
        store.issued(refused, "INV-1", "100.00");
        store.issued(fine, "INV-2", "200.00");
        xero.refuseContact = "Duplicate Name";

        BooksSync.Pass pass = sync.push(ctx, BooksVendor.XERO);

        assertThat(pass).isEqualTo(new BooksSync.Pass(2, 0, 0, 1, 1, 0, 0, true, Optional.empty()));
        assertThat(store.log).extracting(BooksLogEntry::outcome).contains(BooksLogEntry.Outcome.REFUSED)
                .as("the conflict says why its invoice waits").doesNotContain(BooksLogEntry.Outcome.WAITING);
        assertThat(store.log.stream().filter(e -> e.outcome() == BooksLogEntry.Outcome.REFUSED).findFirst().orElseThrow()
                .detail()).isEqualTo("Xero refused contact Duplicate Name: the name is taken");
    }

    @Test
    void aThrottledPassStopsSaysWhenToResumeAndTheNextPassPicksUpWhereItStopped() {
        connect();
        Client client = store.client("Ada Lovelace", null);
        store.issued(client, "INV-1", "100.00");
        xero.throttleAfter = 1;

        BooksSync.Pass throttled = sync.push(ctx, BooksVendor.XERO);
        xero.throttleAfter = -1;
        BooksSync.Pass resumed = sync.push(ctx, BooksVendor.XERO);

        assertThat(throttled.completed()).isFalse();
        assertThat(throttled.resumeAfter()).contains(Duration.ofSeconds(30));
        assertThat(resumed).isEqualTo(new BooksSync.Pass(1, 0, 1, 0, 0, 0, 0, true, Optional.empty()));
    }

    @Test
    void aFirstSyncCreatesInBatchesAndARefusalInABatchIsOnlyThatObjectsConflict() {
        connect();
        xero.batchSize = 2;
        Client ada = store.client("Ada Lovelace", null);
        Client taken = store.client("Duplicate Name", null);
        Client grace = store.client("Grace Hopper", null);
        store.paid(store.issued(ada, "INV-1", "100.00"), "40.00");
        store.issued(taken, "INV-2", "200.00");
        store.paid(store.issued(grace, "INV-3", "300.00"), "300.00");
        xero.refuseContact = "Duplicate Name";

        BooksSync.Pass first = sync.push(ctx, BooksVendor.XERO);
        BooksSync.Pass second = sync.push(ctx, BooksVendor.XERO);

        assertThat(first).isEqualTo(new BooksSync.Pass(6, 0, 0, 1, 1, 0, 0, true, Optional.empty()));
        assertThat(xero.batches).as("the third contact is alone in its batch and goes as one")
                .containsExactly("2 contacts", "2 invoices", "2 payments");
        assertThat(xero.keys).hasSize(4);
        assertThat(xero.keys.get(0)).startsWith("becflow-contact-batch-2-");
        assertThat(store.conflicts.values()).singleElement().satisfies(c -> {
            assertThat(c.localId()).isEqualTo(taken.id().value());
            assertThat(c.kind()).isEqualTo(BooksConflict.Kind.NAME_TAKEN);
            assertThat(c.reason()).isEqualTo("Xero refused contact Duplicate Name: the name is taken");
        });
        assertThat(store.log).filteredOn(e -> e.outcome() == BooksLogEntry.Outcome.CREATED).hasSize(6);
        assertThat(second).isEqualTo(new BooksSync.Pass(0, 0, 6, 0, 1, 1, 0, true, Optional.empty()));
        assertThat(xero.batches).hasSize(3);
    }

    @Test
    void aBatchCutShortIsSentAgainAsTheSameCallSoTheBooksMakeNothingTwice() {
        connect();
        xero.batchSize = 50;
        for (int i = 1; i <= 3; i++) {
            store.client("Client " + i, null);
        }
        xero.throttleAfter = 0;

        BooksSync.Pass throttled = sync.push(ctx, BooksVendor.XERO);
        xero.throttleAfter = -1;
        clock.advance(Duration.ofSeconds(30));
        BooksSync.Pass resumed = sync.push(ctx, BooksVendor.XERO);

        assertThat(throttled.created()).isZero();
        assertThat(resumed.created()).isEqualTo(3);
        assertThat(xero.attempted).hasSize(2);
        assertThat(xero.attempted.get(1)).isEqualTo(xero.attempted.get(0));
    }

    @Test
    void changedObjectsUpdateTheirTwinsInBatchesAndARefusalInABatchIsOnlyThatObjectsConflict() {
        connect();
        List<Invoice> invoices = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            invoices.add(store.issued(store.client("Client " + i, null), "INV-" + i, i + "00.00"));
        }
        sync.push(ctx, BooksVendor.XERO);
        xero.updateBatchSize = 2;
        xero.refuseInvoice = "INV-2";
        invoices.forEach(invoice -> invoice.voidInvoice(clock.instant()));

        BooksSync.Pass pass = sync.push(ctx, BooksVendor.XERO);
        BooksSync.Pass again = sync.push(ctx, BooksVendor.XERO);

        assertThat(pass).isEqualTo(new BooksSync.Pass(0, 2, 3, 1, 0, 0, 0, true, Optional.empty()));
        assertThat(xero.batches).as("the third update is alone and goes as one").containsExactly("2 invoice updates");
        assertThat(xero.calls).contains("update x-invoice-4: invoice INV-1 100.00 to x-contact-1 voided",
                "update x-invoice-6: invoice INV-3 300.00 to x-contact-3 voided");
        assertThat(xero.keys.get(6)).as("the batch's key").startsWith("becflow-invoice-batch-2-");
        assertThat(store.conflicts.values()).singleElement().satisfies(c -> {
            assertThat(c.localId()).isEqualTo(invoices.get(1).id().value());
            assertThat(c.reason()).isEqualTo("Xero refused invoice INV-2: the invoice is locked in the books");
        });
        assertThat(store.log).filteredOn(e -> e.outcome() == BooksLogEntry.Outcome.UPDATED).hasSize(2);
        assertThat(again).as("updated twins are as Becflow has them; the refused one is held")
                .isEqualTo(new BooksSync.Pass(0, 0, 5, 0, 0, 1, 0, true, Optional.empty()));
    }

    @Test
    void anUpdateBatchCutShortIsSentAgainAsTheSameCall() {
        connect();
        xero.updateBatchSize = 50;
        List<Invoice> invoices = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            invoices.add(store.issued(store.client("Client " + i, null), "INV-" + i, "100.00"));
        }
        sync.push(ctx, BooksVendor.XERO);
        invoices.forEach(invoice -> invoice.voidInvoice(clock.instant()));
        xero.throttleAfter = 0;
        int before = xero.attempted.size();

        BooksSync.Pass throttled = sync.push(ctx, BooksVendor.XERO);
        xero.throttleAfter = -1;
        clock.advance(Duration.ofSeconds(30));
        BooksSync.Pass resumed = sync.push(ctx, BooksVendor.XERO);

        assertThat(throttled.updated()).isZero();
        assertThat(resumed.updated()).isEqualTo(3);
        assertThat(xero.attempted.subList(before, xero.attempted.size())).hasSize(2)
                .allSatisfy(key -> assertThat(key).isEqualTo(xero.attempted.get(before))
                        .startsWith("becflow-invoice-batch-3-"));
    }

    @Test
    void anExpiringGrantIsRefreshedFirstAndARefusedRefreshRevokesTheConnection() {
        connect();
        store.client("Ada Lovelace", null);
        clock.advance(Duration.ofMinutes(26));

        sync.push(ctx, BooksVendor.XERO);
        assertThat(xero.sessions).containsExactly("token-2");

        clock.advance(Duration.ofMinutes(30));
        xero.refuseRefresh = true;
        store.client("Grace Hopper", null);
        BooksSync.Pass pass = sync.push(ctx, BooksVendor.XERO);

        assertThat(pass.completed()).isFalse();
        assertThat(store.connection.status()).isEqualTo(BooksConnection.Status.REVOKED);
        assertThat(store.log.get(store.log.size() - 1).outcome()).isEqualTo(BooksLogEntry.Outcome.REVOKED);
        assertThat(sync.push(ctx, BooksVendor.XERO).created()).as("nothing syncs while revoked").isZero();
    }

    @Test
    void aTokenRefusedBeforeItsTimeIsRefreshedOnceAndThePassGoesOn() {
        connect();
        store.client("Ada Lovelace", null);
        xero.refuseToken = "token-1";

        BooksSync.Pass pass = sync.push(ctx, BooksVendor.XERO);

        assertThat(pass.completed()).isTrue();
        assertThat(pass.created()).isEqualTo(1);
        assertThat(store.connection.status()).isEqualTo(BooksConnection.Status.CONNECTED);
    }

    @Test
    void paymentsMadeInTheBooksOnOurInvoicesAreReceivedAndTheWatermarkMovesPastThem() {
        connect();
        Client client = store.client("Ada Lovelace", null);
        Invoice invoice = store.issued(client, "INV-1", "300.00");
        sync.push(ctx, BooksVendor.XERO);
        java.time.Instant earlier = clock.instant().minusSeconds(60);
        java.time.Instant later = clock.instant().plusSeconds(5);
        xero.changed = List.of(
                remote("x-pay-1", "x-invoice-2", false, earlier),
                remote("x-pay-2", "not-ours", false, later),
                remote("x-pay-3", "x-invoice-2", true, later));

        BooksSync.Pass pass = sync.push(ctx, BooksVendor.XERO);

        assertThat(pass.received()).isEqualTo(1);
        assertThat(received).containsExactly("x-pay-1 on " + invoice.id().value());
        assertThat(store.pulledThrough).isEqualTo(later);
        assertThat(xero.changedSince).containsExactly(store.connection.connectedAt(), store.connection.connectedAt());
        xero.changed = List.of();
        sync.push(ctx, BooksVendor.XERO);
        assertThat(xero.changedSince).last().as("the next pull starts where the last clean one ended").isEqualTo(later);
    }

    private static BooksRemotePayment remote(String id, String invoice, boolean deleted, java.time.Instant updated) {
        return new BooksRemotePayment(id, invoice, LocalDate.of(2027, 1, 12), Money.of("50.00", "EUR"), "in Xero", deleted,
                updated);
    }

    @Test
    void aRefusedContactOpensOneConflictAndIsHeldUntilSettled() {
        connect();
        Client duplicate = store.client("Duplicate Name", null);
        xero.refuseContact = "Duplicate Name";
        sync.push(ctx, BooksVendor.XERO);
        BooksSync.Pass again = sync.push(ctx, BooksVendor.XERO);

        assertThat(store.conflicts.values()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(BooksConflict.Kind.NAME_TAKEN);
            assertThat(c.localId()).isEqualTo(duplicate.id().value());
            assertThat(c.subject()).isEqualTo("contact Duplicate Name");
        });
        assertThat(again.held()).isEqualTo(1);
        assertThat(xero.calls).as("a held object is not sent again").isEmpty();
    }

    @Test
    void linkingToTheBooksContactOfTheSameNameMapsItWithoutChangingEither() {
        connect();
        Client duplicate = store.client("Duplicate Name", null);
        xero.refuseContact = "Duplicate Name";
        sync.push(ctx, BooksVendor.XERO);
        xero.existingContacts.put("Duplicate Name", "x-theirs");
        BooksConflict conflict = store.conflicts.values().iterator().next();

        BooksConflict settled = inbox().settle(ctx, BooksVendor.XERO, conflict.id(), BooksConflict.Choice.LINK_EXISTING);
        BooksSync.Pass after = sync.push(ctx, BooksVendor.XERO);

        assertThat(settled.resolution()).hasValueSatisfying(r -> assertThat(r.choice())
                .isEqualTo(BooksConflict.Choice.LINK_EXISTING));
        assertThat(store.all(ctx.tenant(), BooksVendor.XERO, com.becflow.accounting.BooksObject.CONTACT)
                .get(duplicate.id().value()).externalId()).isEqualTo("x-theirs");
        assertThat(after.unchanged()).as("linked, and theirs is not overwritten").isEqualTo(1);
        assertThat(xero.calls).isEmpty();
        assertThat(syncRequests).hasSize(1);
    }

    @Test
    void aChoiceTheKindDoesNotOfferOrASecondSettlementIsRefusedWithItsCode() {
        connect();
        store.client("Duplicate Name", null);
        xero.refuseContact = "Duplicate Name";
        sync.push(ctx, BooksVendor.XERO);
        BooksConflict conflict = store.conflicts.values().iterator().next();

        assertThat(codeOf(() -> inbox().settle(ctx, BooksVendor.XERO, conflict.id(), BooksConflict.Choice.ACCEPT)))
                .isEqualTo("books.conflict.choice-not-offered");
        inbox().settle(ctx, BooksVendor.XERO, conflict.id(), BooksConflict.Choice.SKIP);
        assertThat(codeOf(() -> inbox().settle(ctx, BooksVendor.XERO, conflict.id(), BooksConflict.Choice.RETRY)))
                .isEqualTo("books.conflict.settled");
        xero.refuseContact = null;
        assertThat(sync.push(ctx, BooksVendor.XERO).held()).as("a skipped object stays out").isEqualTo(1);
    }

    @Test
    void aTotalTheBooksWorkOutOtherwiseIsAConflictNotASilentDifference() {
        connect();
        Client client = store.client("Ada Lovelace", null);
        store.issued(client, "INV-9", "100.00");
        xero.totalSkew = Money.of("0.01", "EUR");

        sync.push(ctx, BooksVendor.XERO);

        assertThat(store.conflicts.values()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(BooksConflict.Kind.AMOUNTS_DIFFER);
            assertThat(c.reason()).isEqualTo("Xero worked out a total of 100.01 EUR, Becflow 100.00 EUR (tax or rounding"
                    + " rules differ)");
        });
    }

    private final List<com.becflow.accounting.BooksSyncRequested> syncRequests = new ArrayList<>();

    private BooksConflictInbox inbox() {
        return inbox(store, xero, syncRequests, clock);
    }

    /** The inbox over in-memory books, changing clients through the clients' own use case. */
    static BooksConflictInbox inbox(InMemoryBooks store, RecordingGateway xero,
                                    List<com.becflow.accounting.BooksSyncRequested> syncRequests, ServerClock clock) {
        com.becflow.clients.app.ClientService clients = new com.becflow.clients.app.ClientService(store, clock,
                new com.becflow.portal.app.PortalLinkService() {
                    @Override
                    public int revokeOfClient(TenantId tenant, ClientId client, String address) {
                        return 0;
                    }
                });
        return new BooksConflictInbox(store, store, store,
                vendor -> vendor == BooksVendor.XERO ? Optional.of(xero) : Optional.empty(), store, clients, store,
                new RecordingEvent<>(syncRequests), clock);
    }

    private static String codeOf(Runnable action) {
        try {
            action.run();
        } catch (com.becflow.shared.error.DomainException e) {
            return e.code().key();
        }
        throw new AssertionError("nothing was refused");
    }

    private void connect() {
        store.connection = new BooksConnection(BooksVendor.XERO, new BooksOrganisation("org-1", "Demo"),
                new BooksGrant("token-1", "refresh-1", clock.instant().plus(Duration.ofMinutes(30))),
                new BooksAccounts("200", "090"), BooksConnection.Status.CONNECTED, clock.instant());
    }

    /** A vendor that records what it was sent and refuses, throttles or revokes when told to. */
    static final class RecordingGateway implements BooksGateway {
        final List<String> calls = new ArrayList<>();
        final List<String> keys = new ArrayList<>();
        final List<String> sessions = new ArrayList<>();
        List<BooksRemotePayment> changed = List.of();
        /** Contacts as the books keep them now; each is read as changed since any watermark. */
        List<com.becflow.accounting.BooksRemoteContact> changedContacts = List.of();
        final List<java.time.Instant> changedSince = new ArrayList<>();
        String refuseContact;
        Money totalSkew = Money.of("0.00", "EUR");
        final java.util.Map<String, String> existingContacts = new java.util.HashMap<>();
        String refuseToken;
        boolean refuseRefresh;
        int throttleAfter = -1;
        int batchSize = 1;
        int updateBatchSize = 1;
        String refuseInvoice;
        boolean refuseRefunds;
        boolean refundIsItsOwnCreditNote;

        @Override
        public boolean refundIsItsOwnCreditNote() {
            return refundIsItsOwnCreditNote;
        }
        final List<String> batches = new ArrayList<>();
        final List<String> attempted = new ArrayList<>();
        private int ids;
        private int refreshes = 1;

        @Override public BooksVendor vendor() { return BooksVendor.XERO; }
        @Override public URI authorizationPage(String state, URI callback) { return URI.create("http://xero.test/consent"); }
        @Override public BooksGrant exchange(com.becflow.accounting.BooksConsent consent) { throw new UnsupportedOperationException(); }
        @Override public List<BooksOrganisation> organisations(BooksGrant grant, com.becflow.accounting.BooksConsent consent) { return List.of(); }
        @Override public BooksAccounts defaultAccounts(BooksSession session) { return new BooksAccounts("200", "090"); }

        @Override
        public BooksGrant refresh(BooksGrant grant) {
            if (refuseRefresh) {
                throw new BooksAccessRevoked("invalid_grant");
            }
            refreshes++;
            return new BooksGrant("token-" + refreshes, "refresh-" + refreshes, grant.expiresAt().plus(Duration.ofMinutes(30)));
        }

        @Override
        public String pushContact(BooksSession session, BooksContact contact, Optional<String> externalId, String key) {
            answer(session, key);
            if (contact.name().equals(refuseContact)) {
                throw new BooksRefused(com.becflow.accounting.BooksConflict.Kind.NAME_TAKEN, "the name is taken");
            }
            return record(externalId, "contact " + contact.name(), "x-contact-");
        }

        @Override
        public PushedInvoice pushInvoice(BooksSession session, BooksInvoice invoice, Optional<String> externalId, String key) {
            answer(session, key);
            if (invoice.number().equals(refuseInvoice)) {
                throw new BooksRefused("the invoice is locked in the books");
            }
            return new PushedInvoice(record(externalId, "invoice " + invoice.number() + " " + invoice.total().amount()
                    + " to " + invoice.contactId() + (invoice.voided() ? " voided" : ""), "x-invoice-"),
                    invoice.total().plus(totalSkew));
        }

        @Override
        public Optional<String> findContact(BooksSession session, String name) {
            return Optional.ofNullable(existingContacts.get(name));
        }

        @Override
        public String pushPayment(BooksSession session, BooksPayment payment, String key) {
            answer(session, key);
            return record(Optional.empty(), "payment " + payment.amount() + " on " + payment.invoiceId(), "x-payment-");
        }

        @Override
        public boolean pushes(com.becflow.accounting.BooksObject object) {
            return true;
        }

        @Override
        public String pushCreditNote(BooksSession session, com.becflow.accounting.BooksCreditNote note, String key) {
            answer(session, key);
            return record(Optional.empty(), "credit note " + note.number() + " " + note.total().amount() + " on "
                    + note.invoiceId(), "x-credit-");
        }

        @Override
        public String pushSplitPayment(BooksSession session, List<BooksPayment> parts, String key) {
            answer(session, key);
            return record(Optional.empty(), "split payment " + parts.stream().map(p -> p.amount() + " on " + p.invoiceId())
                    .collect(java.util.stream.Collectors.joining(", ")), "x-payment-");
        }

        @Override
        public String pushRefund(BooksSession session, com.becflow.accounting.BooksRefund refund, String key) {
            answer(session, key);
            if (refuseRefunds) {
                throw new BooksRefused("Payment amount exceeds the amount outstanding on this document");
            }
            return record(Optional.empty(), (refund.chargeback() ? "chargeback " : "refund ") + refund.amount() + " on "
                    + refund.invoiceId() + " to " + refund.contactId()
                    + (refund.creditNoteId() == null ? "" : " from " + refund.creditNoteId()), "x-refund-");
        }

        @Override
        public int batchSize(com.becflow.accounting.BooksObject object) {
            return batchSize;
        }

        @Override
        public List<Created> createContacts(BooksSession session, List<BooksContact> contacts, String key) {
            return batch("contacts", session, key, contacts, c -> Created.as(pushContact(session, c, Optional.empty(), null), null));
        }

        @Override
        public List<Created> createInvoices(BooksSession session, List<BooksInvoice> invoices, String key) {
            return batch("invoices", session, key, invoices, i -> {
                PushedInvoice pushed = pushInvoice(session, i, Optional.empty(), null);
                return Created.as(pushed.id(), pushed.total());
            });
        }

        @Override
        public List<Created> createPayments(BooksSession session, List<BooksPayment> payments, String key) {
            return batch("payments", session, key, payments, p -> Created.as(pushPayment(session, p, null), null));
        }

        @Override
        public int updateBatchSize(com.becflow.accounting.BooksObject object) {
            return updateBatchSize;
        }

        @Override
        public List<Created> updateContacts(BooksSession session, List<Change<BooksContact>> contacts, String key) {
            return batch("contact updates", session, key, contacts,
                    c -> Created.as(pushContact(session, c.twin(), Optional.of(c.externalId()), null), null));
        }

        @Override
        public List<Created> updateInvoices(BooksSession session, List<Change<BooksInvoice>> invoices, String key) {
            return batch("invoice updates", session, key, invoices, i -> {
                PushedInvoice pushed = pushInvoice(session, i.twin(), Optional.of(i.externalId()), null);
                return Created.as(pushed.id(), pushed.total());
            });
        }

        /** One call for the lot: the key is the batch's, each object is answered (or refused) on its own. */
        private <T> List<Created> batch(String kind, BooksSession session, String key, List<T> objects,
                                        java.util.function.Function<T, Created> one) {
            answer(session, key);
            batches.add(objects.size() + " " + kind);
            int throttle = throttleAfter;
            throttleAfter = -1;
            List<Created> answers = new ArrayList<>();
            for (T object : objects) {
                try {
                    answers.add(one.apply(object));
                } catch (BooksRefused refused) {
                    answers.add(Created.refused(refused));
                }
            }
            throttleAfter = throttle;
            keys.subList(keys.size() - answers.size(), keys.size()).clear();
            attempted.subList(attempted.size() - answers.size(), attempted.size()).clear();
            return answers;
        }

        /** What a signed delivery names; null: the signature does not match. */
        List<String> webhookOrganisations = List.of();

        @Override
        public List<String> webhookOrganisations(byte[] body, String signature) {
            if (webhookOrganisations == null) {
                throw new com.becflow.accounting.BooksWebhookRefused("The Xero signature does not match");
            }
            return webhookOrganisations;
        }

        @Override
        public List<BooksRemotePayment> paymentsChangedSince(BooksSession session, java.time.Instant since) {
            changedSince.add(since);
            return changed;
        }

        @Override
        public List<com.becflow.accounting.BooksRemoteContact> contactsChangedSince(BooksSession session,
                                                                                    java.time.Instant since) {
            return changedContacts;
        }

        @Override
        public Optional<com.becflow.accounting.BooksRemoteContact> contact(BooksSession session, String externalId) {
            return changedContacts.stream().filter(c -> c.id().equals(externalId)).findFirst();
        }

        private void answer(BooksSession session, String key) {
            attempted.add(key);
            if (session.accessToken().equals(refuseToken)) {
                throw new BooksAccessRevoked("AuthenticationUnsuccessful");
            }
            if (throttleAfter == 0) {
                throw new BooksUnavailable("Xero asked Becflow to wait 30 s", Duration.ofSeconds(30));
            }
            throttleAfter--;
            sessions.add(session.accessToken());
            keys.add(key);
        }

        private String record(Optional<String> externalId, String what, String prefix) {
            calls.add(externalId.map(id -> "update " + id + ": " + what).orElse(what));
            return externalId.orElseGet(() -> prefix + ++ids);
        }
    }

    static Client newClient(String name, String company, java.time.Instant now) {
        return Client.add(ClientId.newId(), new ClientDetails(name, name.toLowerCase(Locale.ROOT).replace(' ', '.') + "@x.test",
                company, null, null, Currency.getInstance("EUR"), ZoneId.of("Europe/Berlin"), Locale.ENGLISH,
                ReminderChannel.EMAIL, null), now);
    }

    static Invoice newIssued(Client client, String number, String amount, java.time.Instant now) {
        Invoice invoice = Invoice.draft(InvoiceId.newId(), InvoiceKind.INVOICE, client.id(), null, null,
                new InvoiceContent(Currency.getInstance("EUR"), new InvoiceLines(List.of(InvoiceLine.of("Work", "1", amount))),
                        null, null, 14, true, null), now);
        invoice.issue(number, LocalDate.of(2027, 1, 4), client.email(), now);
        return invoice;
    }

    static Payment newPayment(Invoice invoice, String amount, java.time.Instant now) {
        return Payment.receivedByHand(invoice.id(), PaymentMethod.BANK_TRANSFER, Money.of(amount, "EUR"),
                LocalDate.of(2027, 1, 10), "transfer", Actor.system("test"), now);
    }
}
