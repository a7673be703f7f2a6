package com.becflow.db.tenant;

import com.becflow.contracts.ContractTemplate;
import com.becflow.contracts.ContractTemplateId;
import com.becflow.contracts.ContractTemplates;
import com.becflow.shared.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaContractTemplates implements ContractTemplates {

    private final TenantEntityManagers managers;

    @Inject
    public JpaContractTemplates(TenantEntityManagers managers) {
        this.managers = managers;
    }

    protected JpaContractTemplates() {
        this(null);
    }

    @Override
    public Optional<ContractTemplate> find(TenantId tenant, ContractTemplateId id) {
        return Optional.ofNullable(managers.of(tenant).find(ContractTemplate.class, id.value()));
    }

    @Override
    public List<ContractTemplate> list(TenantId tenant) {
        return managers.of(tenant).createQuery("SELECT t FROM ContractTemplate t WHERE t.archived = FALSE"
                + " ORDER BY t.category, t.name, t.id", ContractTemplate.class).getResultList();
    }

    @Override
    public void add(TenantId tenant, ContractTemplate template) {
        managers.of(tenant).persist(template);
    }
}
