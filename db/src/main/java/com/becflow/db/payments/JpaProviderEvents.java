package com.becflow.db.payments;

import com.becflow.invoicing.payments.PaymentGateway.ProviderEvent;
import com.becflow.invoicing.payments.ProviderEvents;
import com.becflow.shared.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Provider events in schema {@code public.payment_notification}: they name an account before anyone knows the tenant. */
@ApplicationScoped
@Transactional
public class JpaProviderEvents implements ProviderEvents {

    /** A new event is left to the worker that stored it for this long before the housekeeping job takes it too. */
    static final Duration WORKER_GRACE = Duration.ofSeconds(30);

    private static final String PENDING = "applied_at IS NULL AND dead_at IS NULL";

    @PersistenceContext(unitName = "becflow")
    EntityManager em;

    @Override
    public boolean store(ProviderEvent e, Instant now) {
        return em.createNativeQuery("INSERT INTO public.payment_notification (event_id, type, kind, account_id, object_id,"
                        + " created_at, received_at, next_attempt_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"
                        + " ON CONFLICT (event_id) DO NOTHING")
                .setParameter(1, e.id()).setParameter(2, e.providerType()).setParameter(3, e.kind().name())
                .setParameter(4, e.accountId()).setParameter(5, e.objectId())
                .setParameter(6, Timestamp.from(e.created() == null ? now : e.created()))
                .setParameter(7, Timestamp.from(now)).setParameter(8, Timestamp.from(now.plus(WORKER_GRACE)))
                .executeUpdate() == 1;
    }

    @Override
    public Optional<ProviderEvent> pending(String eventId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT event_id, kind, account_id, object_id, created_at, type"
                + " FROM public.payment_notification WHERE event_id = ?1 AND " + PENDING).setParameter(1, eventId)
                .getResultList();
        return rows.stream().findFirst().map(r -> new ProviderEvent((String) r[0], ProviderEvent.Kind.valueOf((String) r[1]),
                (String) r[2], (String) r[3], r[4] == null ? null : ((Timestamp) r[4]).toInstant(), (String) r[5]));
    }

    @Override
    public boolean claim(String eventId) {
        return !em.createNativeQuery("SELECT event_id FROM public.payment_notification WHERE event_id = ?1 AND " + PENDING
                + " FOR UPDATE SKIP LOCKED").setParameter(1, eventId).getResultList().isEmpty();
    }

    @Override
    public void markApplied(String eventId, Instant now) {
        em.createNativeQuery("UPDATE public.payment_notification SET applied_at = ?2, held_for_tenant = NULL"
                + " WHERE event_id = ?1").setParameter(1, eventId).setParameter(2, Timestamp.from(now)).executeUpdate();
    }

    @Override
    public void hold(String eventId, TenantId tenant, Instant until) {
        em.createNativeQuery("UPDATE public.payment_notification SET held_for_tenant = ?2, tenant_id = ?2,"
                        + " next_attempt_at = ?3 WHERE event_id = ?1 AND " + PENDING)
                .setParameter(1, eventId).setParameter(2, tenant.value()).setParameter(3, Timestamp.from(until))
                .executeUpdate();
    }

    @Override
    public int release(TenantId tenant, Instant now) {
        return em.createNativeQuery("UPDATE public.payment_notification SET next_attempt_at = ?2"
                        + " WHERE held_for_tenant = ?1 AND " + PENDING)
                .setParameter(1, tenant.value()).setParameter(2, Timestamp.from(now)).executeUpdate();
    }

    @Override
    public void recordFailure(String eventId, String failure, Instant retryAt, boolean dead, Instant now) {
        em.createNativeQuery("UPDATE public.payment_notification SET failures = failures + 1, last_failure = ?2,"
                        + " next_attempt_at = ?3 WHERE event_id = ?1")
                .setParameter(1, eventId).setParameter(2, failure.length() > 1000 ? failure.substring(0, 1000) : failure)
                .setParameter(3, Timestamp.from(retryAt)).executeUpdate();
        if (dead) {
            // A separate statement: a null bound to a native query's parameter has no type PostgreSQL accepts.
            em.createNativeQuery("UPDATE public.payment_notification SET dead_at = ?2 WHERE event_id = ?1")
                    .setParameter(1, eventId).setParameter(2, Timestamp.from(now)).executeUpdate();
        }
    }

    @Override
    public int failures(String eventId) {
        List<?> rows = em.createNativeQuery("SELECT failures FROM public.payment_notification WHERE event_id = ?1")
                .setParameter(1, eventId).getResultList();
        return rows.isEmpty() ? 0 : ((Number) rows.get(0)).intValue();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<String> due(Instant now, int limit) {
        return em.createNativeQuery("SELECT event_id FROM public.payment_notification WHERE " + PENDING
                        + " AND next_attempt_at <= ?1 ORDER BY next_attempt_at LIMIT ?2")
                .setParameter(1, Timestamp.from(now)).setParameter(2, limit).getResultList();
    }

    @Override
    public List<DeadEvent> dead(int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT event_id, kind, type, account_id, object_id, received_at,"
                        + " failures, last_failure, dead_at FROM public.payment_notification WHERE dead_at IS NOT NULL"
                        + " AND applied_at IS NULL ORDER BY dead_at DESC LIMIT ?1").setParameter(1, limit).getResultList();
        return rows.stream().map(r -> new DeadEvent((String) r[0], ProviderEvent.Kind.valueOf((String) r[1]), (String) r[2],
                (String) r[3], (String) r[4], ((Timestamp) r[5]).toInstant(), ((Number) r[6]).intValue(), (String) r[7],
                ((Timestamp) r[8]).toInstant())).toList();
    }

    @Override
    public boolean replay(String eventId, Instant now) {
        return em.createNativeQuery("UPDATE public.payment_notification SET dead_at = NULL, failures = 0,"
                        + " next_attempt_at = ?2 WHERE event_id = ?1 AND dead_at IS NOT NULL AND applied_at IS NULL")
                .setParameter(1, eventId).setParameter(2, Timestamp.from(now)).executeUpdate() == 1;
    }
}
