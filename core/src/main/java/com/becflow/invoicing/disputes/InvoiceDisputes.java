package com.becflow.invoicing.disputes;

import com.becflow.invoicing.InvoiceId;
import com.becflow.shared.tenant.TenantId;
import java.util.List;
import java.util.Optional;

/** The disputes of a tenant's invoices. */
public interface InvoiceDisputes {

    void add(TenantId tenant, InvoiceDispute dispute);

    /** Stores an answer. */
    void update(TenantId tenant, InvoiceDispute dispute);

    Optional<InvoiceDispute> find(TenantId tenant, InvoiceDisputeId id);

    /** The invoice's disputes, oldest first. */
    List<InvoiceDispute> of(TenantId tenant, InvoiceId invoice);
}
