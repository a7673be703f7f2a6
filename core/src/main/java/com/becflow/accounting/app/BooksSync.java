package com.becflow.accounting.app;

import com.becflow.accounting.BooksAccessRevoked;
import com.becflow.accounting.BooksConnection;
import com.becflow.accounting.BooksContact;
import com.becflow.accounting.BooksGateway;
import com.becflow.accounting.BooksGateways;
import com.becflow.accounting.BooksInvoice;
import com.becflow.accounting.BooksLogEntry;
import com.becflow.accounting.BooksMapping;
import com.becflow.accounting.BooksMappings;
import com.becflow.accounting.BooksObject;
import com.becflow.accounting.BooksPayment;
import com.becflow.accounting.BooksRefused;
import com.becflow.accounting.BooksSession;
import com.becflow.accounting.BooksSources;
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
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * One pass that brings a workspace's books up to date: contacts first, then invoices, then the money received on
 * them, since each refers to the one before. An object whose content has not changed since it was last pushed is left
 * alone, so a pass run again, or by two servers at once, makes nothing twice. A refused object is logged with the
 * vendor's reason and the pass goes on; a vendor that asks us to slow down ends the pass, to be run again later.
 */
@ApplicationScoped
public class BooksSync {

    /**
     * What one pass did. {@code resumeAfter}: the vendor asked us to wait this long before the rest; absent when the
     * pass ran to its end or cannot go on (no live connection).
     */
    public record Pass(int created, int updated, int unchanged, int refused, int waiting, boolean completed,
                       Optional<Duration> resumeAfter) {
    }

    private final BooksGateways gateways;
    private final BooksSources sources;
    private final BooksMappings mappings;
    private final BooksSyncSteps steps;
    private final Clock clock;

    @Inject
    public BooksSync(BooksGateways gateways, BooksSources sources, BooksMappings mappings, BooksSyncSteps steps,
                     Clock clock) {
        this.gateways = gateways;
        this.sources = sources;
        this.mappings = mappings;
        this.steps = steps;
        this.clock = clock;
    }

    protected BooksSync() {
        this(null, null, null, null, null);
    }

    /** When the vendor asks us to wait, what was pushed stays pushed and the pass says when to resume. */
    public Pass push(TenantContext ctx, BooksVendor vendor) {
        Optional<BooksGateway> gateway = gateways.of(vendor);
        Optional<BooksConnection> connection = gateway.flatMap(g -> steps.live(ctx.tenant(), g, false));
        if (connection.isEmpty()) {
            return new Pass(0, 0, 0, 0, 0, false, Optional.empty());
        }
        Run run = new Run(ctx.tenant(), gateway.get(), connection.get().session());
        try {
            return run.all();
        } catch (BooksAccessRevoked refused) {
            // The vendor may end an access token before its time; only a refused refresh means the access is gone.
            Optional<BooksConnection> refreshed = steps.live(ctx.tenant(), gateway.get(), true);
            if (refreshed.isEmpty()) {
                return run.pass(false, null);
            }
            try {
                return new Run(ctx.tenant(), gateway.get(), refreshed.get().session()).all();
            } catch (BooksAccessRevoked e) {
                steps.revoked(ctx.tenant(), vendor, e.getMessage());
                return run.pass(false, null);
            }
        }
    }

    /** The state of one pass. */
    private final class Run {

        private final TenantId tenant;
        private final BooksGateway gateway;
        private final BooksSession session;
        private int created;
        private int updated;
        private int unchanged;
        private int refused;
        private int waiting;

        Run(TenantId tenant, BooksGateway gateway, BooksSession session) {
            this.tenant = tenant;
            this.gateway = gateway;
            this.session = session;
        }

        Pass all() {
            try {
                contacts();
                invoices();
                payments();
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
                            + pass.waiting() + " waiting"));
            return pass;
        }

