package com.becflow.db.accounting;

import static com.becflow.db.NativeColumns.uuid;

import com.becflow.accounting.BooksConflict;
import com.becflow.accounting.BooksConflicts;
import com.becflow.accounting.BooksObject;
import com.becflow.accounting.BooksVendor;
import com.becflow.db.tenant.TenantEntityManagers;
import com.becflow.shared.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The conflict inbox in the tenant's schema; a partial unique index keeps one open conflict per object. */
@ApplicationScoped
public class JpaBooksConflicts implements BooksConflicts {

    private static final String COLUMNS = "id, vendor, object, local_id, subject, kind, reason, opened_at, choice,"
            + " settled_at, settled_by";

    private final TenantEntityManagers managers;

    @Inject
    public JpaBooksConflicts(TenantEntityManagers managers) {
        this.managers = managers;
    }

    protected JpaBooksConflicts() {
        this(null);
    }

    @Override
    public boolean open(TenantId tenant, BooksConflict c) {
        return managers.of(tenant).createNativeQuery("INSERT INTO " + tenant.schemaName() + ".books_conflict (id, vendor,"
                        + " object, local_id, subject, kind, reason, opened_at) VALUES (?1, ?2, ?3, CAST(?4 AS uuid), ?5, ?6,"
                        + " ?7, ?8) ON CONFLICT DO NOTHING")
                .setParameter(1, c.id()).setParameter(2, c.vendor().name()).setParameter(3, c.object().name())
                .setParameter(4, c.localId() == null ? null : c.localId().toString())
                .setParameter(5, cut(c.subject(), 300)).setParameter(6, c.kind().name())
                .setParameter(7, cut(c.reason(), 1000)).setParameter(8, Timestamp.from(c.openedAt()))
                .executeUpdate() == 1;
    }

    @Override
    public List<BooksConflict> holding(TenantId tenant, BooksVendor vendor) {
        return select(tenant, " WHERE vendor = ?1 AND (choice IS NULL OR choice = 'SKIP')", vendor.name());
    }

    @Override
    public List<BooksConflict> inbox(TenantId tenant, BooksVendor vendor, int settledLimit) {
        List<BooksConflict> open = select(tenant, " WHERE vendor = ?1 AND choice IS NULL ORDER BY opened_at DESC",
                vendor.name());
        List<BooksConflict> settled = select(tenant, " WHERE vendor = ?1 AND choice IS NOT NULL ORDER BY settled_at DESC"
                + " LIMIT " + Math.max(0, settledLimit), vendor.name());
        return java.util.stream.Stream.concat(open.stream(), settled.stream()).toList();
    }

    @Override
    public Optional<BooksConflict> lock(TenantId tenant, UUID id) {
        return select(tenant, " WHERE id = ?1 FOR UPDATE", id).stream().findFirst();
    }

    @Override
    public void settle(TenantId tenant, UUID id, BooksConflict.Resolution resolution) {
        managers.of(tenant).createNativeQuery("UPDATE " + tenant.schemaName() + ".books_conflict SET choice = ?1,"
                        + " settled_at = ?2, settled_by = ?3 WHERE id = ?4 AND choice IS NULL")
                .setParameter(1, resolution.choice().name()).setParameter(2, Timestamp.from(resolution.at()))
                .setParameter(3, cut(resolution.by(), 100)).setParameter(4, id).executeUpdate();
    }

    private List<BooksConflict> select(TenantId tenant, String where, Object parameter) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = managers.of(tenant).createNativeQuery("SELECT " + COLUMNS + " FROM " + tenant.schemaName()
                + ".books_conflict" + where).setParameter(1, parameter).getResultList();
        return rows.stream().map(JpaBooksConflicts::conflict).toList();
    }

    private static BooksConflict conflict(Object[] r) {
        Optional<BooksConflict.Resolution> resolution = r[8] == null ? Optional.empty()
                : Optional.of(new BooksConflict.Resolution(BooksConflict.Choice.valueOf((String) r[8]),
                ((Timestamp) r[9]).toInstant(), (String) r[10]));
        return new BooksConflict(uuid(r[0]), BooksVendor.valueOf((String) r[1]), BooksObject.valueOf((String) r[2]),
                r[3] == null ? null : uuid(r[3]), (String) r[4], BooksConflict.Kind.valueOf((String) r[5]), (String) r[6],
                ((Timestamp) r[7]).toInstant(), resolution);
    }


    private static String cut(String text, int length) {
        return text.length() > length ? text.substring(0, length - 1) + "…" : text;
    }
}
