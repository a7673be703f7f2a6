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
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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

    private <T> TypedQuery<T> query(TenantId tenant, InvoiceFilter filter, String select, String order, Class<T> type) {
        List<String> where = new ArrayList<>();
        if (filter.client() != null) {
            where.add("i.clientId = :client");
        }
        if (filter.status() == InvoiceStatus.OVERDUE) {
            where.add("i.status IN :open AND i.dueDate < :today AND i.kind <> :creditNote");
        } else if (filter.status() != null) {
            where.add("i.status = :status");
        }
        TypedQuery<T> query = managers.of(tenant).createQuery(select
                + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where)) + order, type);
        if (filter.client() != null) {
            query.setParameter("client", filter.client().value());
        }
        if (filter.status() == InvoiceStatus.OVERDUE) {
            query.setParameter("open", List.of(InvoiceStatus.ISSUED, InvoiceStatus.VIEWED, InvoiceStatus.PARTIALLY_PAID));
            query.setParameter("today", filter.today());
            query.setParameter("creditNote", InvoiceKind.CREDIT_NOTE);
        } else if (filter.status() != null) {
            query.setParameter("status", filter.status());
        }
        return query;
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
