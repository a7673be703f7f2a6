package com.becflow.accounting.app;

import com.becflow.accounting.BooksConflict;
import com.becflow.accounting.BooksConnection;
import com.becflow.accounting.BooksContact;
import com.becflow.accounting.BooksGateway;
import com.becflow.accounting.BooksMapping;
import com.becflow.accounting.BooksObject;
import com.becflow.accounting.BooksRemoteContact;
import com.becflow.accounting.BooksRemotePayment;
import com.becflow.accounting.BooksTwins;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What changed in the books since the last clean pull, read at the start of a pass: before anything is pushed, so a
 * change made there is seen before a push of Becflow's could overwrite it. Nothing is overwritten silently, either way:
 * <ul>
 *   <li>a contact whose details now differ from what Becflow sent becomes a conflict for the freelancer (take the
 *   books' values, or keep Becflow's); one that holds just what Becflow sent (our own push read back), or what it was
 *   when the client was linked to it, passes;</li>
 *   <li>a payment made there on one of Becflow's invoices is received onto it ({@link BooksReceipts#receive});</li>
 *   <li>a payment deleted there is reversed on its invoice when Becflow took it from the books
 *   ({@link BooksReceipts#reverse}), and becomes a conflict when Becflow pushed it (add it again, or leave it out).</li>
 * </ul>
 * The watermark is not moved here: the pass moves it to {@link Pulled#newest} once it ran clean to its end, so a pass
 * cut short reads the same changes again, and each of the above happens once however often it is read.
 */
@ApplicationScoped
public class BooksPull {

    /** What a pull did, and the newest change it read. */
    public record Pulled(int received, int reversed, int conflicts, Instant newest) {
    }

    private final BooksSyncSteps steps;
    private final BooksReceipts receipts;
    private final Clock clock;

    @Inject
    public BooksPull(BooksSyncSteps steps, BooksReceipts receipts, Clock clock) {
        this.steps = steps;
        this.receipts = receipts;
        this.clock = clock;
    }

    protected BooksPull() {
        this(null, null, null);
    }

    /** @param holding the objects conflicts hold ({@code OBJECT:id}); a conflict opened here is added to it */
    public Pulled pull(TenantContext ctx, BooksGateway gateway, BooksConnection connection, Set<String> holding) {
        return new Run(ctx, gateway, connection, holding).all();
    }

    private final class Run {

        private final TenantContext ctx;
        private final TenantId tenant;
        private final BooksGateway gateway;
        private final BooksVendor vendor;
        private final BooksConnection connection;
        private final Set<String> holding;
        private int received;
        private int reversed;
        private int conflicts;
        /** Becflow's payments and invoices by id, read once a pull needs them (a payment deleted in the books). */
        private Map<UUID, Payment> ourPayments;
        private Map<InvoiceId, Invoice> ourInvoices;

        Run(TenantContext ctx, BooksGateway gateway, BooksConnection connection, Set<String> holding) {
            this.ctx = ctx;
            this.tenant = ctx.tenant();
            this.gateway = gateway;
            this.vendor = gateway.vendor();
            this.connection = connection;
            this.holding = holding;
        }

        Pulled all() {
            Instant since = steps.pulledThrough(tenant, vendor).orElse(connection.connectedAt());
            Instant newest = since;
            List<BooksRemoteContact> contacts = gateway.contactsChangedSince(connection.session(), since);
            for (BooksRemoteContact changed : contacts) {
                newest = later(newest, changed.updatedAt());
            }
            contacts(contacts);
            Map<String, UUID> invoices = byExternalId(BooksObject.INVOICE).entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().get(0).localId()));
            for (BooksRemotePayment paid : gateway.paymentsChangedSince(connection.session(), since)) {
                newest = later(newest, paid.updatedAt());
                if (paid.deleted()) {
                    deleted(paid);
                    continue;
                }
                UUID invoice = paid.invoiceId() == null ? null : invoices.get(paid.invoiceId());
                if (invoice != null && receipts.receive(ctx, vendor, new InvoiceId(invoice), paid).isPresent()) {
                    received++;
                }
            }
            return new Pulled(received, reversed, conflicts, newest);
        }

        /** Each client linked to a changed contact (two may share one) whose details the books now keep otherwise. */
        private void contacts(List<BooksRemoteContact> changed) {
            if (changed.isEmpty()) {
                return;
            }
            Map<String, List<BooksMapping>> linked = byExternalId(BooksObject.CONTACT);
            Map<UUID, Client> clients = new HashMap<>();
            steps.clients(tenant).forEach(client -> clients.put(client.id().value(), client));
            for (BooksRemoteContact theirs : changed) {
                for (BooksMapping mapping : linked.getOrDefault(theirs.id(), List.of())) {
                    Client client = clients.get(mapping.localId());
                    if (client == null || holding.contains(BooksObject.CONTACT + ":" + mapping.localId())) {
                        continue;
                    }
                    BooksContact ours = BooksTwins.contact(client);
                    List<BooksRemoteContact.Difference> differences = theirs.differencesFrom(ours);
                    if (differences.isEmpty() || BooksTwins.fingerprint(theirs.asSentFrom(ours)).equals(mapping.asInTheBooks())) {
                        continue;
                    }
                    String label = vendor.label();
                    String reason = "Changed in " + label + ": " + differences.stream().map(Object::toString)
                            .collect(Collectors.joining("; ")) + ". Take " + label + "'s details into Becflow, or keep"
                            + " Becflow's and send them to " + label + " again";
                    open(BooksObject.CONTACT, mapping.localId(), "contact " + ours.name(),
                            BooksConflict.Kind.CONTACT_CHANGED_IN_BOOKS, reason);
                }
            }
        }

        /** A payment deleted in the books: reversed if Becflow took it from them, a conflict if Becflow pushed it. */
        private void deleted(BooksRemotePayment gone) {
            List<BooksMapping> mapped = byExternalId(BooksObject.PAYMENT).getOrDefault(gone.id(), List.of());
            for (BooksMapping mapping : mapped) {
                if (holding.contains(BooksObject.PAYMENT + ":" + mapping.localId())
                        || mapping.fingerprint().equals(BooksReceipts.REVERSED)) {
                    continue;
                }
                if (mapping.fingerprint().equals(BooksReceipts.RECEIVED)) {
                    if (receipts.reverse(ctx, vendor, mapping).isPresent()) {
                        reversed++;
                    }
                    continue;
                }
                if (ourPayments == null) {
                    ourPayments = new HashMap<>();
                    steps.receivedPayments(tenant).forEach(p -> ourPayments.put(p.id().value(), p));
                    ourInvoices = new HashMap<>();
                    steps.issuedInvoices(tenant).forEach(i -> ourInvoices.put(i.id(), i));
                }
                Payment payment = ourPayments.get(mapping.localId());
                if (payment == null) {
                    continue;
                }
                String invoice = Optional.ofNullable(ourInvoices.get(payment.invoiceId())).flatMap(Invoice::number).orElse("");
                open(BooksObject.PAYMENT, mapping.localId(), "payment of " + payment.amount().rounded(),
                        BooksConflict.Kind.DELETED_IN_BOOKS, "The payment of " + payment.amount().rounded()
                                + " received " + payment.receivedOn() + " on invoice " + invoice + ", which Becflow sent to "
                                + vendor.label() + ", was deleted there (" + vendor.label() + " payment " + gone.id()
                                + "): add it again, or leave it out of " + vendor.label() + " from now on");
            }
        }

        private void open(BooksObject object, UUID localId, String subject, BooksConflict.Kind kind, String reason) {
            String kept = reason.length() > 1000 ? reason.substring(0, 999) + "…" : reason;
            steps.conflict(tenant, new BooksConflict(UUID.randomUUID(), vendor, object, localId, subject, kind, kept,
                    clock.instant(), Optional.empty()));
            holding.add(object + ":" + localId);
            conflicts++;
        }

        /** The mappings of one kind of object by their id in the books (two clients may be linked to one contact). */
        private Map<String, List<BooksMapping>> byExternalId(BooksObject object) {
            Map<String, List<BooksMapping>> found = new HashMap<>();
            steps.mappings(tenant, vendor, object).values()
                    .forEach(m -> found.computeIfAbsent(m.externalId(), id -> new ArrayList<>()).add(m));
            return found;
        }

        private static Instant later(Instant a, Instant b) {
            return b.isAfter(a) ? b : a;
        }
    }
}
