package com.becflow.clients;

import com.becflow.shared.tenant.TenantId;
import java.util.Optional;

/** A tenant's clients. Every call names the tenant; there is no way to reach clients of "any" tenant. */
public interface Clients {

    Optional<Client> find(TenantId tenant, ClientId id);

    ClientPage search(TenantId tenant, ClientSearch search);

    void add(TenantId tenant, Client client);

    /** How many clients the search matches, without reading them. */
    long count(TenantId tenant, ClientSearch search);
}
