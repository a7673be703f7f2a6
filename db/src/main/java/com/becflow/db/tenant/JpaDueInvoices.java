package com.becflow.db.tenant;

import com.becflow.invoicing.DueInvoices;
import com.becflow.invoicing.Invoice;
import com.becflow.invoicing.InvoiceEventType;
import com.becflow.invoicing.InvoiceKind;
import com.becflow.invoicing.InvoiceStatus;
import com.becflow.shared.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class JpaDueInvoices implements DueInvoices {

    /**
     * The day the invoice is due now ({@link Invoice#dueNow}): under a payment plan each installment's day in turn, so an
     * invoice is noticed overdue once per day it is due, that day being the notice's reference.
     */
    private static final String DUE_NOW = "COALESCE(i.planDueDate, i.dueDate)";
    private static final String UNNOTICED = "i.status IN :open AND i.kind <> :creditNote AND NOT EXISTS"
            + " (SELECT e.id FROM InvoiceEvent e WHERE e.invoiceId = i.id AND e.type = :overdue"
            + " AND e.reference = FUNCTION('to_char', " + DUE_NOW + ", 'YYYY-MM-DD'))";

    private final TenantEntityManagers managers;

    @Inject
    public JpaDueInvoices(TenantEntityManagers managers) {
        this.managers = managers;
    }

    protected JpaDueInvoices() {
        this(null);
    }

    @Override
    public List<Invoice> unnoticedDueBefore(TenantId tenant, LocalDate day, int limit) {
        return managers.of(tenant).createQuery("SELECT i FROM Invoice i WHERE " + UNNOTICED + " AND " + DUE_NOW
                        + " < :day ORDER BY " + DUE_NOW + ", i.id", Invoice.class)
                .setParameter("open", List.of(InvoiceStatus.ISSUED, InvoiceStatus.VIEWED, InvoiceStatus.PARTIALLY_PAID))
                .setParameter("creditNote", InvoiceKind.CREDIT_NOTE).setParameter("overdue", InvoiceEventType.OVERDUE)
                .setParameter("day", day).setMaxResults(limit).getResultList();
    }

    @Override
    public Map<ZoneId, LocalDate> earliestUnnoticedByClientZone(TenantId tenant) {
        List<Object[]> rows = managers.of(tenant).createQuery("SELECT c.timeZone, MIN(" + DUE_NOW + ") FROM Invoice i, Client c"
                        + " WHERE c.id = i.clientId AND " + UNNOTICED + " GROUP BY c.timeZone", Object[].class)
                .setParameter("open", List.of(InvoiceStatus.ISSUED, InvoiceStatus.VIEWED, InvoiceStatus.PARTIALLY_PAID))
                .setParameter("creditNote", InvoiceKind.CREDIT_NOTE).setParameter("overdue", InvoiceEventType.OVERDUE)
                .getResultList();
        Map<ZoneId, LocalDate> earliest = new LinkedHashMap<>();
        for (Object[] row : rows) {
            // An aggregate may come back as the driver's date rather than through the attribute's mapping.
            LocalDate due = row[1] instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) row[1];
            earliest.put(ZoneId.of((String) row[0]), due);
        }
        return earliest;
    }

    @Override
    public List<Invoice> openUnderLateFeeClause(TenantId tenant, int limit) {
        String schema = tenant.schemaName();
        @SuppressWarnings("unchecked")
        List<Object> ids = managers.of(tenant).createNativeQuery("SELECT i.id FROM " + schema + ".invoice i JOIN "
                        + schema + ".contract c ON c.id = i.contract_id"
                        + " WHERE i.status IN ('ISSUED', 'VIEWED', 'PARTIALLY_PAID') AND i.kind <> 'CREDIT_NOTE'"
                        // The terms are kept as JSON text; a contract without the clause has no lateFee object.
                        + " AND jsonb_typeof(c.terms::jsonb -> 'lateFee') = 'object'"
                        + " ORDER BY COALESCE(i.plan_due_date, i.due_date), i.id LIMIT ?1")
                .setParameter(1, limit).getResultList();
        EntityManager em = managers.of(tenant);
        return ids.stream().map(id -> em.find(Invoice.class, id instanceof UUID u ? u : UUID.fromString(id.toString())))
                .filter(java.util.Objects::nonNull).toList();
    }
}
