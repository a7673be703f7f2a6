package com.becflow.invoicing;

import com.becflow.shared.tenant.TenantId;
import java.util.Collection;
import java.util.Map;

/** Which of a tenant's invoices a recurring invoice or a package made; those typed by hand have none. */
public interface InvoiceOrigins {

    Map<InvoiceId, InvoiceOrigin> of(TenantId tenant, Collection<InvoiceId> invoices);
}
