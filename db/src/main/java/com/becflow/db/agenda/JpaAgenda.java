package com.becflow.db.agenda;

import com.becflow.shared.agenda.Agenda;
import com.becflow.shared.agenda.AgendaEntry;
import com.becflow.shared.agenda.AgendaTopic;
import com.becflow.shared.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The agenda in schema {@code public.agenda}: the round looks for due tenants before entering any. */
@ApplicationScoped
@Transactional
public class JpaAgenda implements Agenda {

    /**
     * An entry due later than this from now is not being moved by a round (rounds take only due entries), so one due
     * before a new moment is left alone, unlocked: it comes round first, after the new moment's transaction committed.
     */
    static final Duration NOT_BEING_MOVED = Duration.ofMinutes(1);

    @PersistenceContext(unitName = "becflow")
    EntityManager em;

    @Inject
    Clock clock;

    @Override
    public void expect(TenantId tenant, AgendaTopic topic, Instant at) {
        boolean comesFirst = !em.createNativeQuery("SELECT 1 FROM public.agenda WHERE tenant_id = ?1 AND topic = ?2"
                        + " AND due_at <= ?3 AND due_at > ?4")
                .setParameter(1, tenant.value()).setParameter(2, topic.name()).setParameter(3, Timestamp.from(at))
                .setParameter(4, Timestamp.from(clock.instant().plus(NOT_BEING_MOVED))).getResultList().isEmpty();
        if (comesFirst) {
            return;
        }
        // A later moment changes nothing, but the row is still locked until commit (ON CONFLICT DO UPDATE locks it
        // even when its WHERE is false), so a round moving this entry waits for this transaction to show its data.
        em.createNativeQuery("INSERT INTO public.agenda (tenant_id, topic, due_at) VALUES (?1, ?2, ?3)"
                        + " ON CONFLICT (tenant_id, topic) DO UPDATE SET due_at = EXCLUDED.due_at"
                        + " WHERE agenda.due_at > EXCLUDED.due_at")
                .setParameter(1, tenant.value()).setParameter(2, topic.name()).setParameter(3, Timestamp.from(at))
                .executeUpdate();
    }

    @Override
    public List<AgendaEntry> due(Instant now, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT tenant_id, topic, due_at FROM public.agenda WHERE due_at <= ?1"
                        + " ORDER BY due_at, tenant_id, topic LIMIT ?2")
                .setParameter(1, Timestamp.from(now)).setParameter(2, limit).getResultList();
        return rows.stream().map(JpaAgenda::entry).toList();
    }

    @Override
    public boolean lock(TenantId tenant, AgendaTopic topic) {
        return !em.createNativeQuery("SELECT due_at FROM public.agenda WHERE tenant_id = ?1 AND topic = ?2 FOR UPDATE")
                .setParameter(1, tenant.value()).setParameter(2, topic.name()).getResultList().isEmpty();
    }

    @Override
    public void reschedule(TenantId tenant, AgendaTopic topic, Optional<Instant> next) {
        if (next.isPresent()) {
            em.createNativeQuery("UPDATE public.agenda SET due_at = ?3 WHERE tenant_id = ?1 AND topic = ?2")
                    .setParameter(1, tenant.value()).setParameter(2, topic.name()).setParameter(3, Timestamp.from(next.get()))
                    .executeUpdate();
        } else {
            em.createNativeQuery("DELETE FROM public.agenda WHERE tenant_id = ?1 AND topic = ?2")
                    .setParameter(1, tenant.value()).setParameter(2, topic.name()).executeUpdate();
        }
    }

    @Override
    public void postpone(TenantId tenant, Instant until) {
        em.createNativeQuery("UPDATE public.agenda SET due_at = ?2 WHERE tenant_id = ?1 AND due_at < ?2")
                .setParameter(1, tenant.value()).setParameter(2, Timestamp.from(until)).executeUpdate();
    }

    @Override
    public void bringForward(TenantId tenant, Instant now) {
        em.createNativeQuery("UPDATE public.agenda SET due_at = ?2 WHERE tenant_id = ?1 AND due_at > ?2")
                .setParameter(1, tenant.value()).setParameter(2, Timestamp.from(now)).executeUpdate();
    }

    @Override
    public List<AgendaEntry> of(TenantId tenant) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT tenant_id, topic, due_at FROM public.agenda WHERE tenant_id = ?1"
                + " ORDER BY due_at, topic").setParameter(1, tenant.value()).getResultList();
        return rows.stream().map(JpaAgenda::entry).toList();
    }

    private static AgendaEntry entry(Object[] row) {
        return new AgendaEntry(new TenantId(UUID.fromString(row[0].toString())), AgendaTopic.valueOf((String) row[1]),
                ((Timestamp) row[2]).toInstant());
    }
}
