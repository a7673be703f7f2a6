package com.becflow.db.accounting;

import com.becflow.accounting.BooksLog;
import com.becflow.accounting.BooksLogEntry;
import com.becflow.accounting.BooksObject;
import com.becflow.accounting.BooksVendor;
import com.becflow.db.tenant.TenantEntityManagers;
import com.becflow.shared.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;

/** The sync log in the tenant's schema; a detail longer than its column is cut, never refused. */
@ApplicationScoped
public class JpaBooksLog implements BooksLog {

    private static final int DETAIL = 1000;

    private final TenantEntityManagers managers;

    @Inject
    public JpaBooksLog(TenantEntityManagers managers) {
        this.managers = managers;
    }

    protected JpaBooksLog() {
        this(null);
    }

    @Override
    public void add(TenantId tenant, BooksLogEntry e) {
        String detail = e.detail().length() > DETAIL ? e.detail().substring(0, DETAIL - 1) + "…" : e.detail();
        managers.of(tenant).createNativeQuery("INSERT INTO " + tenant.schemaName() + ".books_log (at, vendor, object,"
                        + " local_id, outcome, detail) VALUES (?1, ?2, CAST(?3 AS varchar), CAST(?4 AS uuid), ?5, ?6)")
                .setParameter(1, Timestamp.from(e.at())).setParameter(2, e.vendor().name())
                .setParameter(3, e.object() == null ? null : e.object().name())
                .setParameter(4, e.localId() == null ? null : e.localId().toString())
                .setParameter(5, e.outcome().name()).setParameter(6, detail).executeUpdate();
    }

    @Override
    public List<BooksLogEntry> recent(TenantId tenant, BooksVendor vendor, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = managers.of(tenant).createNativeQuery("SELECT at, object, local_id, outcome, detail FROM "
                        + tenant.schemaName() + ".books_log WHERE vendor = ?1 ORDER BY id DESC LIMIT ?2")
                .setParameter(1, vendor.name()).setParameter(2, limit).getResultList();
        return rows.stream().map(r -> new BooksLogEntry(((Timestamp) r[0]).toInstant(), vendor,
                r[1] == null ? null : BooksObject.valueOf((String) r[1]),
                r[2] == null ? null : (r[2] instanceof UUID u ? u : UUID.fromString(r[2].toString())),
                BooksLogEntry.Outcome.valueOf((String) r[3]), (String) r[4])).toList();
    }
}
