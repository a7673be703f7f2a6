package com.becflow.accounting.app;

import com.becflow.accounting.BooksAccessRevoked;
import com.becflow.accounting.BooksConflict;
import com.becflow.accounting.BooksConnection;
import com.becflow.accounting.BooksContact;
import com.becflow.accounting.BooksGateway;
import com.becflow.accounting.BooksGateways;
import com.becflow.accounting.BooksInvoice;
import com.becflow.accounting.BooksLogEntry;
import com.becflow.accounting.BooksMapping;
import com.becflow.accounting.BooksObject;
import com.becflow.accounting.BooksPayment;
import com.becflow.accounting.BooksRefused;
import com.becflow.accounting.BooksSession;
import com.becflow.accounting.BooksTwins;
import com.becflow.accounting.BooksUnavailable;
import com.becflow.accounting.BooksVendor;
import com.becflow.clients.Client;
import com.becflow.invoicing.Invoice;
import com.becflow.invoicing.Payment;
import com.becflow.shared.tenant.TenantContext;
import com.becflow.shared.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * One pass that brings a workspace's books up to date: first what changed in the books ({@link BooksPull}), then
 * contacts, then invoices, then the money received on
 * them, since each refers to the one before. An object whose content has not changed since it was last pushed is left
 * alone, so a pass run again, or by two servers at once, makes nothing twice. A refused object is logged with the
 * vendor's reason and the pass goes on. Every request the gateway sends waits for the {@link BooksCallLimiter}, so
 * the pass keeps within the vendor's limits for the organisation; a vendor that asks us to slow down, or a daily limit
 * spent, ends the pass, to be run again later.
 */
@ApplicationScoped
public class BooksSync {

    /**
     * What one pass did. {@code resumeAfter}: the vendor asked us to wait this long before the rest; absent when the
     * pass ran to its end or cannot go on (no live connection).
     */
    public record Pass(int created, int updated, int unchanged, int refused, int waiting, int held, int received,
                       boolean completed, Optional<Duration> resumeAfter) {
    }

    private final BooksGateways gateways;
    private final BooksSyncSteps steps;
    private final BooksPull pull;
    private final Clock clock;

    @Inject
    public BooksSync(BooksGateways gateways, BooksSyncSteps steps, BooksPull pull, Clock clock) {
        this.gateways = gateways;
        this.steps = steps;
        this.pull = pull;
        this.clock = clock;
    }

    protected BooksSync() {
        this(null, null, null, null);
    }

    /** When the vendor asks us to wait, what was pushed stays pushed and the pass says when to resume. */
    public Pass push(TenantContext ctx, BooksVendor vendor) {
        Optional<BooksGateway> gateway = gateways.of(vendor);
        Optional<BooksConnection> connection = gateway.flatMap(g -> steps.live(ctx.tenant(), g, false));
        if (connection.isEmpty()) {
            return new Pass(0, 0, 0, 0, 0, 0, 0, false, Optional.empty());
        }
        Run run = new Run(ctx, gateway.get(), connection.get());
        try {
            return run.all();
        } catch (BooksAccessRevoked refused) {
            // The vendor may end an access token before its time; only a refused refresh means the access is gone.
            Optional<BooksConnection> refreshed = steps.live(ctx.tenant(), gateway.get(), true);
            if (refreshed.isEmpty()) {
                return run.pass(false, null);
            }
            try {
                return new Run(ctx, gateway.get(), refreshed.get()).all();
            } catch (BooksAccessRevoked e) {
                steps.revoked(ctx.tenant(), vendor, e.getMessage());
                return run.pass(false, null);
            }
        }
    }

    /** An object of this pass as the books will keep it, and how to send it alone. */
    private record New<T>(UUID localId, T twin, String fingerprint, String what,
                          Function<String, BooksGateway.Created> single) {
    }

    /** A changed object whose twin the books have: its mapping until now, and what goes to update it. */
    private record Changed<T>(BooksMapping before, New<T> item) {
    }

    /** The state of one pass. */
    private final class Run {

        private final TenantContext ctx;
        private final TenantId tenant;
        private final BooksGateway gateway;
        private final BooksConnection connection;
        private final BooksSession session;
        private int received;
        private int reversed;
        private int changedThere;
        private int created;
        private int updated;
        private int unchanged;
        private int refused;
        private int waiting;
        private int held;
        private final java.util.Set<String> holding;

