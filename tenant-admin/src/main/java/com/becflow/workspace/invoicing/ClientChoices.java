package com.becflow.workspace.invoicing;

import com.becflow.clients.Client;
import com.becflow.clients.ClientId;
import com.becflow.clients.ClientSearch;
import com.becflow.clients.ClientSort;
import com.becflow.clients.app.ClientService;
import com.becflow.contracts.Contract;
import com.becflow.contracts.app.ContractService;
import com.becflow.shared.tenant.TenantContext;
import com.becflow.workspace.Notices;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Whom an invoice (one-off or recurring) may be for, as its form offers them: clients searched by the typed text, and
 * a client's signed contracts. A failure is reported and offers nothing, so a form never breaks while someone types.
 */
final class ClientChoices {

    private final ClientService clients;
    private final ContractService contracts;
    private final Supplier<TenantContext> tenant;

    ClientChoices(ClientService clients, ContractService contracts, Supplier<TenantContext> tenant) {
        this.clients = clients;
        this.contracts = contracts;
        this.tenant = tenant;
    }

    /** A page of clients by name; archived ones only where a list filters by them, never to invoice. */
    Stream<Client> search(String filter, boolean includeArchived, int offset, int limit) {
        int size = Math.min(Math.max(limit, 1), ClientSearch.MAX_PAGE_SIZE);
        try {
            return clients.search(new ClientSearch(filter, includeArchived, ClientSort.NAME, true, offset / size, size),
                    tenant.get()).items().stream();
        } catch (RuntimeException e) {
            Notices.unexpected(e);
            return Stream.empty();
        }
    }

    List<Contract> signedContracts(Client client) {
        try {
            return contracts.list(client.id(), 0, 200, tenant.get()).stream().filter(c -> c.status().signed()).toList();
        } catch (RuntimeException e) {
            Notices.unexpected(e);
            return List.of();
        }
    }

    /** The client's name for a list row; a client that cannot be read does not hide the row. */
    String name(ClientId id, TenantContext ctx) {
        try {
            return clients.get(id, ctx).name();
        } catch (RuntimeException e) {
            return "(unknown client)";
        }
    }
}
