package com.becflow.db.thanks;

import static com.becflow.db.NativeColumns.date;
import static com.becflow.db.NativeColumns.instant;
import static com.becflow.db.NativeColumns.uuid;

import com.becflow.clients.ClientId;
import com.becflow.db.tenant.TenantEntityManagers;
import com.becflow.invoicing.InvoiceId;
import com.becflow.invoicing.thanks.ThankYouDiscount;
import com.becflow.invoicing.thanks.ThankYouDiscounts;
import com.becflow.shared.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Thank-you discounts in the tenant's schema, in plain SQL: a row per invoice thanked. */
@ApplicationScoped
public class JpaThankYouDiscounts implements ThankYouDiscounts {

    private static final String COLUMNS = "id, client_id, thanked_invoice_id, thanked_number, percent, granted_at,"
            + " expires_on, used_by_invoice_id, used_at";

    private final TenantEntityManagers managers;

    @Inject
    public JpaThankYouDiscounts(TenantEntityManagers managers) {
        this.managers = managers;
    }

    protected JpaThankYouDiscounts() {
        this(null);
    }

    @Override
    public boolean grant(TenantId tenant, ThankYouDiscount d) {
        // ON CONFLICT DO NOTHING waits for a concurrent grant for the same invoice, then counts 0.
        return em(tenant).createNativeQuery("INSERT INTO " + tenant.schemaName() + ".thank_you_discount (id, client_id,"
                        + " thanked_invoice_id, thanked_number, percent, granted_at, expires_on)"
                        + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT (thanked_invoice_id) DO NOTHING")
                .setParameter(1, d.id()).setParameter(2, d.clientId().value()).setParameter(3, d.thankedInvoiceId().value())
                .setParameter(4, d.thankedNumber()).setParameter(5, d.percent())
                .setParameter(6, Timestamp.from(d.grantedAt())).setParameter(7, Date.valueOf(d.expiresOn()))
                .executeUpdate() == 1;
    }

    @Override
    public Optional<ThankYouDiscount> lockOldestOpen(TenantId tenant, ClientId client, LocalDate clientToday) {
        // A second issuer waits here; once the first commits, PostgreSQL re-reads the row and skips it as used.
        Query query = em(tenant).createNativeQuery("SELECT " + COLUMNS + " FROM " + tenant.schemaName()
                + ".thank_you_discount WHERE client_id = ?1 AND used_by_invoice_id IS NULL AND expires_on >= ?2"
                + " ORDER BY granted_at, id LIMIT 1 FOR UPDATE")
                .setParameter(1, client.value()).setParameter(2, Date.valueOf(clientToday));
        return rows(query).stream().findFirst();
    }

    @Override
    public Optional<ThankYouDiscount> lockUsedBy(TenantId tenant, InvoiceId invoice) {
        Query query = em(tenant).createNativeQuery("SELECT " + COLUMNS + " FROM " + tenant.schemaName()
                + ".thank_you_discount WHERE used_by_invoice_id = ?1 FOR UPDATE").setParameter(1, invoice.value());
        return rows(query).stream().findFirst();
    }

    @Override
    public void saveUse(TenantId tenant, ThankYouDiscount d) {
        String table = tenant.schemaName() + ".thank_you_discount";
        Query update = d.usedBy().isPresent()
                ? em(tenant).createNativeQuery("UPDATE " + table + " SET used_by_invoice_id = ?1, used_at = ?2 WHERE id = ?3")
                        .setParameter(1, d.usedBy().get().value()).setParameter(2, Timestamp.from(d.usedAt().orElseThrow()))
                        .setParameter(3, d.id())
                : em(tenant).createNativeQuery("UPDATE " + table + " SET used_by_invoice_id = NULL, used_at = NULL"
                        + " WHERE id = ?1").setParameter(1, d.id());
        update.executeUpdate();
    }

    @Override
    public List<ThankYouDiscount> ofClient(TenantId tenant, ClientId client) {
        return rows(em(tenant).createNativeQuery("SELECT " + COLUMNS + " FROM " + tenant.schemaName()
                + ".thank_you_discount WHERE client_id = ?1 ORDER BY granted_at DESC, id").setParameter(1, client.value()));
    }

    @SuppressWarnings("unchecked")
    private static List<ThankYouDiscount> rows(Query query) {
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(JpaThankYouDiscounts::discount).toList();
    }

    private static ThankYouDiscount discount(Object[] r) {
        return ThankYouDiscount.restore(uuid(r[0]), new ClientId(uuid(r[1])), new InvoiceId(uuid(r[2])), (String) r[3],
                (BigDecimal) r[4], instant(r[5]), date(r[6]), r[7] == null ? null : new InvoiceId(uuid(r[7])),
                r[8] == null ? null : instant(r[8]));
    }

    private EntityManager em(TenantId tenant) {
        return managers.of(tenant);
    }
}
