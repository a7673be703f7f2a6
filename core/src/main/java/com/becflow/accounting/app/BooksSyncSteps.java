package com.becflow.accounting.app;

import com.becflow.accounting.BooksAccessRevoked;
import com.becflow.accounting.BooksConflict;
import com.becflow.accounting.BooksConflicts;
import com.becflow.accounting.BooksConnection;
import com.becflow.accounting.BooksConnections;
import com.becflow.accounting.BooksDirectory;
import com.becflow.accounting.BooksGateway;
import com.becflow.accounting.BooksLog;
import com.becflow.accounting.BooksLogEntry;
import com.becflow.accounting.BooksMapping;
import com.becflow.accounting.BooksMappings;
import com.becflow.accounting.BooksObject;
import com.becflow.accounting.BooksSources;
import com.becflow.accounting.BooksVendor;
import com.becflow.clients.Client;
import com.becflow.invoicing.Invoice;
import com.becflow.invoicing.Payment;
import com.becflow.shared.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The short transactions of a sync pass, each on its own so that no transaction is held open across the many calls
 * to the books a pass makes.
 */
@ApplicationScoped
@Transactional
public class BooksSyncSteps {

    private final BooksConnections connections;
    private final BooksMappings mappings;
    private final BooksSources sources;
    private final BooksConflicts conflicts;
    private final BooksLog log;
    private final BooksSchedule schedule;
    private final BooksDirectory directory;
    private final Clock clock;

    @Inject
    public BooksSyncSteps(BooksConnections connections, BooksMappings mappings, BooksSources sources,
                          BooksConflicts conflicts, BooksLog log, BooksSchedule schedule, BooksDirectory directory,
                          Clock clock) {
        this.connections = connections;
        this.mappings = mappings;
        this.sources = sources;
        this.conflicts = conflicts;
        this.log = log;
        this.schedule = schedule;
        this.directory = directory;
        this.clock = clock;
    }

    protected BooksSyncSteps() {
        this(null, null, null, null, null, null, null, null);
    }

    /** The objects conflicts hold, as {@code OBJECT:id}. */
    public java.util.Set<String> holding(TenantId tenant, BooksVendor vendor) {
        java.util.Set<String> held = new java.util.HashSet<>();
        conflicts.holding(tenant, vendor).stream().filter(c -> c.localId() != null)
                .forEach(c -> held.add(c.object() + ":" + c.localId()));
        return held;
    }

    /** Opens the conflict (once per object) and logs the refusal behind it. */
    public void conflict(TenantId tenant, BooksConflict conflict) {
        conflicts.open(tenant, conflict);
        log.add(tenant, new BooksLogEntry(conflict.openedAt(), conflict.vendor(), conflict.object(), conflict.localId(),
                BooksLogEntry.Outcome.REFUSED, conflict.reason()));
    }

    public List<Client> clients(TenantId tenant) {
        return sources.clients(tenant);
    }

    public List<Invoice> issuedInvoices(TenantId tenant) {
        return sources.issuedInvoices(tenant);
    }

    public List<Payment> receivedPayments(TenantId tenant) {
        return sources.receivedPayments(tenant);
    }

    public List<Invoice> issuedCreditNotes(TenantId tenant) {
        return sources.issuedCreditNotes(tenant);
    }

    public List<Payment> moneyGivenBack(TenantId tenant) {
        return sources.moneyGivenBack(tenant);
    }

    public List<Payment> lateFees(TenantId tenant) {
        return sources.lateFees(tenant);
    }

    public Map<UUID, BooksMapping> mappings(TenantId tenant, BooksVendor vendor, BooksObject object) {
        return mappings.all(tenant, vendor, object);
    }

    /**
     * The connection with a grant that lives for a while yet. Refreshed under the connection's lock, since the vendors
     * rotate refresh tokens: two passes refreshing at once would spend the same token twice and the second would be
     * taken for a revocation. Empty when there is no live connection (none, or revoked now or before). {@code
     * refreshNow}: the vendor refused the access token before its time.
     */
    public Optional<BooksConnection> live(TenantId tenant, BooksGateway gateway, boolean refreshNow) {
        Optional<BooksConnection> found = connections.lock(tenant, gateway.vendor());
        if (found.isEmpty() || found.get().status() != BooksConnection.Status.CONNECTED) {
            return Optional.empty();
        }
        BooksConnection connection = found.get();
        if (!refreshNow && !connection.grant().needsRefreshAt(clock.instant())) {
            return found;
        }
        try {
            BooksConnection refreshed = connection.withGrant(gateway.refresh(connection.grant()));
            connections.save(tenant, refreshed);
            return Optional.of(refreshed);
        } catch (BooksAccessRevoked e) {
            revoked(tenant, gateway.vendor(), e.getMessage());
            return Optional.empty();
        }
    }

    public void connected(TenantId tenant, BooksConnection connection, String what) {
        connections.save(tenant, connection);
        directory.register(connection.vendor(), connection.organisation().id(), tenant);
        schedule.expectAfterConnecting(tenant);
        log.add(tenant, new BooksLogEntry(clock.instant(), connection.vendor(), null, null,
                BooksLogEntry.Outcome.CONNECTED, what));
    }

    /** Keeps the accounts the freelancer chose with the connection, for the passes to come. */
    public void choseAccounts(TenantId tenant, BooksVendor vendor, com.becflow.accounting.BooksAccounts chosen,
                              String what) {
        connections.lock(tenant, vendor).ifPresent(connection -> connections.save(tenant, connection.withAccounts(chosen)));
        log.add(tenant, new BooksLogEntry(clock.instant(), vendor, null, null, BooksLogEntry.Outcome.CHOSEN, what));
    }

    public boolean isConnected(TenantId tenant, BooksVendor vendor) {
        return connections.find(tenant, vendor).map(c -> c.status() == BooksConnection.Status.CONNECTED).orElse(false);
    }

    public void pushed(TenantId tenant, BooksMapping mapping, boolean created, String what) {
        mappings.save(tenant, mapping);
        log.add(tenant, new BooksLogEntry(mapping.pushedAt(), mapping.vendor(), mapping.object(), mapping.localId(),
                created ? BooksLogEntry.Outcome.CREATED : BooksLogEntry.Outcome.UPDATED, what));
    }

    public Optional<java.time.Instant> pulledThrough(TenantId tenant, BooksVendor vendor) {
        return connections.pulledThrough(tenant, vendor);
    }

    public void pulledThrough(TenantId tenant, BooksVendor vendor, java.time.Instant watermark) {
        connections.pulledThrough(tenant, vendor, watermark);
    }

    public void noted(TenantId tenant, BooksLogEntry entry) {
        log.add(tenant, entry);
    }

    public void revoked(TenantId tenant, BooksVendor vendor, String why) {
        connections.lock(tenant, vendor).ifPresent(connection -> connections.save(tenant, connection.revoked()));
        log.add(tenant, new BooksLogEntry(clock.instant(), vendor, null, null, BooksLogEntry.Outcome.REVOKED,
                vendor.label() + " no longer accepts Becflow's access (" + why + "): connect again to go on syncing"));
    }
}
