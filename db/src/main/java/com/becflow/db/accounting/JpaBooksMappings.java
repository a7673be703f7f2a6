package com.becflow.db.accounting;

import com.becflow.accounting.BooksMapping;
import com.becflow.accounting.BooksMappings;
import com.becflow.accounting.BooksProgress;
import com.becflow.accounting.BooksObject;
import com.becflow.accounting.BooksVendor;
import com.becflow.db.tenant.TenantEntityManagers;
import com.becflow.shared.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Mappings in the tenant's schema, one row per vendor, kind of object and Becflow id. */
@ApplicationScoped
public class JpaBooksMappings implements BooksMappings {

    private final TenantEntityManagers managers;

    @Inject
    public JpaBooksMappings(TenantEntityManagers managers) {
        this.managers = managers;
    }

    protected JpaBooksMappings() {
        this(null);
    }

    @Override
    public Map<UUID, BooksMapping> all(TenantId tenant, BooksVendor vendor, BooksObject object) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = managers.of(tenant).createNativeQuery("SELECT local_id, external_id, fingerprint, pushed_at,"
                        + " books_fingerprint"
                        + " FROM " + tenant.schemaName() + ".books_mapping WHERE vendor = ?1 AND object = ?2")
                .setParameter(1, vendor.name()).setParameter(2, object.name()).getResultList();
        Map<UUID, BooksMapping> all = new LinkedHashMap<>();
        for (Object[] r : rows) {
            BooksMapping mapping = mapping(vendor, object, r);
            all.put(mapping.localId(), mapping);
        }
        return all;
    }

    private static BooksMapping mapping(BooksVendor vendor, BooksObject object, Object[] r) {
        UUID id = r[0] instanceof UUID u ? u : UUID.fromString(r[0].toString());
        return new BooksMapping(vendor, object, id, (String) r[1], r[2].toString().trim(), ((Timestamp) r[3]).toInstant(),
                r[4] == null ? null : r[4].toString().trim());
    }

    @Override
    public Optional<BooksMapping> byExternalId(TenantId tenant, BooksVendor vendor, BooksObject object, String externalId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = managers.of(tenant).createNativeQuery("SELECT local_id, external_id, fingerprint, pushed_at,"
                        + " books_fingerprint"
                        + " FROM " + tenant.schemaName() + ".books_mapping WHERE vendor = ?1 AND object = ?2"
                        + " AND external_id = ?3")
                .setParameter(1, vendor.name()).setParameter(2, object.name()).setParameter(3, externalId).getResultList();
        return rows.stream().findFirst().map(r -> mapping(vendor, object, r));
    }

    @Override
    public void remove(TenantId tenant, BooksVendor vendor, BooksObject object, UUID localId) {
        managers.of(tenant).createNativeQuery("DELETE FROM " + tenant.schemaName() + ".books_mapping WHERE vendor = ?1"
                        + " AND object = ?2 AND local_id = ?3")
                .setParameter(1, vendor.name()).setParameter(2, object.name()).setParameter(3, localId).executeUpdate();
    }

    /** One statement: what belongs in the books (as {@link JpaBooksSources} reads it), and how much of it is mapped. */
    @Override
    public BooksProgress progress(TenantId tenant, BooksVendor vendor) {
        String schema = tenant.schemaName();
        String clients = "SELECT id FROM " + schema + ".client";
        String invoices = "SELECT id FROM " + schema + ".invoice WHERE status <> 'DRAFT' AND kind <> 'CREDIT_NOTE'";
        String payments = "SELECT id FROM " + schema + ".invoice_payment WHERE kind = 'PAYMENT'";
        Object[] row = (Object[]) managers.of(tenant).createNativeQuery("SELECT"
                        + " (SELECT count(*) FROM " + schema + ".books_mapping m WHERE m.vendor = ?1 AND ("
                        + "(m.object = 'CONTACT' AND m.local_id IN (" + clients + "))"
                        + " OR (m.object = 'INVOICE' AND m.local_id IN (" + invoices + "))"
                        + " OR (m.object = 'PAYMENT' AND m.local_id IN (" + payments + ")))),"
                        + " (SELECT count(*) FROM (" + clients + ") c) + (SELECT count(*) FROM (" + invoices + ") i)"
                        + " + (SELECT count(*) FROM (" + payments + ") p)")
                .setParameter(1, vendor.name()).getSingleResult();
        return new BooksProgress(((Number) row[0]).intValue(), ((Number) row[1]).intValue());
    }

    @Override
    public void save(TenantId tenant, BooksMapping m) {
        managers.of(tenant).createNativeQuery("INSERT INTO " + tenant.schemaName() + ".books_mapping (vendor, object,"
                        + " local_id, external_id, fingerprint, pushed_at, books_fingerprint)"
                        + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, NULLIF(?7, ''))"
                        + " ON CONFLICT (vendor, object, local_id) DO UPDATE SET external_id = EXCLUDED.external_id,"
                        + " fingerprint = EXCLUDED.fingerprint, pushed_at = EXCLUDED.pushed_at,"
                        + " books_fingerprint = EXCLUDED.books_fingerprint")
                .setParameter(1, m.vendor().name()).setParameter(2, m.object().name()).setParameter(3, m.localId())
                .setParameter(4, m.externalId()).setParameter(5, m.fingerprint())
                .setParameter(6, Timestamp.from(m.pushedAt()))
                .setParameter(7, m.booksFingerprint() == null ? "" : m.booksFingerprint()).executeUpdate();
    }
}