        Run(TenantContext ctx, BooksGateway gateway, BooksConnection connection) {
            this.ctx = ctx;
            this.tenant = ctx.tenant();
            this.gateway = gateway;
            this.connection = connection;
            this.session = connection.session();
            this.holding = steps.holding(tenant, gateway.vendor());
        }

        Pass all() {
            BooksPull.Pulled pulled;
            try {
                pulled = pull.pull(ctx, gateway, connection, holding);
                received = pulled.received();
                reversed = pulled.reversed();
                changedThere = pulled.conflicts();
                contacts();
                invoices();
                BooksMoneyBack moneyBack = new BooksMoneyBack(steps, tenant, gateway, session, new BooksMoneyBack.Pass() {
                    @Override
                    public void unchanged() { unchanged++; }

                    @Override
                    public void waits(BooksObject object, UUID localId, String why, String waitsFor) {
                        Run.this.wait(object, localId, why, waitsFor);
                    }

                    @Override
                    public void push(BooksObject object, UUID localId, String fingerprint, String what,
                                     Function<String, String> call) {
                        pushOne(object, null, new New<>(localId, null, fingerprint, what,
                                key -> BooksGateway.Created.as(call.apply(key), null)), (sent, answer) -> { });
                    }
                });
                BooksLateFees lateFees = new BooksLateFees(steps, tenant, gateway, session, moneyBack.pass());
                lateFees.lateFees(); // a payment that paid fees too waits for their twins
                payments(lateFees);
                moneyBack.creditNotes();
                moneyBack.moneyGivenBack();
            } catch (BooksUnavailable e) {
                steps.noted(tenant, new BooksLogEntry(clock.instant(), gateway.vendor(), null, null,
                        BooksLogEntry.Outcome.PAUSED, e.getMessage() + "; the rest follows in " + e.retryAfter().toSeconds()
                                + " s"));
                return pass(false, e.retryAfter());
            }
            // Only now: a pass cut short reads the same changes again, and each is dealt with once however often read.
            steps.pulledThrough(tenant, gateway.vendor(), pulled.newest());
            Pass pass = pass(true, null);
            steps.noted(tenant, new BooksLogEntry(clock.instant(), gateway.vendor(), null, null,
                    BooksLogEntry.Outcome.FINISHED, "pass finished: " + pass.created() + " created, " + pass.updated()
                            + " updated, " + pass.unchanged() + " unchanged, " + pass.refused() + " refused, "
                            + pass.waiting() + " waiting, " + pass.held() + " held by conflicts, " + pass.received()
                            + " payments received from " + gateway.vendor().label() + " and " + reversed
                            + " reversed (deleted there), " + changedThere + " changes there to settle"));
            return pass;
        }

        void contacts() {
            Map<UUID, BooksMapping> known = steps.mappings(tenant, gateway.vendor(), BooksObject.CONTACT);
            List<New<BooksContact>> fresh = new ArrayList<>();
            List<Changed<BooksContact>> changed = new ArrayList<>();
            for (Client client : steps.clients(tenant)) {
                BooksContact contact = BooksTwins.contact(client);
                UUID id = client.id().value();
                BooksMapping before = known.get(id);
                New<BooksContact> item = new New<>(id, contact, BooksTwins.fingerprint(contact), "contact " + contact.name(),
                        key -> BooksGateway.Created.as(gateway.pushContact(session, contact,
                                Optional.ofNullable(before).map(BooksMapping::externalId), key), null));
                if (before == null && !holding.contains(BooksObject.CONTACT + ":" + id)) {
                    fresh.add(item);
                } else if (inBatch(BooksObject.CONTACT, before, item)) {
                    changed.add(new Changed<>(before, item));
                } else {
                    pushOne(BooksObject.CONTACT, before, item, (sent, answer) -> { });
                }
            }
            create(BooksObject.CONTACT, fresh, (twins, key) -> gateway.createContacts(session, twins, key),
                    (sent, answer) -> { });
            update(BooksObject.CONTACT, changed, (changes, key) -> gateway.updateContacts(session, changes, key),
                    (sent, answer) -> { });
        }

