package com.becflow.db.recurring;

import static com.becflow.db.NativeColumns.date;
import static com.becflow.db.NativeColumns.instant;
import static com.becflow.db.NativeColumns.uuid;

import com.becflow.clients.ClientId;
import com.becflow.contracts.ContractId;
import com.becflow.db.InvoiceLinesConverter;
import com.becflow.db.tenant.TenantEntityManagers;
import com.becflow.invoicing.InvoiceContent;
import com.becflow.invoicing.InvoiceId;
import com.becflow.invoicing.recurring.Recurrence;
import com.becflow.invoicing.recurring.RecurrenceSchedule;
import com.becflow.invoicing.recurring.RecurringInvoice;
import com.becflow.invoicing.recurring.RecurringInvoiceId;
import com.becflow.invoicing.recurring.RecurringInvoices;
import com.becflow.invoicing.recurring.RecurringStatus;
import com.becflow.invoicing.recurring.Retainer;
import com.becflow.shared.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Recurring invoices in the tenant's schema, in plain SQL like the payment plans: one row each, its lines as the
 * invoice's JSON and its named dates as ISO days separated by commas. Nullable parameters are cast in the SQL, since a
 * null parameter of a native query is bound as text.
 */
@ApplicationScoped
public class JpaRecurringInvoices implements RecurringInvoices {

    private static final String COLUMNS = "id, client_id, contract_id, currency, lines, reference, notes, net_days,"
            + " partial_payments, minimum_payment, recurrence, start_on, end_on, max_count, dates, status, next_index,"
            + " issued_count, last_issued_on, next_issue_on, problem, retainer_hours, retainer_rate, retainer_rollover,"
            + " carried_hours, created_at, updated_at";
    private static final String VALUES = "?1, ?2, CAST(?3 AS uuid), ?4, ?5, CAST(?6 AS varchar), CAST(?7 AS varchar), ?8,"
            + " ?9, CAST(?10 AS numeric), ?11, CAST(?12 AS date), CAST(?13 AS date), CAST(?14 AS integer),"
            + " CAST(?15 AS text), ?16, ?17, ?18, CAST(?19 AS date), CAST(?20 AS date), CAST(?21 AS varchar),"
            + " CAST(?22 AS numeric), CAST(?23 AS numeric), CAST(?24 AS boolean), CAST(?25 AS numeric), ?26, ?27";
    /** Every column but the id, the client (a series keeps its client) and when it was made. */
    private static final String UPDATES = Arrays.stream(COLUMNS.split(", ")).skip(2)
            .filter(c -> !c.equals("created_at")).map(c -> c + " = EXCLUDED." + c).collect(Collectors.joining(", "));
    private static final InvoiceLinesConverter LINES = new InvoiceLinesConverter();

    private final TenantEntityManagers managers;

    @Inject
    public JpaRecurringInvoices(TenantEntityManagers managers) {
        this.managers = managers;
    }

    protected JpaRecurringInvoices() {
        this(null);
    }

    @Override
    public void add(TenantId tenant, RecurringInvoice r) {
        bind(em(tenant).createNativeQuery("INSERT INTO " + tenant.schemaName() + ".recurring_invoice (" + COLUMNS
                + ") VALUES (" + VALUES + ")"), r).executeUpdate();
    }

    @Override
    public void update(TenantId tenant, RecurringInvoice r) {
        bind(em(tenant).createNativeQuery("INSERT INTO " + tenant.schemaName() + ".recurring_invoice (" + COLUMNS
                + ") VALUES (" + VALUES + ") ON CONFLICT (id) DO UPDATE SET " + UPDATES), r).executeUpdate();
    }

    @Override
    public Optional<RecurringInvoice> find(TenantId tenant, RecurringInvoiceId id) {
        return where(tenant, "id = ?1", "", id.value()).stream().findFirst();
    }

    @Override
    public Optional<RecurringInvoice> lock(TenantId tenant, RecurringInvoiceId id) {
        return where(tenant, "id = ?1", " FOR UPDATE", id.value()).stream().findFirst();
    }

    @Override
    public List<RecurringInvoice> all(TenantId tenant) {
        return where(tenant, "true", " ORDER BY CASE status WHEN 'ACTIVE' THEN 0 WHEN 'PAUSED' THEN 1 ELSE 2 END,"
                + " next_issue_on NULLS LAST, created_at DESC", null);
    }

    @Override
    public List<RecurringInvoiceId> dueBy(TenantId tenant, LocalDate day) {
        @SuppressWarnings("unchecked")
        List<Object> ids = em(tenant).createNativeQuery("SELECT id FROM " + tenant.schemaName() + ".recurring_invoice"
                + " WHERE status = 'ACTIVE' AND next_issue_on <= ?1 ORDER BY next_issue_on, id")
                .setParameter(1, Date.valueOf(day)).getResultList();
        return ids.stream().map(id -> new RecurringInvoiceId(uuid(id))).toList();
    }

    @Override
    public Optional<LocalDate> earliestNextDay(TenantId tenant) {
        Object day = em(tenant).createNativeQuery("SELECT min(next_issue_on) FROM " + tenant.schemaName()
                + ".recurring_invoice WHERE status = 'ACTIVE'").getSingleResult();
        return Optional.ofNullable(date(day));
    }

