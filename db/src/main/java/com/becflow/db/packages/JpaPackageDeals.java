package com.becflow.db.packages;

import static com.becflow.db.NativeColumns.date;
import static com.becflow.db.NativeColumns.instant;
import static com.becflow.db.NativeColumns.uuid;

import com.becflow.clients.ClientId;
import com.becflow.contracts.ContractId;
import com.becflow.db.tenant.TenantEntityManagers;
import com.becflow.invoicing.InvoiceId;
import com.becflow.invoicing.packages.Milestone;
import com.becflow.invoicing.packages.PackageBilling;
import com.becflow.invoicing.packages.PackageDeal;
import com.becflow.invoicing.packages.PackageDealId;
import com.becflow.invoicing.packages.PackageDeals;
import com.becflow.shared.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Package deals in the tenant's schema, in plain SQL like the recurring invoices: a row per package and one per
 * milestone. Nullable parameters are cast in the SQL, since a null parameter of a native query is bound as text.
 */
@ApplicationScoped
public class JpaPackageDeals implements PackageDeals {

    private static final String COLUMNS = "id, client_id, contract_id, title, currency, price, tax_rate, tax_name,"
            + " net_days, notes, billing, invoice_id, created_at, updated_at, cancelled_at, cancel_reason";
    private static final String NEWEST_FIRST = " ORDER BY d.created_at DESC, d.id";
    private static final String MILESTONE_COLUMNS = "package_deal_id, position, title, amount, delivered_on, invoice_id";

    private final TenantEntityManagers managers;

    @Inject
    public JpaPackageDeals(TenantEntityManagers managers) {
        this.managers = managers;
    }

    protected JpaPackageDeals() {
        this(null);
    }

    @Override
    public void add(TenantId tenant, PackageDeal d) {
        em(tenant).createNativeQuery("INSERT INTO " + tenant.schemaName() + ".package_deal (" + COLUMNS + ") VALUES"
                        + " (?1, ?2, CAST(?3 AS uuid), ?4, ?5, ?6, CAST(?7 AS numeric), CAST(?8 AS varchar),"
                        + " CAST(?9 AS integer), CAST(?10 AS varchar), ?11, CAST(?12 AS uuid), ?13, ?14, NULL, NULL)")
                .setParameter(1, d.id().value()).setParameter(2, d.clientId().value())
                .setParameter(3, d.contractId().map(ContractId::value).orElse(null)).setParameter(4, d.title())
                .setParameter(5, d.currency().getCurrencyCode()).setParameter(6, d.price().amount())
                .setParameter(7, d.taxRate()).setParameter(8, d.taxName()).setParameter(9, d.netDays())
                .setParameter(10, d.notes()).setParameter(11, d.billing().name())
                .setParameter(12, d.invoice().map(InvoiceId::value).orElse(null))
                .setParameter(13, Timestamp.from(d.createdAt())).setParameter(14, Timestamp.from(d.updatedAt()))
                .executeUpdate();
        for (Milestone m : d.milestones()) {
            em(tenant).createNativeQuery("INSERT INTO " + tenant.schemaName() + ".package_milestone (" + MILESTONE_COLUMNS
                            + ") VALUES (?1, ?2, ?3, CAST(?4 AS numeric), CAST(?5 AS date), CAST(?6 AS uuid))")
                    .setParameter(1, d.id().value()).setParameter(2, m.position()).setParameter(3, m.title())
                    .setParameter(4, m.amount()).setParameter(5, m.delivered() ? Date.valueOf(m.deliveredOn()) : null)
                    .setParameter(6, m.invoice().map(InvoiceId::value).orElse(null)).executeUpdate();
        }
    }

