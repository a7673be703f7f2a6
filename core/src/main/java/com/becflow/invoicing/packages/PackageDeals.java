package com.becflow.invoicing.packages;

import com.becflow.clients.ClientId;
import com.becflow.contracts.ContractId;
import com.becflow.invoicing.InvoiceId;
import com.becflow.shared.tenant.TenantId;
import java.util.List;
import java.util.Optional;

/** A tenant's package deals with their milestones. */
public interface PackageDeals {

    void add(TenantId tenant, PackageDeal deal);

    /** Stores where the deal and its milestones stand now: deliveries, invoices, status. */
    void update(TenantId tenant, PackageDeal deal);

    Optional<PackageDeal> find(TenantId tenant, PackageDealId id);

    /** The deal, locked until the transaction ends: one delivery at a time. */
    Optional<PackageDeal> lock(TenantId tenant, PackageDealId id);

    /** Newest first; of one client when {@code client} is given. */
    List<PackageDeal> all(TenantId tenant, ClientId client);

    /** The deals sold under a contract, locked until the transaction ends. */
    List<PackageDeal> underContract(TenantId tenant, ContractId contract);

    /** The deal an invoice bills: its one invoice, or one of its milestones'. */
    Optional<PackageDeal> billedBy(TenantId tenant, InvoiceId invoice);
}