    @Override
    public void recordIssue(TenantId tenant, RecurringInvoiceId id, LocalDate day, InvoiceId invoice, Instant at) {
        em(tenant).createNativeQuery("INSERT INTO " + tenant.schemaName() + ".recurring_invoice_issue"
                        + " (recurring_invoice_id, day, invoice_id, issued_at) VALUES (?1, ?2, ?3, ?4)")
                .setParameter(1, id.value()).setParameter(2, Date.valueOf(day)).setParameter(3, invoice.value())
                .setParameter(4, Timestamp.from(at)).executeUpdate();
    }

    @Override
    public List<IssuedDay> issuedDays(TenantId tenant, RecurringInvoiceId id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em(tenant).createNativeQuery("SELECT day, invoice_id, issued_at FROM " + tenant.schemaName()
                        + ".recurring_invoice_issue WHERE recurring_invoice_id = ?1 ORDER BY day DESC")
                .setParameter(1, id.value()).getResultList();
        return rows.stream().map(r -> new IssuedDay(date(r[0]), new InvoiceId(uuid(r[1])), instant(r[2]))).toList();
    }

    private List<RecurringInvoice> where(TenantId tenant, String condition, String tail, UUID id) {
        var query = em(tenant).createNativeQuery("SELECT " + COLUMNS + " FROM " + tenant.schemaName()
                + ".recurring_invoice WHERE " + condition + tail);
        if (id != null) {
            query.setParameter(1, id);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(JpaRecurringInvoices::read).toList();
    }

    private static jakarta.persistence.Query bind(jakarta.persistence.Query query, RecurringInvoice r) {
        InvoiceContent c = r.content();
        RecurrenceSchedule s = r.schedule();
        return query.setParameter(1, r.id().value()).setParameter(2, r.clientId().value())
                .setParameter(3, r.contractId().map(ContractId::value).map(UUID::toString).orElse(null))
                .setParameter(4, c.currency().getCurrencyCode()).setParameter(5, LINES.convertToDatabaseColumn(c.lines()))
                .setParameter(6, c.reference()).setParameter(7, c.notes()).setParameter(8, c.netDays())
                .setParameter(9, c.partialPayments())
                .setParameter(10, c.minimumPayment() == null ? null : c.minimumPayment().toPlainString())
                .setParameter(11, s.recurrence().name()).setParameter(12, text(s.start())).setParameter(13, text(s.end()))
                .setParameter(14, s.count() == null ? null : s.count().toString())
                .setParameter(15, s.dates().isEmpty() ? null
                        : s.dates().stream().map(LocalDate::toString).collect(Collectors.joining(",")))
                .setParameter(16, r.status().name()).setParameter(17, r.nextIndex()).setParameter(18, r.issuedCount())
                .setParameter(19, r.lastIssuedOn().map(LocalDate::toString).orElse(null))
                .setParameter(20, r.nextIssueDay().map(LocalDate::toString).orElse(null))
                .setParameter(21, r.problem().orElse(null))
                .setParameter(22, r.retainer().map(t -> t.includedHours().toPlainString()).orElse(null))
                .setParameter(23, r.retainer().map(t -> t.extraHourRate().toPlainString()).orElse(null))
                .setParameter(24, r.retainer().map(t -> String.valueOf(t.rollover())).orElse(null))
                .setParameter(25, r.carriedHours().toPlainString())
                .setParameter(26, Timestamp.from(r.createdAt())).setParameter(27, Timestamp.from(r.updatedAt()));
    }

    private static RecurringInvoice read(Object[] r) {
        InvoiceContent content = new InvoiceContent(Currency.getInstance(((String) r[3]).strip()),
                LINES.convertToEntityAttribute((String) r[4]), (String) r[5], (String) r[6], ((Number) r[7]).intValue(),
                (Boolean) r[8], (BigDecimal) r[9]);
        List<LocalDate> dates = r[14] == null ? List.of()
                : Arrays.stream(((String) r[14]).split(",")).map(LocalDate::parse).toList();
        RecurrenceSchedule schedule = new RecurrenceSchedule(Recurrence.valueOf((String) r[10]), date(r[11]),
                date(r[12]), r[13] == null ? null : ((Number) r[13]).intValue(), dates);
        return new RecurringInvoice(new RecurringInvoiceId(uuid(r[0])), new ClientId(uuid(r[1])),
                r[2] == null ? null : new ContractId(uuid(r[2])), content, schedule,
                RecurringStatus.valueOf((String) r[15]), ((Number) r[16]).intValue(), ((Number) r[17]).intValue(),
                date(r[18]), (String) r[20], r[21] == null ? null : new Retainer((BigDecimal) r[21], (BigDecimal) r[22],
                        (Boolean) r[23]), (BigDecimal) r[24], instant(r[25]), instant(r[26]));
    }

    private static String text(LocalDate day) {
        return day == null ? null : day.toString();
    }

    private EntityManager em(TenantId tenant) {
        return managers.of(tenant);
    }
}
