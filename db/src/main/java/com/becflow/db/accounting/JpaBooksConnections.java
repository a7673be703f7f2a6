package com.becflow.db.accounting;

import com.becflow.accounting.BooksAccounts;
import com.becflow.accounting.BooksConnection;
import com.becflow.accounting.BooksConnections;
import com.becflow.accounting.BooksGrant;
import com.becflow.accounting.BooksOrganisation;
import com.becflow.accounting.BooksVendor;
import com.becflow.db.tenant.TenantEntityManagers;
import com.becflow.shared.crypto.SecretSeal;
import com.becflow.shared.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Connections in the tenant's schema. The grant's tokens are sealed with the tenant and vendor as context, so a
 * sealed grant copied into another workspace's row does not open there.
 */
@ApplicationScoped
public class JpaBooksConnections implements BooksConnections {

    private static final String COLUMNS = "vendor, organisation_id, organisation_name, sealed_grant, expires_at,"
            + " sales_account, bank_account, status, connected_at, item";

    private final TenantEntityManagers managers;
    private final SecretSeal seal;

    @Inject
    public JpaBooksConnections(TenantEntityManagers managers, SecretSeal seal) {
        this.managers = managers;
        this.seal = seal;
    }

    protected JpaBooksConnections() {
        this(null, null);
    }

    @Override
    public Optional<BooksConnection> find(TenantId tenant, BooksVendor vendor) {
        return select(tenant, " WHERE vendor = ?1", vendor).stream().findFirst();
    }

    @Override
    public Optional<BooksConnection> lock(TenantId tenant, BooksVendor vendor) {
        return select(tenant, " WHERE vendor = ?1 FOR UPDATE", vendor).stream().findFirst();
    }

    @Override
    public List<BooksConnection> all(TenantId tenant) {
        return select(tenant, " ORDER BY vendor", null);
    }

    @Override
    public void save(TenantId tenant, BooksConnection c) {
        String grant = String.join("\n", c.grant().accessToken(), c.grant().refreshToken());
        managers.of(tenant).createNativeQuery("INSERT INTO " + tenant.schemaName() + ".books_connection (" + COLUMNS
                        + ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) ON CONFLICT (vendor) DO UPDATE SET"
                        + " organisation_id = EXCLUDED.organisation_id, organisation_name = EXCLUDED.organisation_name,"
                        + " sealed_grant = EXCLUDED.sealed_grant, expires_at = EXCLUDED.expires_at,"
                        + " sales_account = EXCLUDED.sales_account, bank_account = EXCLUDED.bank_account,"
                        + " status = EXCLUDED.status, connected_at = EXCLUDED.connected_at, item = EXCLUDED.item")
                .setParameter(1, c.vendor().name()).setParameter(2, c.organisation().id())
                .setParameter(3, c.organisation().name())
                .setParameter(4, seal.seal(grant.getBytes(StandardCharsets.UTF_8), context(tenant, c.vendor())))
                .setParameter(5, Timestamp.from(c.grant().expiresAt())).setParameter(6, c.accounts().salesAccount())
                .setParameter(7, c.accounts().bankAccount()).setParameter(8, c.status().name())
                .setParameter(9, Timestamp.from(c.connectedAt())).setParameter(10, c.accounts().item())
                .executeUpdate();
        saveTaxRates(tenant, c);
    }

    /** The tax rates chosen, replaced whole: a choice is saved as one. */
    private void saveTaxRates(TenantId tenant, BooksConnection c) {
        var em = managers.of(tenant);
        em.createNativeQuery("DELETE FROM " + tenant.schemaName() + ".books_tax_rate WHERE vendor = ?1")
                .setParameter(1, c.vendor().name()).executeUpdate();
        c.accounts().taxRates().forEach((percent, taxRate) -> em.createNativeQuery("INSERT INTO " + tenant.schemaName()
                        + ".books_tax_rate (vendor, percent, tax_rate) VALUES (?1, ?2, ?3)")
                .setParameter(1, c.vendor().name()).setParameter(2, percent).setParameter(3, taxRate).executeUpdate());
    }

    private java.util.Map<java.math.BigDecimal, String> taxRates(TenantId tenant, BooksVendor vendor) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = managers.of(tenant).createNativeQuery("SELECT percent, tax_rate FROM " + tenant.schemaName()
                + ".books_tax_rate WHERE vendor = ?1").setParameter(1, vendor.name()).getResultList();
        java.util.Map<java.math.BigDecimal, String> rates = new java.util.TreeMap<>();
        rows.forEach(r -> rates.put((java.math.BigDecimal) r[0], (String) r[1]));
        return rates;
    }

    @Override
    public Optional<Instant> pulledThrough(TenantId tenant, BooksVendor vendor) {
        @SuppressWarnings("unchecked")
        List<Object> rows = managers.of(tenant).createNativeQuery("SELECT pulled_through FROM " + tenant.schemaName()
                + ".books_connection WHERE vendor = ?1").setParameter(1, vendor.name()).getResultList();
        return rows.stream().filter(java.util.Objects::nonNull).map(r -> ((Timestamp) r).toInstant()).findFirst();
    }

    @Override
    public void pulledThrough(TenantId tenant, BooksVendor vendor, Instant watermark) {
        managers.of(tenant).createNativeQuery("UPDATE " + tenant.schemaName() + ".books_connection SET pulled_through = ?1"
                + " WHERE vendor = ?2").setParameter(1, Timestamp.from(watermark)).setParameter(2, vendor.name())
                .executeUpdate();
    }

    private List<BooksConnection> select(TenantId tenant, String where, BooksVendor vendor) {
        var query = managers.of(tenant).createNativeQuery("SELECT " + COLUMNS + " FROM " + tenant.schemaName()
                + ".books_connection" + where);
        if (vendor != null) {
            query.setParameter(1, vendor.name());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> connection(tenant, r)).toList();
    }

    private BooksConnection connection(TenantId tenant, Object[] r) {
        BooksVendor vendor = BooksVendor.valueOf((String) r[0]);
        String[] tokens = new String(seal.open((byte[]) r[3], context(tenant, vendor)), StandardCharsets.UTF_8)
                .split("\n", 2);
        return new BooksConnection(vendor, new BooksOrganisation((String) r[1], (String) r[2]),
                new BooksGrant(tokens[0], tokens[1], ((Timestamp) r[4]).toInstant()),
                new BooksAccounts((String) r[5], (String) r[6], (String) r[9], taxRates(tenant, vendor)),
                BooksConnection.Status.valueOf((String) r[7]),
                ((Timestamp) r[8]).toInstant());
    }

    private static byte[] context(TenantId tenant, BooksVendor vendor) {
        return ("books-grant:" + tenant.value() + ":" + vendor.name()).getBytes(StandardCharsets.UTF_8);
    }
}
