package com.becflow.db.tenant;

import static com.becflow.db.InvoiceSql.DUE_NOW;

import com.becflow.clients.ClientId;
import com.becflow.db.NativeColumns;
import com.becflow.invoicing.InvoiceId;
import com.becflow.invoicing.PaymentKind;
import com.becflow.invoicing.PaymentMethod;
import com.becflow.invoicing.statements.AccountMovement;
import com.becflow.invoicing.statements.ClientAccounts;
import com.becflow.invoicing.statements.InvoiceRef;
import com.becflow.invoicing.statements.Movement;
import com.becflow.shared.money.Money;
import com.becflow.shared.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A client's movements in one scan of each place that records one, each row naming the invoice whose balance it moves:
 * the invoice's issue ({@code total}), its credit notes ({@code amount_credited}), its ledger lines (paid, refunded,
 * charged back, moved to credit, late fees, waivers, discounts) and its write-off or voiding ({@code amount_written_off},
 * dated when it was closed). These are the terms of {@link com.becflow.db.InvoiceSql#BALANCE}, so the movements of an
 * invoice add up to its balance.
 */
@ApplicationScoped
public class SqlClientAccounts implements ClientAccounts {

    /** A ledger line's method worth telling the client: how money came in or went back, not the contract's terms. */
    private static final Set<Movement> MONEY = Set.of(Movement.PAYMENT, Movement.REFUND, Movement.CHARGEBACK,
            Movement.CHARGEBACK_REVERSAL, Movement.PAYMENT_REVERSAL);

    private final TenantEntityManagers managers;

    @Inject
    public SqlClientAccounts(TenantEntityManagers managers) {
        this.managers = managers;
    }

    protected SqlClientAccounts() {
        this(null);
    }

    @Override
    public List<AccountMovement> movements(TenantId tenant, ClientId client, ZoneId tenantZone) {
        String s = tenant.schemaName();
        String invoice = "i.id, i.number, i.issue_date, " + DUE_NOW + ", ";
        @SuppressWarnings("unchecked")
        List<Object[]> rows = managers.of(tenant).createNativeQuery(
                        "SELECT " + invoice + "CASE i.kind WHEN 'DEPOSIT' THEN 'DEPOSIT' ELSE 'INVOICE' END, i.issue_date,"
                        + " i.issued_at, i.total, i.currency, CAST(NULL AS VARCHAR), CAST(NULL AS VARCHAR) FROM " + s
                        + ".invoice i WHERE i.client_id = ?1 AND i.status <> 'DRAFT' AND i.kind <> 'CREDIT_NOTE'"
                        + " UNION ALL SELECT " + invoice + "'CREDIT_NOTE', n.issue_date, n.issued_at, n.total, n.currency,"
                        + " n.number, CAST(NULL AS VARCHAR) FROM " + s + ".invoice n JOIN " + s + ".invoice i"
                        + " ON i.id = n.credited_invoice_id WHERE n.client_id = ?1 AND n.kind = 'CREDIT_NOTE'"
                        + " AND n.status <> 'DRAFT'"
                        + " UNION ALL SELECT " + invoice + "p.kind, p.received_on, p.recorded_at, p.amount, p.currency,"
                        + " CAST(NULL AS VARCHAR), p.method FROM " + s + ".invoice_payment p JOIN " + s + ".invoice i"
                        + " ON i.id = p.invoice_id WHERE i.client_id = ?1"
                        + " UNION ALL SELECT " + invoice + "CASE i.status WHEN 'VOID' THEN 'VOID' ELSE 'WRITE_OFF' END,"
                        + " CAST(NULL AS DATE), i.closed_at, i.amount_written_off, i.currency, CAST(NULL AS VARCHAR),"
                        + " CAST(NULL AS VARCHAR) FROM " + s + ".invoice i WHERE i.client_id = ?1"
                        + " AND i.kind <> 'CREDIT_NOTE' AND i.amount_written_off <> 0 AND i.closed_at IS NOT NULL")
                .setParameter(1, client.value()).getResultList();
        List<AccountMovement> movements = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            InvoiceRef ref = new InvoiceRef(new InvoiceId((UUID) row[0]), (String) row[1], NativeColumns.date(row[2]),
                    NativeColumns.date(row[3]));
            String kind = (String) row[4];
            Movement movement = switch (kind) {
                case "INVOICE", "DEPOSIT", "CREDIT_NOTE", "VOID", "WRITE_OFF" -> Movement.valueOf(kind);
                default -> Movement.of(PaymentKind.valueOf(kind));
            };
            Instant at = NativeColumns.instant(row[6]);
            LocalDate on = row[5] == null ? LocalDate.ofInstant(at, tenantZone) : NativeColumns.date(row[5]);
            String method = (String) row[10];
            String note = method != null && MONEY.contains(movement) ? PaymentMethod.valueOf(method).label() : null;
            movements.add(new AccountMovement(on, at, movement, new Money((BigDecimal) row[7],
                    Currency.getInstance(((String) row[8]).trim())), ref, (String) row[9], note));
        }
        return movements;
    }
}
