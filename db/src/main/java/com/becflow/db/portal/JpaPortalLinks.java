package com.becflow.db.portal;

import com.becflow.clients.ClientId;
import com.becflow.portal.PortalLink;
import com.becflow.portal.PortalLinks;
import com.becflow.shared.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Portal links in schema {@code public}: a link must be found before anyone knows its tenant. */
@ApplicationScoped
@Transactional
public class JpaPortalLinks implements PortalLinks {

    @PersistenceContext(unitName = "becflow")
    EntityManager em;

    @Override
    public void add(PortalLink link) {
        em.persist(link);
    }

    @Override
    public Optional<PortalLink> find(String tokenHash) {
        return Optional.ofNullable(em.find(PortalLink.class, tokenHash));
    }

    @Override
    public Optional<PortalLink> lock(String tokenHash) {
        return Optional.ofNullable(em.find(PortalLink.class, tokenHash, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public List<PortalLink> unrevoked(TenantId tenant, UUID subject) {
        return em.createQuery("SELECT l FROM PortalLink l WHERE l.tenantId = :tenant AND l.subjectId = :subject"
                        + " AND l.revokedAt IS NULL", PortalLink.class)
                .setParameter("tenant", tenant.value()).setParameter("subject", subject).getResultList();
    }

    @Override
    public int revokeOfClient(TenantId tenant, ClientId client, String exceptSentTo, Instant now) {
        // Links already read in this transaction would not see the bulk update: they are few, so revoke them one by one.
        List<PortalLink> open = em.createQuery("SELECT l FROM PortalLink l WHERE l.tenantId = :tenant"
                        + " AND l.clientId = :client AND l.revokedAt IS NULL", PortalLink.class)
                .setParameter("tenant", tenant.value()).setParameter("client", client.value()).getResultList();
        int revoked = 0;
        for (PortalLink link : open) {
            if (exceptSentTo == null || !link.sentTo().trim().equalsIgnoreCase(exceptSentTo.trim())) {
                link.revoke(now);
                revoked++;
            }
        }
        return revoked;
    }
}
