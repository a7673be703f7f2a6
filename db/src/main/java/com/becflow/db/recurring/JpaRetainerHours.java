package com.becflow.db.recurring;

import static com.becflow.db.NativeColumns.date;
import static com.becflow.db.NativeColumns.instant;
import static com.becflow.db.NativeColumns.uuid;

import com.becflow.db.tenant.TenantEntityManagers;
import com.becflow.invoicing.InvoiceId;
import com.becflow.invoicing.recurring.RecurringInvoiceId;
import com.becflow.invoicing.recurring.RetainerHours;
import com.becflow.shared.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A retainer's logged hours in the tenant's schema, in plain SQL like the recurring invoices they belong to. */
@ApplicationScoped
public class JpaRetainerHours implements RetainerHours {

    private static final String COLUMNS = "id, recurring_invoice_id, worked_on, hours, description, logged_at, billed_by";

    private final TenantEntityManagers managers;

    @Inject
    public JpaRetainerHours(TenantEntityManagers managers) {
        this.managers = managers;
    }

    protected JpaRetainerHours() {
        this(null);
    }

    @Override
    public void log(TenantId tenant, Entry e) {
        em(tenant).createNativeQuery("INSERT INTO " + tenant.schemaName() + ".retainer_hours (" + COLUMNS + ") VALUES"
                        + " (?1, ?2, ?3, ?4, CAST(?5 AS varchar), ?6, NULL)")
                .setParameter(1, e.id()).setParameter(2, e.retainer().value()).setParameter(3, Date.valueOf(e.workedOn()))
                .setParameter(4, e.hours()).setParameter(5, e.description()).setParameter(6, Timestamp.from(e.loggedAt()))
                .executeUpdate();
    }

    @Override
    public List<Entry> of(TenantId tenant, RecurringInvoiceId retainer) {
        return where(tenant, retainer, "", " ORDER BY worked_on DESC, logged_at DESC", null);
    }

    @Override
    public List<Entry> unbilledBefore(TenantId tenant, RecurringInvoiceId retainer, LocalDate day) {
        return where(tenant, retainer, " AND billed_by IS NULL AND worked_on < ?2", " ORDER BY worked_on, id FOR UPDATE",
                Date.valueOf(day));
    }

    @Override
    public void billed(TenantId tenant, List<UUID> entries, InvoiceId invoice) {
        for (UUID entry : entries) {
            em(tenant).createNativeQuery("UPDATE " + tenant.schemaName() + ".retainer_hours SET billed_by = ?1 WHERE id = ?2"
                    + " AND billed_by IS NULL").setParameter(1, invoice.value()).setParameter(2, entry).executeUpdate();
        }
    }

    private List<Entry> where(TenantId tenant, RecurringInvoiceId retainer, String condition, String tail, Date day) {
        var query = em(tenant).createNativeQuery("SELECT " + COLUMNS + " FROM " + tenant.schemaName() + ".retainer_hours"
                + " WHERE recurring_invoice_id = ?1" + condition + tail).setParameter(1, retainer.value());
        if (day != null) {
            query.setParameter(2, day);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new Entry(uuid(r[0]), new RecurringInvoiceId(uuid(r[1])),
                date(r[2]), (BigDecimal) r[3], (String) r[4], instant(r[5]),
                Optional.ofNullable(r[6]).map(v -> new InvoiceId(uuid(v))))).toList();
    }

    private EntityManager em(TenantId tenant) {
        return managers.of(tenant);
    }
}
