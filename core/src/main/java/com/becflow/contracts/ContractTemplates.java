package com.becflow.contracts;

import com.becflow.shared.tenant.TenantId;
import java.util.List;
import java.util.Optional;

public interface ContractTemplates {

    Optional<ContractTemplate> find(TenantId tenant, ContractTemplateId id);

    /** Unarchived templates by category and name. */
    List<ContractTemplate> list(TenantId tenant);

    void add(TenantId tenant, ContractTemplate template);
}