        void invoices() {
            Map<UUID, BooksMapping> contacts = steps.mappings(tenant, gateway.vendor(), BooksObject.CONTACT);
            Map<UUID, BooksMapping> known = steps.mappings(tenant, gateway.vendor(), BooksObject.INVOICE);
            List<New<BooksInvoice>> fresh = new ArrayList<>();
            List<Changed<BooksInvoice>> changed = new ArrayList<>();
            for (Invoice invoice : steps.issuedInvoices(tenant)) {
                UUID id = invoice.id().value();
                BooksMapping contact = contacts.get(invoice.clientId().value());
                if (contact == null) {
                    wait(BooksObject.INVOICE, id, "invoice " + invoice.number().orElse("") + " waits for its client's contact",
                            BooksObject.CONTACT + ":" + invoice.clientId().value());
                    continue;
                }
                BooksInvoice twin = BooksTwins.invoice(invoice, contact.externalId());
                BooksMapping before = known.get(id);
                New<BooksInvoice> item = new New<>(id, twin, BooksTwins.fingerprint(twin), "invoice " + twin.number(),
                        key -> {
                            BooksGateway.PushedInvoice pushed = gateway.pushInvoice(session, twin,
                                    Optional.ofNullable(before).map(BooksMapping::externalId), key);
                            return BooksGateway.Created.as(pushed.id(), pushed.total());
                        });
                if (before == null && !holding.contains(BooksObject.INVOICE + ":" + id)) {
                    fresh.add(item);
                } else if (inBatch(BooksObject.INVOICE, before, item)) {
                    changed.add(new Changed<>(before, item));
                } else {
                    pushOne(BooksObject.INVOICE, before, item, this::checkTotal);
                }
            }
            create(BooksObject.INVOICE, fresh, (twins, key) -> gateway.createInvoices(session, twins, key),
                    this::checkTotal);
            update(BooksObject.INVOICE, changed, (changes, key) -> gateway.updateInvoices(session, changes, key),
                    this::checkTotal);
        }

        private void checkTotal(New<BooksInvoice> sent, BooksGateway.Created answer) {
            BooksInvoice twin = sent.twin();
            if (answer.total() != null && !answer.total().isSameAs(twin.total())) {
                conflict(BooksObject.INVOICE, sent.localId(), sent.what(), BooksConflict.Kind.AMOUNTS_DIFFER,
                        gateway.vendor().label() + " worked out a total of " + answer.total() + ", Becflow "
                                + twin.total() + " (tax or rounding rules differ)");
            }
        }

        void payments(BooksLateFees lateFees) {
            Map<UUID, BooksMapping> invoices = steps.mappings(tenant, gateway.vendor(), BooksObject.INVOICE);
            Map<UUID, BooksMapping> known = steps.mappings(tenant, gateway.vendor(), BooksObject.PAYMENT);
            List<New<BooksPayment>> fresh = new ArrayList<>();
            for (Payment payment : steps.receivedPayments(tenant)) {
                UUID id = payment.id().value();
                if (known.containsKey(id)) {
                    unchanged++;
                    continue;
                }
                BooksMapping invoice = invoices.get(payment.invoiceId().value());
                if (invoice == null) {
                    wait(BooksObject.PAYMENT, id, "payment of " + payment.amount().rounded() + " waits for its invoice",
                            BooksObject.INVOICE + ":" + payment.invoiceId().value());
                    continue;
                }
                BooksPayment twin = BooksTwins.payment(payment, invoice.externalId());
                if (lateFees.paysFees(payment, twin)) {
                    continue;
                }
                New<BooksPayment> item = new New<>(id, twin, BooksTwins.fingerprint(twin),
                        "payment of " + payment.amount().rounded(),
                        key -> BooksGateway.Created.as(gateway.pushPayment(session, twin, key), null));
                if (holding.contains(BooksObject.PAYMENT + ":" + id)) {
                    pushOne(BooksObject.PAYMENT, null, item, (sent, answer) -> { });
                } else {
                    fresh.add(item);
                }
            }
            create(BooksObject.PAYMENT, fresh, (twins, key) -> gateway.createPayments(session, twins, key),
                    (sent, answer) -> { });
        }

        /**
         * Objects the books do not have yet: in batches where the vendor takes them ({@link BooksBatches}), else one a
         * call. A refusal in a batch is that object's conflict; the others are created.
         */
        private <T> void create(BooksObject object, List<New<T>> fresh,
                                BiFunction<List<T>, String, List<BooksGateway.Created>> batchCall,
                                BiConsumer<New<T>, BooksGateway.Created> then) {
            BooksBatches.send(gateway.vendor(), object, fresh, gateway.batchSize(object),
                    n -> BooksTwins.idempotencyKey(object, n.localId(), n.fingerprint()),
                    (batch, key) -> batchCall.apply(batch.stream().map(New::twin).toList(), key),
                    alone -> pushOne(object, null, alone, then),
                    (sent, answer) -> answered(object, null, sent, answer, then));
        }

