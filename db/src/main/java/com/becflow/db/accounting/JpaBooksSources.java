package com.becflow.db.accounting;

import com.becflow.accounting.BooksSources;
import com.becflow.clients.Client;
import com.becflow.db.tenant.TenantEntityManagers;
import com.becflow.invoicing.Invoice;
import com.becflow.invoicing.InvoiceKind;
import com.becflow.invoicing.InvoiceStatus;
import com.becflow.invoicing.Payment;
import com.becflow.invoicing.PaymentKind;
import com.becflow.shared.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** What belongs in the books, read with one query per kind of object. */
@ApplicationScoped
public class JpaBooksSources implements BooksSources {

    private final TenantEntityManagers managers;

    @Inject
    public JpaBooksSources(TenantEntityManagers managers) {
        this.managers = managers;
    }

    protected JpaBooksSources() {
        this(null);
    }

    @Override
    public List<Client> clients(TenantId tenant) {
        return managers.of(tenant).createQuery("SELECT c FROM Client c ORDER BY c.createdAt, c.id", Client.class)
                .getResultList();
    }

    @Override
    public List<Invoice> issuedInvoices(TenantId tenant) {
        return managers.of(tenant).createQuery("SELECT i FROM Invoice i WHERE i.status <> :draft AND i.kind <> :credit"
                        + " ORDER BY i.issuedAt, i.id", Invoice.class)
                .setParameter("draft", InvoiceStatus.DRAFT).setParameter("credit", InvoiceKind.CREDIT_NOTE)
                .getResultList();
    }

    @Override
    public List<Payment> receivedPayments(TenantId tenant) {
        return managers.of(tenant).createQuery("SELECT p FROM Payment p WHERE p.kind = :kind ORDER BY p.recordedAt, p.id",
                        Payment.class)
                .setParameter("kind", PaymentKind.PAYMENT).getResultList();
    }

    @Override
    public List<Invoice> issuedCreditNotes(TenantId tenant) {
        return managers.of(tenant).createQuery("SELECT i FROM Invoice i WHERE i.status <> :draft AND i.kind = :credit"
                        + " ORDER BY i.issuedAt, i.id", Invoice.class)
                .setParameter("draft", InvoiceStatus.DRAFT).setParameter("credit", InvoiceKind.CREDIT_NOTE)
                .getResultList();
    }

    @Override
    public List<Payment> moneyGivenBack(TenantId tenant) {
        return managers.of(tenant).createQuery("SELECT p FROM Payment p WHERE p.kind IN :kinds"
                        + " ORDER BY p.recordedAt, p.id", Payment.class)
                .setParameter("kinds", List.of(PaymentKind.REFUND, PaymentKind.CHARGEBACK, PaymentKind.EARLY_PAYMENT_DISCOUNT)).getResultList();
    }

    @Override
    public List<Payment> lateFees(TenantId tenant) {
        return managers.of(tenant).createQuery("SELECT p FROM Payment p WHERE p.kind IN :kinds"
                        + " ORDER BY p.recordedAt, p.id", Payment.class)
                .setParameter("kinds", List.of(PaymentKind.LATE_FEE, PaymentKind.LATE_FEE_WAIVER)).getResultList();
    }
}