        void contacts() {
            Map<UUID, BooksMapping> known = mappings.all(tenant, gateway.vendor(), BooksObject.CONTACT);
            for (Client client : sources.clients(tenant)) {
                BooksContact contact = BooksTwins.contact(client);
                push(BooksObject.CONTACT, client.id().value(), known.get(client.id().value()),
                        BooksTwins.fingerprint(contact), "contact " + contact.name(),
                        (key) -> gateway.pushContact(session, contact,
                                Optional.ofNullable(known.get(client.id().value())).map(BooksMapping::externalId), key));
            }
        }

        void invoices() {
            Map<UUID, BooksMapping> contacts = mappings.all(tenant, gateway.vendor(), BooksObject.CONTACT);
            Map<UUID, BooksMapping> known = mappings.all(tenant, gateway.vendor(), BooksObject.INVOICE);
            for (Invoice invoice : sources.issuedInvoices(tenant)) {
                UUID id = invoice.id().value();
                BooksMapping contact = contacts.get(invoice.clientId().value());
                if (contact == null) {
                    wait(BooksObject.INVOICE, id, "invoice " + invoice.number().orElse("") + " waits for its client's contact");
                    continue;
                }
                BooksInvoice twin = BooksTwins.invoice(invoice, contact.externalId());
                push(BooksObject.INVOICE, id, known.get(id), BooksTwins.fingerprint(twin), "invoice " + twin.number(),
                        (key) -> gateway.pushInvoice(session, twin,
                                Optional.ofNullable(known.get(id)).map(BooksMapping::externalId), key));
            }
        }

        void payments() {
            Map<UUID, BooksMapping> invoices = mappings.all(tenant, gateway.vendor(), BooksObject.INVOICE);
            Map<UUID, BooksMapping> known = mappings.all(tenant, gateway.vendor(), BooksObject.PAYMENT);
            for (Payment payment : sources.receivedPayments(tenant)) {
                UUID id = payment.id().value();
                if (known.containsKey(id)) {
                    unchanged++;
                    continue;
                }
                BooksMapping invoice = invoices.get(payment.invoiceId().value());
                if (invoice == null) {
                    wait(BooksObject.PAYMENT, id, "payment of " + payment.amount() + " waits for its invoice");
                    continue;
                }
                BooksPayment twin = BooksTwins.payment(payment, invoice.externalId());
                push(BooksObject.PAYMENT, id, null, BooksTwins.fingerprint(twin), "payment of " + payment.amount(),
                        (key) -> gateway.pushPayment(session, twin, key));
            }
        }

        private void push(BooksObject object, UUID localId, BooksMapping before, String fingerprint, String what,
                          Function<String, String> call) {
            if (before != null && before.fingerprint().equals(fingerprint)) {
                unchanged++;
                return;
            }
            String externalId;
            try {
                externalId = call.apply(BooksTwins.idempotencyKey(object, localId, fingerprint));
            } catch (BooksRefused e) {
                refused++;
                steps.noted(tenant, new BooksLogEntry(clock.instant(), gateway.vendor(), object, localId,
                        BooksLogEntry.Outcome.REFUSED, gateway.vendor().label() + " refused " + what + ": " + e.getMessage()));
                return;
            }
            steps.pushed(tenant, new BooksMapping(gateway.vendor(), object, localId, externalId, fingerprint,
                    clock.instant()), before == null, (before == null ? "created " : "updated ") + what);
            if (before == null) {
                created++;
            } else {
                updated++;
            }
        }

        private void wait(BooksObject object, UUID localId, String why) {
            waiting++;
            steps.noted(tenant, new BooksLogEntry(clock.instant(), gateway.vendor(), object, localId,
                    BooksLogEntry.Outcome.WAITING, why));
        }

        Pass pass(boolean completed, Duration resumeAfter) {
            return new Pass(created, updated, unchanged, refused, waiting, completed, Optional.ofNullable(resumeAfter));
        }
    }
}
