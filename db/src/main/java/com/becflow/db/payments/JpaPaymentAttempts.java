package com.becflow.db.payments;

import com.becflow.db.tenant.TenantEntityManagers;
import com.becflow.invoicing.InvoiceId;
import com.becflow.invoicing.payments.PaymentAccount;
import com.becflow.invoicing.payments.PaymentAttempt;
import com.becflow.invoicing.payments.PaymentAttemptKind;
import com.becflow.invoicing.payments.PaymentAttemptStatus;
import com.becflow.invoicing.payments.PaymentAttempts;
import com.becflow.shared.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Attempts in the tenant's schema; the tenants' accounts in schema public. */
@ApplicationScoped
@Transactional
public class JpaPaymentAttempts implements PaymentAttempts {

    private static final List<PaymentAttemptStatus> UNSETTLED = List.of(PaymentAttemptStatus.CREATING,
            PaymentAttemptStatus.UNKNOWN, PaymentAttemptStatus.OPEN, PaymentAttemptStatus.PROCESSING);

    @PersistenceContext(unitName = "becflow")
    EntityManager em;

    @Inject
    TenantEntityManagers managers;

    @Override
    public void add(TenantId tenant, PaymentAttempt attempt) {
        managers.of(tenant).persist(attempt);
    }

    @Override
    public Optional<PaymentAttempt> find(TenantId tenant, UUID id) {
        return Optional.ofNullable(managers.of(tenant).find(PaymentAttempt.class, id));
    }

    @Override
    public void refresh(TenantId tenant, PaymentAttempt attempt) {
        managers.of(tenant).refresh(attempt);
    }

    @Override
    public Optional<PaymentAttempt> byProviderId(TenantId tenant, String providerId) {
        return managers.of(tenant).createQuery("SELECT a FROM PaymentAttempt a WHERE a.providerId = :id", PaymentAttempt.class)
                .setParameter("id", providerId).getResultStream().findFirst();
    }

    @Override
    public List<PaymentAttempt> unsettled(TenantId tenant, InvoiceId invoice, PaymentAttemptKind kind) {
        return managers.of(tenant).createQuery("SELECT a FROM PaymentAttempt a WHERE a.invoiceId = :invoice AND a.kind = :kind"
                        + " AND a.status IN :unsettled ORDER BY a.createdAt, a.id", PaymentAttempt.class)
                .setParameter("invoice", invoice.value()).setParameter("kind", kind).setParameter("unsettled", UNSETTLED)
                .getResultList();
    }

    @Override
    public List<PaymentAttempt> unsettledBefore(TenantId tenant, Instant moment, int limit) {
        return managers.of(tenant).createQuery("SELECT a FROM PaymentAttempt a WHERE a.status IN :unsettled"
                        + " AND a.updatedAt < :moment ORDER BY a.updatedAt, a.id", PaymentAttempt.class)
                .setParameter("unsettled", UNSETTLED).setParameter("moment", moment).setMaxResults(limit).getResultList();
    }

    @Override
    public Optional<PaymentAccount> account(TenantId tenant) {
        return Optional.ofNullable(em.find(PaymentAccount.class, tenant.value()));
    }

    @Override
    public Optional<PaymentAccount> accountById(String accountId) {
        return em.createQuery("SELECT a FROM PaymentAccount a WHERE a.accountId = :id", PaymentAccount.class)
                .setParameter("id", accountId).getResultStream().findFirst();
    }

    @Override
    public void addAccount(PaymentAccount account) {
        em.persist(account);
    }
}