        /** Changed objects whose twins the books have, in batches as {@link #create} sends new ones. */
        private <T> void update(BooksObject object, List<Changed<T>> changed,
                                BiFunction<List<BooksGateway.Change<T>>, String, List<BooksGateway.Created>> batchCall,
                                BiConsumer<New<T>, BooksGateway.Created> then) {
            BooksBatches.send(gateway.vendor(), object, changed, gateway.updateBatchSize(object),
                    c -> BooksTwins.idempotencyKey(object, c.item().localId(), c.item().fingerprint()),
                    (batch, key) -> batchCall.apply(batch.stream()
                            .map(c -> new BooksGateway.Change<>(c.before().externalId(), c.item().twin())).toList(), key),
                    alone -> pushOne(object, alone.before(), alone.item(), then),
                    (sent, answer) -> answered(object, sent.before(), sent.item(), answer, then));
        }

        /** A changed object not held by a conflict goes in an update batch, where the vendor takes them. */
        private boolean inBatch(BooksObject object, BooksMapping before, New<?> item) {
            return before != null && !holding.contains(object + ":" + item.localId())
                    && !before.fingerprint().equals(item.fingerprint()) && gateway.updateBatchSize(object) > 1;
        }

        private <T> void answered(BooksObject object, BooksMapping before, New<T> sent, BooksGateway.Created answer,
                                  BiConsumer<New<T>, BooksGateway.Created> then) {
            if (answer.isRefused()) {
                refused++;
                conflict(object, sent.localId(), sent.what(), answer.refusal().kind(), gateway.vendor().label()
                        + " refused " + sent.what() + ": " + answer.refusal().getMessage());
                return;
            }
            steps.pushed(tenant, new BooksMapping(gateway.vendor(), object, sent.localId(), answer.id(),
                    sent.fingerprint(), clock.instant()), before == null, (before == null ? "created " : "updated ")
                    + sent.what());
            if (before == null) {
                created++;
            } else {
                updated++;
            }
            then.accept(sent, answer);
        }

        private <T> void pushOne(BooksObject object, BooksMapping before, New<T> item,
                                 BiConsumer<New<T>, BooksGateway.Created> then) {
            BooksGateway.Created[] answer = new BooksGateway.Created[1];
            if (push(object, item.localId(), before, item.fingerprint(), item.what(), key -> {
                answer[0] = item.single().apply(key);
                return answer[0].id();
            })) {
                then.accept(item, answer[0]);
            }
        }

        /** @return whether the object was sent (and its twin is now as Becflow has it) */
        private boolean push(BooksObject object, UUID localId, BooksMapping before, String fingerprint, String what,
                             Function<String, String> call) {
            if (holding.contains(object + ":" + localId)) {
                held++;
                return false;
            }
            if (before != null && before.fingerprint().equals(fingerprint)) {
                unchanged++;
                return false;
            }
            String externalId;
            try {
                externalId = call.apply(BooksTwins.idempotencyKey(object, localId, fingerprint));
            } catch (BooksRefused e) {
                refused++;
                conflict(object, localId, what, e.kind(), gateway.vendor().label() + " refused " + what + ": "
                        + e.getMessage());
                return false;
            }
            steps.pushed(tenant, new BooksMapping(gateway.vendor(), object, localId, externalId, fingerprint,
                    clock.instant()), before == null, (before == null ? "created " : "updated ") + what);
            if (before == null) {
                created++;
            } else {
                updated++;
            }
            return true;
        }

        private void conflict(BooksObject object, UUID localId, String subject, BooksConflict.Kind kind, String reason) {
            steps.conflict(tenant, new BooksConflict(UUID.randomUUID(), gateway.vendor(), object, localId, subject, kind,
                    reason, clock.instant(), Optional.empty()));
            holding.add(object + ":" + localId);
        }

        /** Counted each pass; logged only when what it waits for is not held by a conflict (which says why already). */
        private void wait(BooksObject object, UUID localId, String why, String waitsFor) {
            waiting++;
            if (!holding.contains(waitsFor)) {
                steps.noted(tenant, new BooksLogEntry(clock.instant(), gateway.vendor(), object, localId,
                        BooksLogEntry.Outcome.WAITING, why));
            }
        }

        Pass pass(boolean completed, Duration resumeAfter) {
            return new Pass(created, updated, unchanged, refused, waiting, held, received, completed,
                    Optional.ofNullable(resumeAfter));
        }
    }
}
