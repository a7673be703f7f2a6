package com.becflow.db.origins;

import static com.becflow.db.NativeColumns.uuid;

import com.becflow.db.tenant.TenantEntityManagers;
import com.becflow.invoicing.InvoiceId;
import com.becflow.invoicing.InvoiceOrigin;
import com.becflow.invoicing.InvoiceOrigins;
import com.becflow.shared.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads the invoices' origins from the tables that record what they issued: a recurring invoice's issued days, a
 * package's one invoice and its milestones'. The ids go in as one array literal, so a page of invoices is one query.
 */
@ApplicationScoped
public class SqlInvoiceOrigins implements InvoiceOrigins {

    private final TenantEntityManagers managers;

    @Inject
    public SqlInvoiceOrigins(TenantEntityManagers managers) {
        this.managers = managers;
    }

    protected SqlInvoiceOrigins() {
        this(null);
    }

    @Override
    public Map<InvoiceId, InvoiceOrigin> of(TenantId tenant, Collection<InvoiceId> invoices) {
        Map<InvoiceId, InvoiceOrigin> origins = new LinkedHashMap<>();
        if (invoices.isEmpty()) {
            return origins;
        }
        String schema = tenant.schemaName();
        String ids = invoices.stream().map(i -> i.value().toString()).collect(Collectors.joining(",", "{", "}"));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = managers.of(tenant).createNativeQuery(
                        "SELECT invoice_id, recurring_invoice_id, 'RECURRING_INVOICE' FROM " + schema + ".recurring_invoice_issue"
                                + " WHERE invoice_id = ANY (CAST(?1 AS uuid[]))"
                                + " UNION ALL SELECT invoice_id, id, 'PACKAGE_DEAL' FROM " + schema + ".package_deal"
                                + " WHERE invoice_id = ANY (CAST(?1 AS uuid[]))"
                                + " UNION ALL SELECT invoice_id, package_deal_id, 'PACKAGE_DEAL' FROM " + schema
                                + ".package_milestone WHERE invoice_id = ANY (CAST(?1 AS uuid[]))")
                .setParameter(1, ids).getResultList();
        for (Object[] r : rows) {
            origins.put(new InvoiceId(uuid(r[0])), new InvoiceOrigin(InvoiceOrigin.Source.valueOf((String) r[2]), uuid(r[1])));
        }
        return origins;
    }
}
