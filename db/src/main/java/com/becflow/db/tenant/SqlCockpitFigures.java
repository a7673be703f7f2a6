package com.becflow.db.tenant;

import static com.becflow.db.InvoiceSql.BALANCE;
import static com.becflow.db.InvoiceSql.DUE_NOW;

import com.becflow.clients.ClientId;
import com.becflow.cockpit.AwaitingSignature;
import com.becflow.cockpit.ClientActivity;
import com.becflow.cockpit.CockpitFigures;
import com.becflow.cockpit.FallingDue;
import com.becflow.cockpit.FirstRun;
import com.becflow.cockpit.LedgerLine;
import com.becflow.cockpit.OpenBalances;
import com.becflow.cockpit.PaymentRecord;
import com.becflow.contracts.ContractId;
import com.becflow.db.NativeColumns;
import com.becflow.invoicing.InvoiceId;
import com.becflow.invoicing.PaymentKind;
import com.becflow.invoicing.PaymentMethod;
import com.becflow.shared.money.Money;
import com.becflow.shared.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The cockpit's sums in SQL over the ledgers' running sums on each invoice row: one grouped scan of the open
 * invoices (through {@code invoice_open_due_idx}) and one of the month's ledger lines, whatever the tenant's size.
 */
@ApplicationScoped
public class SqlCockpitFigures implements CockpitFigures {

    /** Open as {@code InvoiceStatus.open} reads the stored status, and owed (a credit note owes nothing). */
    private static final String OPEN = "i.status IN ('ISSUED', 'VIEWED', 'PARTIALLY_PAID') AND i.kind <> 'CREDIT_NOTE'";

    private final TenantEntityManagers managers;

    @Inject
    public SqlCockpitFigures(TenantEntityManagers managers) {
        this.managers = managers;
    }

    protected SqlCockpitFigures() {
        this(null);
    }

