package com.becflow.accounting.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.becflow.accounting.BooksAccounts;
import com.becflow.accounting.BooksConflict;
import com.becflow.accounting.BooksConnection;
import com.becflow.accounting.BooksGrant;
import com.becflow.accounting.BooksMapping;
import com.becflow.accounting.BooksObject;
import com.becflow.accounting.BooksOrganisation;
import com.becflow.accounting.BooksRemoteContact;
import com.becflow.accounting.BooksRemotePayment;
import com.becflow.accounting.BooksSyncRequested;
import com.becflow.accounting.BooksVendor;
import com.becflow.clients.Client;
import com.becflow.invoicing.Invoice;
import com.becflow.invoicing.InvoiceId;
import com.becflow.invoicing.Payment;
import com.becflow.shared.tenant.TenantContext;
import com.becflow.shared.tenant.TenantId;
import com.becflow.shared.tenant.UserId;
import com.becflow.shared.time.ServerClock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What a pass reads back from the books, on in-memory books: contacts changed there are offered, never taken or
 * overwritten silently; our own pushes read back are no change; payments deleted there are reversed when Becflow took
 * them from the books, and offered when Becflow sent them; the watermark moves only after a clean pass.
 */
class BooksPullTest {

    private final ServerClock clock = ServerClock.movable();
    private final InMemoryBooks store = new InMemoryBooks(clock);
    private final BooksSyncTest.RecordingGateway xero = new BooksSyncTest.RecordingGateway();
    private final List<String> reversed = new ArrayList<>();
    private final List<BooksSyncRequested> syncRequests = new ArrayList<>();
    private final TenantContext ctx = new TenantContext(TenantId.newId(), new UserId("u-1"), ZoneId.of("Europe/Berlin"),
            Currency.getInstance("EUR"), com.becflow.shared.tenant.TenantAccess.FULL);
    private final BooksSyncSteps steps = new BooksSyncSteps(store, store, store, store, store,
            new BooksSchedule(store, new InMemoryAgenda(), clock, 15), new InMemoryDirectory(), clock);
    private final BooksSync sync = new BooksSync(vendor -> vendor == BooksVendor.XERO ? Optional.of(xero) : Optional.empty(),
            steps, new BooksPull(steps, new BooksReceipts() {
                @Override
                public Optional<Payment> receive(TenantContext c, BooksVendor vendor, InvoiceId id, BooksRemotePayment paid) {
                    return Optional.empty();
                }

                @Override
                public Optional<Payment> reverse(TenantContext c, BooksVendor vendor, BooksMapping taken) {
                    reversed.add(taken.externalId());
                    store.save(c.tenant(), new BooksMapping(vendor, BooksObject.PAYMENT, taken.localId(), taken.externalId(),
                            BooksReceipts.REVERSED, clock.instant()));
                    return Optional.of(BooksSyncTest.newPayment(store.invoices.get(0), "50.00", clock.instant()));
                }
            }, clock), clock);

