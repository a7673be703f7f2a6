package com.becflow.contracts;

import com.becflow.clients.ClientId;
import com.becflow.shared.tenant.TenantId;
import java.util.List;
import java.util.Optional;

/** A tenant's contracts with everything kept about them: documents per revision, signatures, files, events. */
public interface Contracts {

    Optional<Contract> find(TenantId tenant, ContractId id);

    /** The contract, locked until the transaction ends. */
    Optional<Contract> lock(TenantId tenant, ContractId id);

    /** The contracts sent and not yet answered: sent or viewed (an offer that ran out among them). */
    List<Contract> awaitingClient(TenantId tenant);

    /** Newest first; only those of one client when given. */
    List<Contract> list(TenantId tenant, ClientId client, int offset, int limit);

    long count(TenantId tenant, ClientId client);

    void add(TenantId tenant, Contract contract);

    void addDocument(TenantId tenant, ContractDocument document);

    Optional<ContractDocument> document(TenantId tenant, ContractId id, int revision);

    void addSignature(TenantId tenant, ContractSignature signature);

    List<ContractSignature> signatures(TenantId tenant, ContractId id, int revision);

    void addFile(TenantId tenant, ContractFile file);

    /** The newest file of a kind, if any was made. */
    Optional<ContractFile> latestFile(TenantId tenant, ContractId id, ContractFileKind kind);

    void append(TenantId tenant, ContractEvent event);

    /** The whole log, by seq. */
    List<ContractEvent> events(TenantId tenant, ContractId id);
}