    @Override
    public List<OpenBalances> openBalances(TenantId tenant, ZoneId tenantZone) {
        String s = tenant.schemaName();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = managers.of(tenant).createNativeQuery("SELECT COALESCE(c.time_zone, ?1), i.currency,"
                        + " " + DUE_NOW + ", COUNT(*), SUM(" + BALANCE + ") FROM " + s + ".invoice i LEFT JOIN " + s
                        + ".client c ON c.id = i.client_id WHERE " + OPEN + " GROUP BY 1, 2, 3")
                .setParameter(1, tenantZone.getId()).getResultList();
        List<OpenBalances> balances = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            balances.add(new OpenBalances(ZoneId.of((String) row[0]), Currency.getInstance(((String) row[1]).trim()),
                    NativeColumns.date(row[2]), ((Number) row[3]).longValue(), (BigDecimal) row[4]));
        }
        return balances;
    }

    @Override
    public Map<Currency, BigDecimal> netReceived(TenantId tenant, LocalDate from, LocalDate to) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = managers.of(tenant).createNativeQuery("SELECT p.currency, SUM(CASE"
                        + " WHEN p.kind IN ('PAYMENT', 'CHARGEBACK_REVERSAL') THEN p.amount"
                        + " WHEN p.kind IN ('REFUND', 'CHARGEBACK', 'PAYMENT_REVERSAL') THEN -p.amount ELSE 0 END) FROM " + tenant.schemaName()
                        + ".invoice_payment p WHERE p.received_on BETWEEN ?1 AND ?2 AND p.method <> 'CLIENT_CREDIT'"
                        + " GROUP BY p.currency ORDER BY p.currency")
                .setParameter(1, from).setParameter(2, to).getResultList();
        Map<Currency, BigDecimal> received = new LinkedHashMap<>();
        for (Object[] row : rows) {
            received.put(Currency.getInstance(((String) row[0]).trim()), (BigDecimal) row[1]);
        }
        return received;
    }

    private static final String AWAITING = " FROM %s.contract k JOIN %s.client c ON c.id = k.client_id"
            + " WHERE k.status IN ('SENT', 'VIEWED') AND (k.expires_at IS NULL OR k.expires_at > ?1)";

    @Override
    public long awaitingSignatureCount(TenantId tenant, Instant now) {
        String s = tenant.schemaName();
        return ((Number) managers.of(tenant).createNativeQuery("SELECT COUNT(*)" + AWAITING.formatted(s, s))
                .setParameter(1, Timestamp.from(now)).getSingleResult()).longValue();
    }

    @Override
    public List<AwaitingSignature> awaitingSignature(TenantId tenant, Instant now, int limit) {
        String s = tenant.schemaName();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = managers.of(tenant).createNativeQuery("SELECT k.id, k.title, c.name, k.sent_at"
                        + AWAITING.formatted(s, s) + " ORDER BY k.sent_at, k.id LIMIT ?2")
                .setParameter(1, Timestamp.from(now)).setParameter(2, limit).getResultList();
        List<AwaitingSignature> waiting = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            waiting.add(new AwaitingSignature(new ContractId((UUID) row[0]), (String) row[1], (String) row[2],
                    NativeColumns.instant(row[3]), 0));
        }
        return waiting;
    }

    @Override
    public PaymentRecord paymentRecord(TenantId tenant, ClientId client, LocalDate clientToday) {
        String s = tenant.schemaName();
        String paid = "i.status = 'PAID' AND i.paid_at IS NOT NULL";
        String paidOn = "CAST(i.paid_at AT TIME ZONE c.time_zone AS date)";
        String late = OPEN + " AND " + DUE_NOW + " < ?2";
        Object[] row = (Object[]) managers.of(tenant).createNativeQuery("SELECT COUNT(*) FILTER (WHERE " + paid + "),"
                        + " COUNT(*) FILTER (WHERE " + paid + " AND " + paidOn + " <= " + DUE_NOW + "),"
                        + " COALESCE(SUM(" + paidOn + " - i.issue_date) FILTER (WHERE " + paid + "), 0),"
                        + " COUNT(*) FILTER (WHERE " + late + "), COALESCE(MAX(?2 - " + DUE_NOW + ") FILTER (WHERE " + late
                        + "), 0) FROM " + s + ".invoice i JOIN " + s + ".client c ON c.id = i.client_id"
                        + " WHERE i.client_id = ?1 AND i.kind <> 'CREDIT_NOTE'")
                .setParameter(1, client.value()).setParameter(2, clientToday).getSingleResult();
        return new PaymentRecord(((Number) row[0]).longValue(), ((Number) row[1]).longValue(),
                ((Number) row[2]).longValue(), ((Number) row[3]).longValue(), ((Number) row[4]).longValue());
    }

    @Override
    public List<ClientActivity> activity(TenantId tenant, ClientId client, int limit) {
        String s = tenant.schemaName();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = managers.of(tenant).createNativeQuery("SELECT e.occurred_at, 'INVOICE', i.id,"
                        + " COALESCE(i.number, 'Draft'), e.type, e.detail FROM " + s + ".invoice_event e JOIN " + s
                        + ".invoice i ON i.id = e.invoice_id WHERE i.client_id = ?1"
                        + " UNION ALL SELECT e.occurred_at, 'CONTRACT', k.id, k.title, e.type, '' FROM " + s
                        + ".contract_event e JOIN " + s + ".contract k ON k.id = e.contract_id WHERE k.client_id = ?1"
                        + " ORDER BY 1 DESC, 3, 5 LIMIT ?2")
                .setParameter(1, client.value()).setParameter(2, limit).getResultList();
        List<ClientActivity> activity = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            activity.add(new ClientActivity(NativeColumns.instant(row[0]), ClientActivity.Source.valueOf((String) row[1]),
                    (UUID) row[2], (String) row[3], (String) row[4], (String) row[5]));
        }
        return activity;
    }

    @Override
    public List<LedgerLine> ledgerLines(TenantId tenant, LocalDate from, LocalDate to) {
        String s = tenant.schemaName();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = managers.of(tenant).createNativeQuery("SELECT p.received_on, COALESCE(i.number, ''),"
                        + " COALESCE(c.name, ''), p.kind, p.method, p.amount, p.currency, p.reference, p.recorded_at FROM "
                        + s + ".invoice_payment p JOIN " + s + ".invoice i ON i.id = p.invoice_id LEFT JOIN " + s
                        + ".client c ON c.id = i.client_id WHERE p.received_on BETWEEN ?1 AND ?2"
                        + " ORDER BY p.received_on, p.recorded_at, p.id")
                .setParameter(1, from).setParameter(2, to).getResultList();
        List<LedgerLine> lines = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            lines.add(new LedgerLine(NativeColumns.date(row[0]), (String) row[1], (String) row[2],
                    PaymentKind.valueOf((String) row[3]), PaymentMethod.valueOf((String) row[4]),
                    new Money((BigDecimal) row[5], Currency.getInstance(((String) row[6]).trim())), (String) row[7],
                    NativeColumns.instant(row[8])));
        }
        return lines;
    }

    @Override
    public FirstRun firstRun(TenantId tenant) {
        String s = tenant.schemaName();
        Object[] row = (Object[]) managers.of(tenant).createNativeQuery("SELECT EXISTS (SELECT 1 FROM " + s
                + ".invoice_settings WHERE business_address IS NOT NULL), EXISTS (SELECT 1 FROM " + s + ".client),"
                + " EXISTS (SELECT 1 FROM " + s + ".contract) OR EXISTS (SELECT 1 FROM " + s + ".invoice)").getSingleResult();
        return new FirstRun((Boolean) row[0], (Boolean) row[1], (Boolean) row[2]);
    }

    @Override
    public List<FallingDue> dueBetween(TenantId tenant, ZoneId tenantZone, LocalDate from, LocalDate to, int limit) {
        String s = tenant.schemaName();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = managers.of(tenant).createNativeQuery("SELECT i.id, i.number, i.client_id,"
                        + " COALESCE(c.name, ''), COALESCE(c.time_zone, ?1), " + DUE_NOW + ", i.currency, " + BALANCE
                        + " FROM " + s + ".invoice i LEFT JOIN " + s + ".client c ON c.id = i.client_id WHERE " + OPEN
                        + " AND " + DUE_NOW + " BETWEEN ?2 AND ?3 ORDER BY " + DUE_NOW + ", i.number, i.id LIMIT ?4")
                .setParameter(1, tenantZone.getId()).setParameter(2, from).setParameter(3, to).setParameter(4, limit)
                .getResultList();
        List<FallingDue> due = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            due.add(new FallingDue(new InvoiceId((UUID) row[0]), (String) row[1], new ClientId((UUID) row[2]),
                    (String) row[3], ZoneId.of((String) row[4]), NativeColumns.date(row[5]),
                    new Money((BigDecimal) row[7], Currency.getInstance(((String) row[6]).trim()))));
        }
        return due;
    }
}
