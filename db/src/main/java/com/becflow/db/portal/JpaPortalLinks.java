package com.becflow.db.portal;

import com.becflow.portal.PortalLink;
import com.becflow.portal.PortalLinks;
import com.becflow.shared.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
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
    public List<PortalLink> unrevoked(TenantId tenant, UUID subject) {
        return em.createQuery("SELECT l FROM PortalLink l WHERE l.tenantId = :tenant AND l.subjectId = :subject"
                        + " AND l.revokedAt IS NULL", PortalLink.class)
                .setParameter("tenant", tenant.value()).setParameter("subject", subject).getResultList();
    }
}
