package com.becflow.db.payments;

import com.becflow.db.tenant.TenantEntityManagers;
import com.becflow.invoicing.InvoiceId;
import com.becflow.invoicing.payments.PaymentAccount;
import com.becflow.invoicing.payments.PaymentAttempt;
import com.becflow.invoicing.payments.PaymentAttemptKind;
import com.becflow.invoicing.payments.PaymentAttemptStatus;
import com.becflow.invoicing.payments.PaymentAttempts;
import com.becflow.invoicing.payments.PaymentGateway;
import com.becflow.shared.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Attempts in the tenant's schema; accounts and the record of applied notifications in schema public. */
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

    @Override
    public boolean store(PaymentGateway.Notification n, Instant now) {
        return em.createNativeQuery("INSERT INTO public.payment_notification (event_id, type, account_id, object_type,"
                        + " object_id, created_at, received_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT (event_id) DO NOTHING")
                .setParameter(1, n.id()).setParameter(2, n.type()).setParameter(3, n.accountId())
                .setParameter(4, n.objectType()).setParameter(5, n.objectId())
                .setParameter(6, Timestamp.from(n.created() == null ? now : n.created()))
                .setParameter(7, Timestamp.from(now)).executeUpdate() == 1;
    }

    @Override
    public Optional<PaymentGateway.Notification> claimUnapplied(String eventId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT event_id, type, account_id, object_type, object_id, created_at"
                        + " FROM public.payment_notification WHERE event_id = ?1 AND applied_at IS NULL FOR UPDATE SKIP LOCKED")
                .setParameter(1, eventId).getResultList();
        return rows.stream().findFirst().map(r -> {
            String type = (String) r[1];
            String objectId = (String) r[4];
            Instant created = r[5] == null ? null : ((java.sql.Timestamp) r[5]).toInstant();
            return new PaymentGateway.Notification((String) r[0], type, (String) r[2], (String) r[3], objectId, created,
                    type.startsWith("checkout.session.") ? Optional.ofNullable(objectId) : Optional.empty());
        });
    }

    @Override
    public void markApplied(String eventId, Instant now) {
        em.createNativeQuery("UPDATE public.payment_notification SET applied_at = ?2 WHERE event_id = ?1")
                .setParameter(1, eventId).setParameter(2, Timestamp.from(now)).executeUpdate();
    }

    @Override
    public void recordFailure(String eventId, String failure) {
        em.createNativeQuery("UPDATE public.payment_notification SET failures = failures + 1, last_failure = ?2"
                        + " WHERE event_id = ?1")
                .setParameter(1, eventId).setParameter(2, failure.length() > 1000 ? failure.substring(0, 1000) : failure)
                .executeUpdate();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<String> unappliedBefore(Instant moment, int limit) {
        return em.createNativeQuery("SELECT event_id FROM public.payment_notification WHERE applied_at IS NULL"
                        + " AND received_at < ?1 ORDER BY received_at LIMIT ?2")
                .setParameter(1, Timestamp.from(moment)).setParameter(2, limit).getResultList();
    }
}
