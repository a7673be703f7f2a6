package com.becflow.db.disputes;

import static com.becflow.db.NativeColumns.instant;
import static com.becflow.db.NativeColumns.uuid;

import com.becflow.db.tenant.TenantEntityManagers;
import com.becflow.invoicing.InvoiceId;
import com.becflow.invoicing.disputes.DisputeStatus;
import com.becflow.invoicing.disputes.InvoiceDispute;
import com.becflow.invoicing.disputes.InvoiceDisputeId;
import com.becflow.invoicing.disputes.InvoiceDisputes;
import com.becflow.shared.money.Money;
import com.becflow.shared.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Invoice disputes in the tenant's schema, in plain SQL; an amount's currency is its invoice's. Nullable parameters
 * are cast in the SQL, since a null parameter of a native query is bound as text.
 */
@ApplicationScoped
public class JpaInvoiceDisputes implements InvoiceDisputes {

    private static final String COLUMNS = "d.id, d.invoice_id, d.line, d.amount, i.currency, d.reason, d.raised_at,"
            + " d.status, d.answer, d.answered_at, d.credit_note_id";

    private final TenantEntityManagers managers;

    @Inject
    public JpaInvoiceDisputes(TenantEntityManagers managers) {
        this.managers = managers;
    }

    protected JpaInvoiceDisputes() {
        this(null);
    }

    @Override
    public void add(TenantId tenant, InvoiceDispute d) {
        em(tenant).createNativeQuery("INSERT INTO " + tenant.schemaName() + ".invoice_dispute (id, invoice_id, line,"
                        + " amount, reason, raised_at, status) VALUES (?1, ?2, CAST(?3 AS integer), ?4, ?5, ?6, ?7)")
                .setParameter(1, d.id().value()).setParameter(2, d.invoiceId().value())
                .setParameter(3, d.line().orElse(null)).setParameter(4, d.amount().amount())
                .setParameter(5, d.reason()).setParameter(6, Timestamp.from(d.raisedAt()))
                .setParameter(7, d.status().name()).executeUpdate();
    }

    @Override
    public void update(TenantId tenant, InvoiceDispute d) {
        em(tenant).createNativeQuery("UPDATE " + tenant.schemaName() + ".invoice_dispute SET status = ?1,"
                        + " answer = CAST(?2 AS varchar), answered_at = CAST(?3 AS timestamptz),"
                        + " credit_note_id = CAST(?4 AS uuid) WHERE id = ?5")
                .setParameter(1, d.status().name()).setParameter(2, d.answer().orElse(null))
                .setParameter(3, d.answeredAt().map(Timestamp::from).orElse(null))
                .setParameter(4, d.creditNoteId().map(InvoiceId::value).orElse(null))
                .setParameter(5, d.id().value()).executeUpdate();
    }

    @Override
    public Optional<InvoiceDispute> find(TenantId tenant, InvoiceDisputeId id) {
        return where(tenant, "d.id = ?1", id.value()).stream().findFirst();
    }

    @Override
    public List<InvoiceDispute> of(TenantId tenant, InvoiceId invoice) {
        return where(tenant, "d.invoice_id = ?1 ORDER BY d.raised_at, d.id", invoice.value());
    }

    private List<InvoiceDispute> where(TenantId tenant, String condition, UUID parameter) {
        String s = tenant.schemaName();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em(tenant).createNativeQuery("SELECT " + COLUMNS + " FROM " + s + ".invoice_dispute d"
                + " JOIN " + s + ".invoice i ON i.id = d.invoice_id WHERE " + condition)
                .setParameter(1, parameter).getResultList();
        return rows.stream().map(JpaInvoiceDisputes::dispute).toList();
    }

    private static InvoiceDispute dispute(Object[] r) {
        Currency currency = Currency.getInstance(((String) r[4]).strip());
        return InvoiceDispute.restore(new InvoiceDisputeId(uuid(r[0])), new InvoiceId(uuid(r[1])),
                r[2] == null ? null : ((Number) r[2]).intValue(), new Money((BigDecimal) r[3], currency).rounded(),
                (String) r[5], instant(r[6]), DisputeStatus.valueOf((String) r[7]), (String) r[8],
                r[9] == null ? null : instant(r[9]), r[10] == null ? null : new InvoiceId(uuid(r[10])));
    }

    private EntityManager em(TenantId tenant) {
        return managers.of(tenant);
    }
}