    @Override
    public void update(TenantId tenant, PackageDeal d) {
        em(tenant).createNativeQuery("UPDATE " + tenant.schemaName() + ".package_deal SET invoice_id = CAST(?1 AS uuid),"
                        + " updated_at = ?2, cancelled_at = CAST(?4 AS timestamptz), cancel_reason = CAST(?5 AS varchar)"
                        + " WHERE id = ?3")
                .setParameter(1, d.invoice().map(InvoiceId::value).orElse(null))
                .setParameter(2, Timestamp.from(d.updatedAt())).setParameter(3, d.id().value())
                .setParameter(4, d.cancellation().map(c -> Timestamp.from(c.at())).orElse(null))
                .setParameter(5, d.cancellation().map(PackageDeal.Cancellation::reason).orElse(null)).executeUpdate();
        for (Milestone m : d.milestones()) {
            em(tenant).createNativeQuery("UPDATE " + tenant.schemaName() + ".package_milestone SET"
                            + " delivered_on = CAST(?1 AS date), invoice_id = CAST(?2 AS uuid)"
                            + " WHERE package_deal_id = ?3 AND position = ?4")
                    .setParameter(1, m.delivered() ? Date.valueOf(m.deliveredOn()) : null)
                    .setParameter(2, m.invoice().map(InvoiceId::value).orElse(null))
                    .setParameter(3, d.id().value()).setParameter(4, m.position()).executeUpdate();
        }
    }

    @Override
    public Optional<PackageDeal> find(TenantId tenant, PackageDealId id) {
        return where(tenant, "d.id = ?1", "", "", id.value()).stream().findFirst();
    }

    @Override
    public Optional<PackageDeal> lock(TenantId tenant, PackageDealId id) {
        return where(tenant, "d.id = ?1", "", " FOR UPDATE", id.value()).stream().findFirst();
    }

    @Override
    public List<PackageDeal> all(TenantId tenant, ClientId client) {
        return client == null ? where(tenant, "true", NEWEST_FIRST, "", null)
                : where(tenant, "d.client_id = ?1", NEWEST_FIRST, "", client.value());
    }

    @Override
    public Optional<PackageDeal> billedBy(TenantId tenant, InvoiceId invoice) {
        return where(tenant, "d.invoice_id = ?1 OR d.id IN (SELECT package_deal_id FROM " + tenant.schemaName()
                + ".package_milestone WHERE invoice_id = ?1)", "", "", invoice.value()).stream().findFirst();
    }

    @Override
    public List<PackageDeal> underContract(TenantId tenant, ContractId contract) {
        return where(tenant, "d.contract_id = ?1", NEWEST_FIRST, " FOR UPDATE OF d", contract.value());
    }

    /** The deals and their milestones in one query, a row per milestone, in the order asked then by position. */
    private List<PackageDeal> where(TenantId tenant, String condition, String order, String lock, UUID parameter) {
        var query = em(tenant).createNativeQuery("SELECT " + qualified("d.", COLUMNS) + ", "
                + qualified("m.", MILESTONE_COLUMNS) + " FROM " + tenant.schemaName() + ".package_deal d JOIN "
                + tenant.schemaName() + ".package_milestone m ON m.package_deal_id = d.id WHERE " + condition
                + (order.isEmpty() ? " ORDER BY m.position" : order + ", m.position") + lock);
        if (parameter != null) {
            query.setParameter(1, parameter);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        Map<UUID, Object[]> deals = new LinkedHashMap<>();
        Map<UUID, List<Milestone>> milestones = new LinkedHashMap<>();
        for (Object[] r : rows) {
            UUID id = uuid(r[0]);
            deals.putIfAbsent(id, r);
            milestones.computeIfAbsent(id, k -> new ArrayList<>()).add(new Milestone(((Number) r[17]).intValue(),
                    (String) r[18], (BigDecimal) r[19], date(r[20]),
                    r[21] == null ? null : new InvoiceId(uuid(r[21]))));
        }
        return deals.entrySet().stream().map(e -> deal(e.getValue(), milestones.get(e.getKey()))).toList();
    }

    private static PackageDeal deal(Object[] r, List<Milestone> milestones) {
        return new PackageDeal(new PackageDealId(uuid(r[0])), new ClientId(uuid(r[1])),
                r[2] == null ? null : new ContractId(uuid(r[2])), (String) r[3], Currency.getInstance(r[4].toString().strip()),
                (BigDecimal) r[5], (BigDecimal) r[6], (String) r[7], r[8] == null ? null : ((Number) r[8]).intValue(),
                (String) r[9], PackageBilling.valueOf((String) r[10]), milestones,
                r[11] == null ? null : new InvoiceId(uuid(r[11])), instant(r[12]), instant(r[13]),
                r[14] == null ? null : new PackageDeal.Cancellation(instant(r[14]), (String) r[15]));
    }

    private static String qualified(String alias, String columns) {
        return alias + columns.replace(", ", ", " + alias);
    }

    private EntityManager em(TenantId tenant) {
        return managers.of(tenant);
    }
}
