package com.becflow.db.tenant;

import com.becflow.contracts.ContractId;
import com.becflow.invoicing.Invoice;
import com.becflow.invoicing.InvoiceDocument;
import com.becflow.invoicing.InvoiceEvent;
import com.becflow.invoicing.InvoiceFile;
import com.becflow.invoicing.InvoiceFileKind;
import com.becflow.invoicing.InvoiceId;
import com.becflow.invoicing.InvoiceKind;
import com.becflow.invoicing.InvoiceSettings;
import com.becflow.invoicing.InvoiceStatus;
import com.becflow.invoicing.Invoices;
import com.becflow.invoicing.Payment;
import com.becflow.invoicing.PaymentId;
import com.becflow.shared.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

@ApplicationScoped
public class JpaInvoices implements Invoices {

    private final TenantEntityManagers managers;

    @Inject
    public JpaInvoices(TenantEntityManagers managers) {
        this.managers = managers;
    }

    protected JpaInvoices() {
        this(null);
    }

    @Override
    public Optional<Invoice> find(TenantId tenant, InvoiceId id) {
        return Optional.ofNullable(managers.of(tenant).find(Invoice.class, id.value()));
    }

    @Override
    public Optional<Invoice> lock(TenantId tenant, InvoiceId id) {
        // One SELECT ... FOR UPDATE; an invoice already read in this transaction is read again under the lock.
        return Optional.ofNullable(managers.of(tenant).find(Invoice.class, id.value(), LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public List<Invoice> list(TenantId tenant, InvoiceFilter filter, int offset, int limit) {
        return query(tenant, filter, "SELECT i FROM Invoice i", " ORDER BY i.updatedAt DESC, i.id", Invoice.class)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long count(TenantId tenant, InvoiceFilter filter) {
        return query(tenant, filter, "SELECT COUNT(i) FROM Invoice i", "", Long.class).getSingleResult();
    }

    private static final List<InvoiceStatus> OPEN = List.of(InvoiceStatus.ISSUED, InvoiceStatus.VIEWED,
            InvoiceStatus.PARTIALLY_PAID);

    private <T> TypedQuery<T> query(TenantId tenant, InvoiceFilter filter, String select, String order, Class<T> type) {
        EntityManager em = managers.of(tenant);
        List<String> where = new ArrayList<>();
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (filter.client() != null) {
            where.add("i.clientId = :client");
            parameters.put("client", filter.client().value());
        }
        InvoiceStatus status = filter.status();
        if (status == InvoiceStatus.OVERDUE) {
            where.add(overdue(em, filter, parameters));
        } else if (status != null && OPEN.contains(status)) {
            where.add("i.status = :status AND NOT (" + overdue(em, filter, parameters) + ")");
            parameters.put("status", status);
        } else if (status != null) {
            where.add("i.status = :status");
            parameters.put("status", status);
        }
        TypedQuery<T> query = em.createQuery(select + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                + order, type);
        parameters.forEach(query::setParameter);
        return query;
    }

    /**
     * Overdue as {@link Invoice#statusOn} reads it, for every client on their own calendar: open, not a credit note,
     * and due before the client's today (under a payment plan, its next installment's day: {@link Invoice#dueNow}). At any moment the clients' zones share at most three todays, so the zones
     * the tenant's clients live in are grouped by their today, one condition per group. (An open invoice always
     * owes something: the ledger moves a paid one to PAID, so the balance needs no test here.)
     */
    private static String overdue(EntityManager em, InvoiceFilter filter, Map<String, Object> parameters) {
        TypedQuery<String> zones = em.createQuery("SELECT DISTINCT c.timeZone FROM Client c"
                + (filter.client() == null ? "" : " WHERE c.id = :client"), String.class);
        if (filter.client() != null) {
            zones.setParameter("client", filter.client().value());
        }
        Map<LocalDate, List<String>> zonesByToday = new TreeMap<>();
        for (String zone : zones.getResultList()) {
            zonesByToday.computeIfAbsent(LocalDate.ofInstant(filter.now(), ZoneId.of(zone)), d -> new ArrayList<>()).add(zone);
        }
        if (zonesByToday.isEmpty()) {
            return "i.id IS NULL";
        }
        List<String> byToday = new ArrayList<>();
        int n = 0;
        for (Map.Entry<LocalDate, List<String>> group : zonesByToday.entrySet()) {
            byToday.add("(COALESCE(i.planDueDate, i.dueDate) < :today" + n + " AND i.clientId IN (SELECT z" + n + ".id FROM Client z" + n
                    + " WHERE z" + n + ".timeZone IN :zones" + n + "))");
            parameters.put("today" + n, group.getKey());
            parameters.put("zones" + n, group.getValue());
            n++;
        }
        parameters.put("open", OPEN);
        parameters.put("creditNote", InvoiceKind.CREDIT_NOTE);
        return "i.status IN :open AND i.kind <> :creditNote AND (" + String.join(" OR ", byToday) + ")";
    }

    @Override
    public void add(TenantId tenant, Invoice invoice) {
        managers.of(tenant).persist(invoice);
    }

    @Override
    public void removeDraft(TenantId tenant, Invoice draft) {
        if (draft.status() != InvoiceStatus.DRAFT) {
            throw new IllegalStateException("Issued documents are never deleted");
        }
        managers.of(tenant).remove(draft);
    }

    @Override
    public long nextNumber(TenantId tenant, String series) {
        // One statement: the first use creates the series at 1, later ones count on; either way the row
        // stays locked until this transaction ends, so a concurrent issuer waits and a rollback undoes it.
        Object next = managers.of(tenant).createNativeQuery("INSERT INTO " + tenant.schemaName()
                        + ".invoice_number_counter (series, last_value) VALUES (?1, 1) ON CONFLICT (series)"
                        + " DO UPDATE SET last_value = invoice_number_counter.last_value + 1 RETURNING last_value")
                .setParameter(1, series).getSingleResult();
        return ((Number) next).longValue();
    }

    @Override
    public List<Invoice> depositsFor(TenantId tenant, ContractId contract) {
        return managers.of(tenant).createQuery("SELECT i FROM Invoice i WHERE i.contractId = :contract AND i.kind = :kind"
                        + " ORDER BY i.createdAt", Invoice.class)
                .setParameter("contract", contract.value()).setParameter("kind", InvoiceKind.DEPOSIT).getResultList();
    }

    @Override
    public List<Invoice> issuedUnderContract(TenantId tenant, ContractId contract) {
        return managers.of(tenant).createQuery("SELECT i FROM Invoice i WHERE i.contractId = :contract"
                        + " AND i.kind <> :creditNote AND i.status <> :draft ORDER BY i.createdAt, i.id", Invoice.class)
                .setParameter("contract", contract.value()).setParameter("creditNote", InvoiceKind.CREDIT_NOTE)
                .setParameter("draft", com.becflow.invoicing.InvoiceStatus.DRAFT).getResultList();
    }

    @Override
    public List<Invoice> creditNotesFor(TenantId tenant, InvoiceId invoice) {
        return managers.of(tenant).createQuery("SELECT i FROM Invoice i WHERE i.creditedInvoiceId = :invoice"
                        + " ORDER BY i.createdAt", Invoice.class)
                .setParameter("invoice", invoice.value()).getResultList();
    }

    @Override
    public void addDocument(TenantId tenant, InvoiceDocument document) {
        managers.of(tenant).persist(document);
    }

    @Override
    public Optional<InvoiceDocument> document(TenantId tenant, InvoiceId invoice) {
        return Optional.ofNullable(managers.of(tenant).find(InvoiceDocument.class, invoice.value()));
    }

    @Override
    public InvoiceFile keepFile(TenantId tenant, InvoiceFile file) {
        // ON CONFLICT waits for a concurrent insert of the same file to commit, then keeps that one.
        managers.of(tenant).createNativeQuery("INSERT INTO " + tenant.schemaName() + ".invoice_file (id, invoice_id,"
                        + " payment_id, kind, pdf, sha256, created_at) VALUES (?1, ?2, CAST(?3 AS uuid), ?4, ?5, ?6, ?7)"
                        + " ON CONFLICT DO NOTHING")
                .setParameter(1, file.id()).setParameter(2, file.invoiceId().value())
                .setParameter(3, file.paymentId().map(PaymentId::value).orElse(null)).setParameter(4, file.kind().name())
                .setParameter(5, file.pdf()).setParameter(6, file.sha256())
                .setParameter(7, java.sql.Timestamp.from(file.createdAt())).executeUpdate();
        return file(tenant, file.invoiceId(), file.kind(), file.paymentId().orElse(null)).orElseThrow();
    }

    @Override
    public Optional<InvoiceFile> file(TenantId tenant, InvoiceId invoice, InvoiceFileKind kind, PaymentId payment) {
        TypedQuery<InvoiceFile> query = managers.of(tenant).createQuery("SELECT f FROM InvoiceFile f WHERE f.invoiceId = :invoice"
                + " AND f.kind = :kind" + (payment == null ? "" : " AND f.paymentId = :payment"), InvoiceFile.class)
                .setParameter("invoice", invoice.value()).setParameter("kind", kind);
        if (payment != null) {
            query.setParameter("payment", payment.value());
        }
        return query.setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public void addPayment(TenantId tenant, Payment payment) {
        managers.of(tenant).persist(payment);
    }

    @Override
    public List<Payment> payments(TenantId tenant, InvoiceId invoice) {
        return managers.of(tenant).createQuery("SELECT p FROM Payment p WHERE p.invoiceId = :invoice"
                + " ORDER BY p.recordedAt, p.id", Payment.class).setParameter("invoice", invoice.value()).getResultList();
    }

    @Override
    public Optional<Payment> payment(TenantId tenant, PaymentId id) {
        return Optional.ofNullable(managers.of(tenant).find(Payment.class, id.value()));
    }

    @Override
    public Optional<Payment> paymentByExternalId(TenantId tenant, com.becflow.invoicing.PaymentKind kind, String externalId) {
        return managers.of(tenant).createQuery("SELECT p FROM Payment p WHERE p.kind = :kind AND p.externalId = :external",
                        Payment.class).setParameter("kind", kind).setParameter("external", externalId)
                .getResultStream().findFirst();
    }

    @Override
    public void append(TenantId tenant, InvoiceEvent event) {
        managers.of(tenant).persist(event);
    }

    @Override
    public com.becflow.shared.money.Money clientCredit(TenantId tenant, com.becflow.clients.ClientId client,
                                                      java.util.Currency currency) {
        Object sum = managers.of(tenant).createNativeQuery("SELECT COALESCE(SUM(CASE WHEN p.kind = 'PAYMENT' THEN -p.amount"
                        + " ELSE p.amount END), 0) FROM " + tenant.schemaName() + ".invoice_payment p JOIN " + tenant.schemaName()
                        + ".invoice i ON i.id = p.invoice_id WHERE i.client_id = ?1 AND p.currency = ?2"
                        + " AND p.method = 'CLIENT_CREDIT' AND p.kind IN ('MOVED_TO_CREDIT', 'PAYMENT', 'REFUND')")
                .setParameter(1, client.value()).setParameter(2, currency.getCurrencyCode()).getSingleResult();
        return new com.becflow.shared.money.Money(new java.math.BigDecimal(sum.toString()), currency);
    }

    @Override
    public void lockClientCredit(TenantId tenant, com.becflow.clients.ClientId client) {
        // One lock per client for this transaction; the client's own row stays free for edits meanwhile.
        managers.of(tenant).createNativeQuery("SELECT pg_advisory_xact_lock(hashtextextended(?1, 0))")
                .setParameter(1, tenant.schemaName() + ":client-credit:" + client.value()).getSingleResult();
    }

    @Override
    public boolean hasEvent(TenantId tenant, InvoiceId invoice, com.becflow.invoicing.InvoiceEventType type, String reference) {
        return !managers.of(tenant).createQuery("SELECT e.id FROM InvoiceEvent e WHERE e.invoiceId = :invoice"
                        + " AND e.type = :type AND e.reference = :reference", java.util.UUID.class)
                .setParameter("invoice", invoice.value()).setParameter("type", type).setParameter("reference", reference)
                .setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public List<InvoiceEvent> events(TenantId tenant, InvoiceId invoice) {
        return managers.of(tenant).createQuery("SELECT e FROM InvoiceEvent e WHERE e.invoiceId = :invoice"
                + " ORDER BY e.occurredAt, e.id", InvoiceEvent.class).setParameter("invoice", invoice.value()).getResultList();
    }

    @Override
    public InvoiceSettings settings(TenantId tenant) {
        return managers.of(tenant).find(InvoiceSettings.class, InvoiceSettings.ROW);
    }
}
