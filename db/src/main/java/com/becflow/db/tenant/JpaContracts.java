package com.becflow.db.tenant;

import com.becflow.clients.ClientId;
import com.becflow.contracts.Contract;
import com.becflow.contracts.ContractDocument;
import com.becflow.contracts.ContractEvent;
import com.becflow.contracts.ContractFile;
import com.becflow.contracts.ContractFileKind;
import com.becflow.contracts.ContractId;
import com.becflow.contracts.ContractSignature;
import com.becflow.contracts.ContractStatus;
import com.becflow.contracts.Contracts;
import com.becflow.shared.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaContracts implements Contracts {

    private final TenantEntityManagers managers;

    @Inject
    public JpaContracts(TenantEntityManagers managers) {
        this.managers = managers;
    }

    protected JpaContracts() {
        this(null);
    }

    @Override
    public Optional<Contract> find(TenantId tenant, ContractId id) {
        return Optional.ofNullable(managers.of(tenant).find(Contract.class, id.value()));
    }

    @Override
    public Optional<Contract> lock(TenantId tenant, ContractId id) {
        return Optional.ofNullable(managers.of(tenant).find(Contract.class, id.value(), LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public List<Contract> awaitingClient(TenantId tenant) {
        return managers.of(tenant).createQuery("SELECT c FROM Contract c WHERE c.status IN :statuses ORDER BY c.sentAt, c.id",
                Contract.class).setParameter("statuses", List.of(ContractStatus.SENT, ContractStatus.VIEWED))
                .getResultList();
    }

    @Override
    public List<Contract> list(TenantId tenant, ClientId client, int offset, int limit) {
        var query = managers.of(tenant).createQuery("SELECT c FROM Contract c"
                + (client == null ? "" : " WHERE c.clientId = :client") + " ORDER BY c.updatedAt DESC, c.id", Contract.class);
        if (client != null) {
            query.setParameter("client", client.value());
        }
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long count(TenantId tenant, ClientId client) {
        var query = managers.of(tenant).createQuery("SELECT COUNT(c) FROM Contract c"
                + (client == null ? "" : " WHERE c.clientId = :client"), Long.class);
        if (client != null) {
            query.setParameter("client", client.value());
        }
        return query.getSingleResult();
    }

    @Override
    public void add(TenantId tenant, Contract contract) {
        managers.of(tenant).persist(contract);
    }

    @Override
    public void addDocument(TenantId tenant, ContractDocument document) {
        managers.of(tenant).persist(document);
    }

    @Override
    public Optional<ContractDocument> document(TenantId tenant, ContractId id, int revision) {
        return managers.of(tenant).createQuery("SELECT d FROM ContractDocument d WHERE d.contractId = :id"
                        + " AND d.revision = :revision", ContractDocument.class)
                .setParameter("id", id.value()).setParameter("revision", revision)
                .getResultStream().findFirst();
    }

    @Override
    public void addSignature(TenantId tenant, ContractSignature signature) {
        managers.of(tenant).persist(signature);
    }

    @Override
    public List<ContractSignature> signatures(TenantId tenant, ContractId id, int revision) {
        return managers.of(tenant).createQuery("SELECT s FROM ContractSignature s WHERE s.contractId = :id AND s.revision = :revision"
                        + " ORDER BY s.signedAt, s.role", ContractSignature.class)
                .setParameter("id", id.value()).setParameter("revision", revision).getResultList();
    }

    @Override
    public void addFile(TenantId tenant, ContractFile file) {
        managers.of(tenant).persist(file);
    }

    @Override
    public Optional<ContractFile> latestFile(TenantId tenant, ContractId id, ContractFileKind kind) {
        return managers.of(tenant).createQuery("SELECT f FROM ContractFile f WHERE f.contractId = :id AND f.kind = :kind"
                        + " ORDER BY f.createdAt DESC, f.revision DESC", ContractFile.class)
                .setParameter("id", id.value()).setParameter("kind", kind)
                .setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public void append(TenantId tenant, ContractEvent event) {
        managers.of(tenant).persist(event);
    }

    @Override
    public List<ContractEvent> events(TenantId tenant, ContractId id) {
        return managers.of(tenant).createQuery("SELECT e FROM ContractEvent e WHERE e.contractId = :id ORDER BY e.seq",
                ContractEvent.class).setParameter("id", id.value()).getResultList();
    }
}
