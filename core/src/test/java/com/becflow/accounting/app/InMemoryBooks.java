package com.becflow.accounting.app;

import com.becflow.accounting.BooksConflict;
import com.becflow.accounting.BooksConflicts;
import com.becflow.accounting.BooksConnection;
import com.becflow.accounting.BooksConnections;
import com.becflow.accounting.BooksLog;
import com.becflow.accounting.BooksLogEntry;
import com.becflow.accounting.BooksMapping;
import com.becflow.accounting.BooksMappings;
import com.becflow.accounting.BooksObject;
import com.becflow.accounting.BooksSources;
import com.becflow.accounting.BooksVendor;
import com.becflow.clients.Client;
import com.becflow.clients.ClientId;
import com.becflow.clients.ClientPage;
import com.becflow.clients.ClientSearch;
import com.becflow.clients.Clients;
import com.becflow.invoicing.Invoice;
import com.becflow.invoicing.Payment;
import com.becflow.shared.tenant.TenantId;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** One workspace's data and books state in memory, for the sync pass's rules. */
final class InMemoryBooks implements BooksConnections, BooksMappings, BooksLog, BooksSources, BooksConflicts, Clients {

    final List<Client> clients = new ArrayList<>();
    final List<Invoice> invoices = new ArrayList<>();
    final List<Payment> payments = new ArrayList<>();
    final List<Invoice> creditNotes = new ArrayList<>();
    final List<Payment> givenBack = new ArrayList<>();
    final List<Payment> lateFees = new ArrayList<>();
    final Map<String, BooksMapping> mappings = new LinkedHashMap<>();
    final List<BooksLogEntry> log = new ArrayList<>();
    final Map<UUID, BooksConflict> conflicts = new LinkedHashMap<>();
    BooksConnection connection;
    java.time.Instant pulledThrough;
    private final Clock clock;

    InMemoryBooks(Clock clock) {
        this.clock = clock;
    }

    Client client(String name, String company) {
        Client client = BooksSyncTest.newClient(name, company, clock.instant());
        clients.add(client);
        return client;
    }

    Invoice issued(Client client, String number, String amount) {
        Invoice invoice = BooksSyncTest.newIssued(client, number, amount, clock.instant());
        invoices.add(invoice);
        return invoice;
    }

    void paid(Invoice invoice, String amount) {
        payments.add(BooksSyncTest.newPayment(invoice, amount, clock.instant()));
    }

    @Override
    public Optional<BooksConnection> find(TenantId tenant, BooksVendor vendor) {
        return Optional.ofNullable(connection).filter(c -> c.vendor() == vendor);
    }

    @Override
    public Optional<BooksConnection> lock(TenantId tenant, BooksVendor vendor) {
        return find(tenant, vendor);
    }

    @Override
    public List<BooksConnection> all(TenantId tenant) {
        return connection == null ? List.of() : List.of(connection);
    }

    @Override
    public void save(TenantId tenant, BooksConnection saved) {
        connection = saved;
    }

    @Override
    public Optional<java.time.Instant> pulledThrough(TenantId tenant, BooksVendor vendor) {
        return Optional.ofNullable(pulledThrough);
    }

    @Override
    public void pulledThrough(TenantId tenant, BooksVendor vendor, java.time.Instant watermark) {
        pulledThrough = watermark;
    }

    @Override
    public Optional<BooksMapping> byExternalId(TenantId tenant, BooksVendor vendor, BooksObject object, String externalId) {
        return mappings.values().stream().filter(m -> m.vendor() == vendor && m.object() == object
                && m.externalId().equals(externalId)).findFirst();
    }

    @Override
    public com.becflow.accounting.BooksProgress progress(TenantId tenant, BooksVendor vendor) {
        java.util.Set<UUID> belonging = new java.util.HashSet<>();
        clients.forEach(c -> belonging.add(c.id().value()));
        issuedInvoices(tenant).forEach(i -> belonging.add(i.id().value()));
        receivedPayments(tenant).forEach(p -> belonging.add(p.id().value()));
        int synced = (int) mappings.values().stream().filter(m -> m.vendor() == vendor && belonging.contains(m.localId()))
                .count();
        return new com.becflow.accounting.BooksProgress(synced, belonging.size());
    }

