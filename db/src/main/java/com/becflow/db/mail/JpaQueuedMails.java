package com.becflow.db.mail;

import static com.becflow.db.NativeColumns.instant;
import static com.becflow.db.NativeColumns.uuid;

import com.becflow.shared.mail.ClaimedMail;
import com.becflow.shared.mail.MailDelivery;
import com.becflow.shared.mail.MailId;
import com.becflow.shared.mail.MailTopic;
import com.becflow.shared.mail.QueuedMail;
import com.becflow.shared.mail.QueuedMails;
import com.becflow.shared.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import java.util.UUID;

/** The outbox in schema {@code public}, in plain SQL: claiming needs {@code FOR UPDATE SKIP LOCKED}. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class JpaQueuedMails implements QueuedMails {

    private static final String DELIVERY = "SELECT id, topic, subject_id, recipient, subject, state, queued_at, attempts,"
            + " next_attempt_at, sent_at, failed_at, last_error FROM public.mail_outbox";

    private static final String CLAIMED = "m.id, m.tenant_id, m.topic, m.subject_id, m.recipient, m.subject, m.sealed_body,"
            + " m.queued_at, m.attempts";

    @PersistenceContext(unitName = "becflow")
    EntityManager em;

    @Override
    public void add(QueuedMail mail) {
        em.createNativeQuery("INSERT INTO public.mail_outbox (id, tenant_id, topic, subject_id, recipient, subject,"
                        + " sealed_body, state, queued_at, next_attempt_at) VALUES (CAST(?1 AS uuid), CAST(?2 AS uuid), ?3,"
                        + " CAST(?4 AS uuid), ?5, ?6, ?7, 'QUEUED', ?8, ?9)")
                .setParameter(1, mail.id().toString()).setParameter(2, mail.tenant().toString())
                .setParameter(3, mail.topic().kind().name()).setParameter(4, mail.topic().id().toString())
                .setParameter(5, mail.to()).setParameter(6, mail.subject()).setParameter(7, mail.sealedBody())
                .setParameter(8, Timestamp.from(mail.queuedAt())).setParameter(9, Timestamp.from(mail.queuedAt()))
                .executeUpdate();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<ClaimedMail> claim(Instant now, UUID lease, Instant leasedUntil, int limit) {
        // A leased row's next_attempt_at is its lease's end: when a worker dies, its mail falls due again by itself.
        // Mail of a tenant whose owner has not proven their address waits: nobody mails clients under an unproven name.
        List<Object[]> rows = em.createNativeQuery("WITH due AS (SELECT id FROM public.mail_outbox o"
                        + " WHERE state = 'QUEUED' AND next_attempt_at <= ?1 AND EXISTS (SELECT 1 FROM public.tenant t"
                        + " WHERE t.id = o.tenant_id AND t.owner_email_verified_at IS NOT NULL)"
                        + " ORDER BY next_attempt_at LIMIT ?2"
                        + " FOR UPDATE SKIP LOCKED)"
                        + " UPDATE public.mail_outbox m SET lease = CAST(?3 AS uuid), next_attempt_at = ?4,"
                        + " attempts = m.attempts + 1 FROM due WHERE m.id = due.id RETURNING " + CLAIMED)
                .setParameter(1, Timestamp.from(now)).setParameter(2, limit).setParameter(3, lease.toString())
                .setParameter(4, Timestamp.from(leasedUntil)).getResultList();
        return rows.stream().map(r -> new ClaimedMail(new QueuedMail(new MailId(uuid(r[0])), new TenantId(uuid(r[1])),
                new MailTopic(MailTopic.Kind.valueOf((String) r[2]), uuid(r[3])), (String) r[4], (String) r[5],
                (byte[]) r[6], instant(r[7])), ((Number) r[8]).intValue(), lease, leasedUntil))
                .sorted(java.util.Comparator.comparing(c -> c.mail().queuedAt()))
                .toList();
    }

    @Override
    public boolean markSent(ClaimedMail claimed, Instant at) {
        return em.createNativeQuery("UPDATE public.mail_outbox SET state = 'SENT', sent_at = ?3, sealed_body = NULL,"
                        + " lease = NULL WHERE id = CAST(?1 AS uuid) AND lease = CAST(?2 AS uuid)")
                .setParameter(1, claimed.mail().id().toString()).setParameter(2, claimed.lease().toString())
                .setParameter(3, Timestamp.from(at)).executeUpdate() == 1;
    }

    @Override
    public boolean retryAt(ClaimedMail claimed, Instant next, String reason) {
        return em.createNativeQuery("UPDATE public.mail_outbox SET next_attempt_at = ?3, last_error = ?4, lease = NULL"
                        + " WHERE id = CAST(?1 AS uuid) AND lease = CAST(?2 AS uuid)")
                .setParameter(1, claimed.mail().id().toString()).setParameter(2, claimed.lease().toString())
                .setParameter(3, Timestamp.from(next)).setParameter(4, reason).executeUpdate() == 1;
    }

    @Override
    public boolean markFailed(ClaimedMail claimed, Instant at, String reason) {
        return em.createNativeQuery("UPDATE public.mail_outbox SET state = 'FAILED', failed_at = ?3, last_error = ?4,"
                        + " sealed_body = NULL, lease = NULL WHERE id = CAST(?1 AS uuid) AND lease = CAST(?2 AS uuid)")
                .setParameter(1, claimed.mail().id().toString()).setParameter(2, claimed.lease().toString())
                .setParameter(3, Timestamp.from(at)).setParameter(4, reason).executeUpdate() == 1;
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRED)
    @SuppressWarnings("unchecked")
    public List<MailDelivery> about(TenantId tenant, UUID subject) {
        return deliveries(em.createNativeQuery(DELIVERY + " WHERE tenant_id = CAST(?1 AS uuid) AND subject_id = CAST(?2 AS"
                + " uuid) ORDER BY queued_at, id").setParameter(1, tenant.toString()).setParameter(2, subject.toString())
                .getResultList());
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRED)
    @SuppressWarnings("unchecked")
    public List<MailDelivery> aboutAny(TenantId tenant, Collection<UUID> subjects, int limit) {
        // Through mail_outbox_subject_idx: one index range per subject, whatever the table holds of other tenants.
        return deliveries(em.createNativeQuery(DELIVERY + " WHERE tenant_id = CAST(?1 AS uuid) AND subject_id ="
                        + " ANY(CAST(?2 AS uuid[])) ORDER BY queued_at DESC, id DESC LIMIT ?3")
                .setParameter(1, tenant.toString())
                .setParameter(2, subjects.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}")))
                .setParameter(3, limit).getResultList());
    }

    private static List<MailDelivery> deliveries(List<Object[]> rows) {
        return rows.stream().map(r -> {
            MailDelivery.State state = MailDelivery.State.valueOf((String) r[5]);
            return new MailDelivery(new MailId(uuid(r[0])), new MailTopic(MailTopic.Kind.valueOf((String) r[1]), uuid(r[2])),
                    (String) r[3], (String) r[4], state, instant(r[6]), ((Number) r[7]).intValue(),
                    state == MailDelivery.State.QUEUED ? instant(r[8]) : null, instant(r[9]), instant(r[10]), (String) r[11]);
        }).toList();
    }
}
