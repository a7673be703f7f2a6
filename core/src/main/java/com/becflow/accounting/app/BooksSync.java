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
import com.becflow.accounting.BooksRemotePayment;
import com.becflow.accounting.BooksSession;
import com.becflow.accounting.BooksTwins;
import com.becflow.accounting.BooksUnavailable;
import com.becflow.accounting.BooksVendor;
import com.becflow.clients.Client;
import com.becflow.invoicing.Invoice;
import com.becflow.invoicing.InvoiceId;
import com.becflow.invoicing.Payment;
import com.becflow.shared.tenant.TenantContext;
import com.becflow.shared.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * One pass that brings a workspace's books up to date: contacts first, then invoices, then the money received on
 * them, since each refers to the one before. An object whose content has not changed since it was last pushed is left
 * alone, so a pass run again, or by two servers at once, makes nothing twice. A refused object is logged with the
 * vendor's reason and the pass goes on. Every call waits for the {@link BooksCallLimiter}, so the pass keeps within
 * the vendor's limits for the organisation; a vendor that asks us to slow down, or a daily limit spent, ends the pass,
 * to be run again later.
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
    private final BooksReceipts receipts;
    private final BooksCallLimiter limiter;
    private final Clock clock;

    @Inject
    public BooksSync(BooksGateways gateways, BooksSyncSteps steps, BooksReceipts receipts, BooksCallLimiter limiter,
                     Clock clock) {
        this.gateways = gateways;
        this.steps = steps;
        this.receipts = receipts;
        this.limiter = limiter;
        this.clock = clock;
    }

    protected BooksSync() {
        this(null, null, null, null, null);
    }

    /** When the vendor asks us to wait, what was pushed stays pushed and the pass says when to resume. */
    public Pass push(TenantContext ctx, BooksVendor vendor) {
        Optional<BooksGateway> gateway = gateways.of(vendor).map(limiter::limited);
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

    /** The state of one pass. */
    private final class Run {

        private final TenantContext ctx;
        private final TenantId tenant;
        private final BooksGateway gateway;
        private final BooksConnection connection;
        private final BooksSession session;
        private int received;
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
            try {
                contacts();
                invoices();
                payments();
                pull();
            } catch (BooksUnavailable e) {
                steps.noted(tenant, new BooksLogEntry(clock.instant(), gateway.vendor(), null, null,
                        BooksLogEntry.Outcome.PAUSED, e.getMessage() + "; the rest follows in " + e.retryAfter().toSeconds()
                                + " s"));
                return pass(false, e.retryAfter());
            }
            Pass pass = pass(true, null);
            steps.noted(tenant, new BooksLogEntry(clock.instant(), gateway.vendor(), null, null,
                    BooksLogEntry.Outcome.FINISHED, "pass finished: " + pass.created() + " created, " + pass.updated()
                            + " updated, " + pass.unchanged() + " unchanged, " + pass.refused() + " refused, "
                            + pass.waiting() + " waiting, " + pass.held() + " held by conflicts, " + pass.received()
                            + " payments received from "
                            + gateway.vendor().label()));
            return pass;
        }

        void contacts() {
            Map<UUID, BooksMapping> known = steps.mappings(tenant, gateway.vendor(), BooksObject.CONTACT);
            for (Client client : steps.clients(tenant)) {
                BooksContact contact = BooksTwins.contact(client);
                push(BooksObject.CONTACT, client.id().value(), known.get(client.id().value()),
                        BooksTwins.fingerprint(contact), "contact " + contact.name(),
                        (key) -> gateway.pushContact(session, contact,
                                Optional.ofNullable(known.get(client.id().value())).map(BooksMapping::externalId), key));
            }
        }

        void invoices() {
            Map<UUID, BooksMapping> contacts = steps.mappings(tenant, gateway.vendor(), BooksObject.CONTACT);
            Map<UUID, BooksMapping> known = steps.mappings(tenant, gateway.vendor(), BooksObject.INVOICE);
            for (Invoice invoice : steps.issuedInvoices(tenant)) {
                UUID id = invoice.id().value();
                BooksMapping contact = contacts.get(invoice.clientId().value());
                if (contact == null) {
                    wait(BooksObject.INVOICE, id, "invoice " + invoice.number().orElse("") + " waits for its client's contact",
                            BooksObject.CONTACT + ":" + invoice.clientId().value());
                    continue;
                }
                BooksInvoice twin = BooksTwins.invoice(invoice, contact.externalId());
                BooksGateway.PushedInvoice[] pushed = new BooksGateway.PushedInvoice[1];
                boolean sent = push(BooksObject.INVOICE, id, known.get(id), BooksTwins.fingerprint(twin),
                        "invoice " + twin.number(), (key) -> {
                            pushed[0] = gateway.pushInvoice(session, twin,
                                    Optional.ofNullable(known.get(id)).map(BooksMapping::externalId), key);
                            return pushed[0].id();
                        });
                if (sent && !pushed[0].total().isSameAs(twin.total())) {
                    conflict(BooksObject.INVOICE, id, "invoice " + twin.number(), BooksConflict.Kind.AMOUNTS_DIFFER,
                            gateway.vendor().label() + " worked out a total of " + pushed[0].total() + ", Becflow "
                                    + twin.total() + " (tax or rounding rules differ)");
                }
            }
        }

        void payments() {
            Map<UUID, BooksMapping> invoices = steps.mappings(tenant, gateway.vendor(), BooksObject.INVOICE);
            Map<UUID, BooksMapping> known = steps.mappings(tenant, gateway.vendor(), BooksObject.PAYMENT);
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
                push(BooksObject.PAYMENT, id, null, BooksTwins.fingerprint(twin), "payment of " + payment.amount().rounded(),
                        (key) -> gateway.pushPayment(session, twin, key));
            }
        }

        /**
         * Payments made in the books since the last clean pull, taken onto their invoices. The watermark moves only
         * once every change read has been dealt with, so a pull cut short is read again from where it began.
         */
        void pull() {
            Instant since = steps.pulledThrough(tenant, gateway.vendor()).orElse(connection.connectedAt());
            Map<String, UUID> invoices = new java.util.HashMap<>();
            steps.mappings(tenant, gateway.vendor(), BooksObject.INVOICE).values()
                    .forEach(m -> invoices.put(m.externalId(), m.localId()));
            Instant newest = since;
            for (BooksRemotePayment paid : gateway.paymentsChangedSince(session, since)) {
                newest = paid.updatedAt().isAfter(newest) ? paid.updatedAt() : newest;
                UUID invoice = paid.invoiceId() == null ? null : invoices.get(paid.invoiceId());
                if (paid.deleted() || invoice == null) {
                    continue;
                }
                if (receipts.receive(ctx, gateway.vendor(), new InvoiceId(invoice), paid).isPresent()) {
                    received++;
                }
            }
            steps.pulledThrough(tenant, gateway.vendor(), newest);
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