    @Override
    public Map<UUID, BooksMapping> all(TenantId tenant, BooksVendor vendor, BooksObject object) {
        return mappings.values().stream().filter(m -> m.vendor() == vendor && m.object() == object)
                .collect(Collectors.toMap(BooksMapping::localId, m -> m, (a, b) -> b, LinkedHashMap::new));
    }

    @Override
    public void save(TenantId tenant, BooksMapping mapping) {
        mappings.put(mapping.vendor() + ":" + mapping.object() + ":" + mapping.localId(), mapping);
    }

    @Override
    public void add(TenantId tenant, BooksLogEntry entry) {
        log.add(entry);
    }

    @Override
    public List<BooksLogEntry> recent(TenantId tenant, BooksVendor vendor, int limit) {
        List<BooksLogEntry> newestFirst = new ArrayList<>(log);
        java.util.Collections.reverse(newestFirst);
        return newestFirst.stream().limit(limit).toList();
    }

    @Override
    public void remove(TenantId tenant, BooksVendor vendor, BooksObject object, UUID localId) {
        mappings.remove(vendor + ":" + object + ":" + localId);
    }

    @Override
    public boolean open(TenantId tenant, BooksConflict conflict) {
        boolean already = conflicts.values().stream().anyMatch(c -> c.open() && c.vendor() == conflict.vendor()
                && c.object() == conflict.object() && java.util.Objects.equals(c.localId(), conflict.localId()));
        if (!already) {
            conflicts.put(conflict.id(), conflict);
        }
        return !already;
    }

    @Override
    public List<BooksConflict> holding(TenantId tenant, BooksVendor vendor) {
        return conflicts.values().stream().filter(c -> c.vendor() == vendor && c.holdsItsObject()).toList();
    }

    @Override
    public List<BooksConflict> inbox(TenantId tenant, BooksVendor vendor, int settledLimit) {
        return conflicts.values().stream().filter(c -> c.vendor() == vendor).toList();
    }

    @Override
    public Optional<BooksConflict> lock(TenantId tenant, UUID id) {
        return Optional.ofNullable(conflicts.get(id));
    }

    @Override
    public void settle(TenantId tenant, UUID id, BooksConflict.Resolution resolution) {
        BooksConflict c = conflicts.get(id);
        conflicts.put(id, new BooksConflict(c.id(), c.vendor(), c.object(), c.localId(), c.subject(), c.kind(), c.reason(),
                c.openedAt(), Optional.of(resolution)));
    }

    @Override
    public Optional<Client> find(TenantId tenant, ClientId id) {
        return clients.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    @Override
    public ClientPage search(TenantId tenant, ClientSearch search) {
        throw new UnsupportedOperationException("the books do not search clients");
    }

    @Override
    public void add(TenantId tenant, Client client) {
        clients.add(client);
    }

    @Override
    public long count(TenantId tenant, ClientSearch search) {
        return clients.size();
    }

    @Override
    public List<Client> clients(TenantId tenant) {
        return List.copyOf(clients);
    }

    @Override
    public List<Invoice> issuedInvoices(TenantId tenant) {
        return List.copyOf(invoices);
    }

    @Override
    public List<Payment> receivedPayments(TenantId tenant) {
        return List.copyOf(payments);
    }

    @Override
    public List<Invoice> issuedCreditNotes(TenantId tenant) {
        return List.copyOf(creditNotes);
    }

    @Override
    public List<Payment> moneyGivenBack(TenantId tenant) {
        return List.copyOf(givenBack);
    }

    @Override
    public List<Payment> lateFees(TenantId tenant) {
        return List.copyOf(lateFees);
    }
}