    @Test
    void aContactChangedInTheBooksIsOfferedWithWhatDiffersAndHeldFromThePush() {
        connect();
        Client ada = store.client("Ada Lovelace", "Analytical Engines Ltd");
        sync.push(ctx, BooksVendor.XERO);
        xero.changedContacts = List.of(theirs("Analytical Engines Ltd", "Ada Lovelace", "ada@engines.test", "GB123"));

        BooksSync.Pass pass = sync.push(ctx, BooksVendor.XERO);
        BooksSync.Pass again = sync.push(ctx, BooksVendor.XERO);

        assertThat(store.conflicts.values()).as("read twice, offered once").singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(BooksConflict.Kind.CONTACT_CHANGED_IN_BOOKS);
            assertThat(c.localId()).isEqualTo(ada.id().value());
            assertThat(c.subject()).isEqualTo("contact Analytical Engines Ltd");
            assertThat(c.reason()).isEqualTo("Changed in Xero: email \"ada@engines.test\" (Becflow: \"ada.lovelace@x.test\");"
                    + " tax number \"GB123\" (Becflow: none). Take Xero's details into Becflow, or keep Becflow's and send"
                    + " them to Xero again");
            assertThat(c.kind().choices()).containsExactly(BooksConflict.Choice.TAKE_THEIRS, BooksConflict.Choice.KEEP_OURS);
        });
        assertThat(pass.held()).isEqualTo(1);
        assertThat(again.held()).isEqualTo(1);
        assertThat(xero.calls).as("neither side is overwritten").containsExactly("contact Analytical Engines Ltd");
    }

    @Test
    void ourOwnPushReadBackIsNoChangeEvenWhenBecflowChangedTheClientSince() {
        connect();
        Client ada = store.client("Ada Lovelace", null);
        sync.push(ctx, BooksVendor.XERO);
        xero.changedContacts = List.of(theirs("Ada Lovelace", "", "ada.lovelace@x.test", ""));
        ada.archive(clock.instant());

        BooksSync.Pass pass = sync.push(ctx, BooksVendor.XERO);

        assertThat(store.conflicts).isEmpty();
        assertThat(pass.updated()).isEqualTo(1);
        assertThat(xero.calls).last().isEqualTo("update x-contact-1: contact Ada Lovelace");
    }

    @Test
    void takingTheBooksDetailsChangesTheClientThroughItsUseCaseAndSendsNothingBack() {
        connect();
        Client ada = store.client("Ada Lovelace", "Analytical Engines Ltd");
        sync.push(ctx, BooksVendor.XERO);
        xero.changedContacts = List.of(theirs("Lovelace Engines Ltd", "Ada King", "ada@engines.test", "GB123"));
        sync.push(ctx, BooksVendor.XERO);
        BooksConflict conflict = store.conflicts.values().iterator().next();

        BooksConflict settled = BooksSyncTest.inbox(store, xero, syncRequests, clock)
                .settle(ctx, BooksVendor.XERO, conflict.id(), BooksConflict.Choice.TAKE_THEIRS);
        BooksSync.Pass after = sync.push(ctx, BooksVendor.XERO);

        assertThat(settled.resolution()).hasValueSatisfying(r -> assertThat(r.choice())
                .isEqualTo(BooksConflict.Choice.TAKE_THEIRS));
        Client now = store.find(ctx.tenant(), ada.id()).orElseThrow();
        assertThat(now.company()).isEqualTo("Lovelace Engines Ltd");
        assertThat(now.name()).isEqualTo("Ada King");
        assertThat(now.email()).isEqualTo("ada@engines.test");
        assertThat(now.taxId()).isEqualTo("GB123");
        assertThat(after.unchanged()).as("the books have it already").isEqualTo(1);
        assertThat(after.updated()).isZero();
        assertThat(store.conflicts.values()).as("the same change read again is no change").hasSize(1);
        assertThat(xero.calls).containsExactly("contact Analytical Engines Ltd");
    }

    @Test
    void detailsTheClientsChecksRefuseLeaveTheConflictOpenWithWhy() {
        connect();
        Client ada = store.client("Ada Lovelace", null);
        sync.push(ctx, BooksVendor.XERO);
        xero.changedContacts = List.of(theirs("Ada Lovelace", "", "", ""));
        sync.push(ctx, BooksVendor.XERO);
        BooksConflict conflict = store.conflicts.values().iterator().next();

        com.becflow.shared.error.DomainException refused = null;
        try {
            BooksSyncTest.inbox(store, xero, syncRequests, clock).settle(ctx, BooksVendor.XERO, conflict.id(),
                    BooksConflict.Choice.TAKE_THEIRS);
        } catch (com.becflow.shared.error.DomainException e) {
            refused = e;
        }

        assertThat(refused).isNotNull();
        assertThat(refused.code().key()).isEqualTo("books.conflict.details-refused");
        assertThat(refused.getMessage()).isEqualTo("Xero's details cannot be taken into the client: Enter the client's"
                + " email. Correct them in Xero and choose again, or keep Becflow's");
        assertThat(store.conflicts.get(conflict.id()).open()).isTrue();
        assertThat(store.find(ctx.tenant(), ada.id()).orElseThrow().email()).isEqualTo("ada.lovelace@x.test");
    }

    @Test
    void keepingBecflowsDetailsSendsThemAgainAndTheSameChangeReadAgainIsNotOfferedTwice() {
        connect();
        store.client("Ada Lovelace", null);
        sync.push(ctx, BooksVendor.XERO);
        xero.changedContacts = List.of(theirs("Ada Lovelace", "", "ada@elsewhere.test", ""));
        sync.push(ctx, BooksVendor.XERO);
        BooksConflict conflict = store.conflicts.values().iterator().next();

        BooksSyncTest.inbox(store, xero, syncRequests, clock).settle(ctx, BooksVendor.XERO, conflict.id(),
                BooksConflict.Choice.KEEP_OURS);
        BooksSync.Pass after = sync.push(ctx, BooksVendor.XERO);

        assertThat(syncRequests).hasSize(1);
        assertThat(store.conflicts).hasSize(1);
        assertThat(after.updated()).isEqualTo(1);
        assertThat(xero.calls).last().isEqualTo("update x-contact-1: contact Ada Lovelace");
    }

    @Test
    void aContactLinkedToAsTheBooksHadItIsNoChangeUntilTheBooksChangeIt() {
        connect();
        store.client("Duplicate Name", null);
        xero.refuseContact = "Duplicate Name";
        sync.push(ctx, BooksVendor.XERO);
        xero.existingContacts.put("Duplicate Name", "x-theirs");
        xero.changedContacts = List.of(new BooksRemoteContact("x-theirs", "Duplicate Name", "", "someone@else.test", "",
                null, false, clock.instant()));
        BooksSyncTest.inbox(store, xero, syncRequests, clock).settle(ctx, BooksVendor.XERO,
                store.conflicts.values().iterator().next().id(), BooksConflict.Choice.LINK_EXISTING);

        sync.push(ctx, BooksVendor.XERO);
        assertThat(store.conflicts.values()).as("linked, both kept as they are").noneMatch(BooksConflict::open);

        xero.changedContacts = List.of(new BooksRemoteContact("x-theirs", "Duplicate Name", "", "third@else.test", "",
                null, false, clock.instant()));
        sync.push(ctx, BooksVendor.XERO);
        assertThat(store.conflicts.values()).filteredOn(BooksConflict::open).singleElement()
                .satisfies(c -> assertThat(c.reason()).contains("email \"third@else.test\""));
        assertThat(xero.calls).isEmpty();
    }

    @Test
    void aPaymentTakenFromTheBooksAndDeletedThereIsReversedOnce() {
        connect();
        Invoice invoice = store.issued(store.client("Ada Lovelace", null), "INV-1", "300.00");
        sync.push(ctx, BooksVendor.XERO);
        Payment taken = BooksSyncTest.newPayment(invoice, "50.00", clock.instant());
        store.payments.add(taken);
        store.save(ctx.tenant(), new BooksMapping(BooksVendor.XERO, BooksObject.PAYMENT, taken.id().value(), "x-pay-9",
                BooksReceipts.RECEIVED, clock.instant()));
        xero.changed = List.of(deleted("x-pay-9"), deleted("x-pay-not-ours"));

        sync.push(ctx, BooksVendor.XERO);
        sync.push(ctx, BooksVendor.XERO);

        assertThat(reversed).containsExactly("x-pay-9");
        assertThat(store.conflicts).isEmpty();
        assertThat(xero.calls).as("never sent back").noneMatch(call -> call.startsWith("payment"));
    }

    @Test
    void aPaymentBecflowSentThatIsDeletedInTheBooksIsOfferedAndAddedAgainWhenChosen() {
        connect();
        Invoice invoice = store.issued(store.client("Ada Lovelace", null), "INV-1", "300.00");
        store.paid(invoice, "120.00");
        sync.push(ctx, BooksVendor.XERO);
        xero.changed = List.of(deleted("x-payment-3"));

        BooksSync.Pass pass = sync.push(ctx, BooksVendor.XERO);

        assertThat(reversed).as("never reversed silently").isEmpty();
        BooksConflict conflict = store.conflicts.values().stream().findFirst().orElseThrow();
        assertThat(conflict.kind()).isEqualTo(BooksConflict.Kind.DELETED_IN_BOOKS);
        assertThat(conflict.subject()).isEqualTo("payment of 120.00 EUR");
        assertThat(conflict.reason()).isEqualTo("The payment of 120.00 EUR received 2027-01-10 on invoice INV-1, which"
                + " Becflow sent to Xero, was deleted there (Xero payment x-payment-3): add it again, or leave it out of"
                + " Xero from now on");
        assertThat(pass.created()).as("not sent again until chosen").isZero();

        BooksSyncTest.inbox(store, xero, syncRequests, clock).settle(ctx, BooksVendor.XERO, conflict.id(),
                BooksConflict.Choice.PUSH_AGAIN);
        xero.changed = List.of();
        BooksSync.Pass again = sync.push(ctx, BooksVendor.XERO);

        assertThat(again.created()).isEqualTo(1);
        assertThat(xero.calls).last().isEqualTo("payment 120.00 EUR on x-invoice-2");
    }

    @Test
    void aPassCutShortAfterThePullLeavesTheWatermarkSoTheNextReadsTheSameChangesAgain() {
        connect();
        store.client("Ada Lovelace", null);
        sync.push(ctx, BooksVendor.XERO);
        Instant changedAt = clock.instant().plusSeconds(5);
        xero.changedContacts = List.of(new BooksRemoteContact("x-contact-1", "Ada Lovelace", "", "ada@elsewhere.test", "",
                null, false, changedAt));
        store.client("Grace Hopper", null);
        xero.throttleAfter = 0;

        BooksSync.Pass throttled = sync.push(ctx, BooksVendor.XERO);
        xero.throttleAfter = -1;
        clock.advance(Duration.ofSeconds(30));
        BooksSync.Pass resumed = sync.push(ctx, BooksVendor.XERO);

        assertThat(throttled.completed()).isFalse();
        assertThat(resumed.completed()).isTrue();
        assertThat(xero.changedSince).containsExactly(store.connection.connectedAt(), store.connection.connectedAt(),
                store.connection.connectedAt());
        assertThat(store.pulledThrough).isEqualTo(changedAt);
        assertThat(store.conflicts).as("read twice, offered once").hasSize(1);
    }

    private BooksRemoteContact theirs(String name, String person, String email, String taxNumber) {
        // Xero keeps no country for a contact: null, never read as changed
        return new BooksRemoteContact("x-contact-1", name, person, email, taxNumber, null, false, clock.instant());
    }

    private BooksRemotePayment deleted(String id) {
        return new BooksRemotePayment(id, null, null, null, null, true, clock.instant());
    }

    private void connect() {
        store.connection = new BooksConnection(BooksVendor.XERO, new BooksOrganisation("org-1", "Demo"),
                new BooksGrant("token-1", "refresh-1", clock.instant().plus(Duration.ofMinutes(30))),
                new BooksAccounts("200", "090"), BooksConnection.Status.CONNECTED, clock.instant());
    }
}
