package com.becflow.db.tenant;

import com.becflow.shared.tenant.TenantId;
import com.becflow.tenancy.Tenant;
import com.becflow.tenancy.TenantSlug;
import com.becflow.tenancy.TenantRemoval;
import com.becflow.tenancy.Tenants;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** The tenant registry in schema {@code public}, read through the platform's own entity manager. */
@ApplicationScoped
@Transactional
public class JpaTenants implements Tenants {

    @PersistenceContext(unitName = "becflow")
    EntityManager em;

    @Override
    public Optional<Tenant> find(TenantId id) {
        return Optional.ofNullable(em.find(Tenant.class, id.value()));
    }

    @Override
    public Optional<Tenant> bySlug(TenantSlug slug) {
        return em.createQuery("SELECT t FROM Tenant t WHERE t.slug = :slug", Tenant.class)
                .setParameter("slug", slug.value()).getResultStream().findFirst();
    }

    @Override
    public boolean slugTaken(TenantSlug slug) {
        return !em.createQuery("SELECT t.id FROM Tenant t WHERE t.slug = :slug")
                .setParameter("slug", slug.value())
                .setMaxResults(1)
                .getResultList().isEmpty();
    }

    @Override
    public void add(Tenant tenant) {
        em.persist(tenant);
        em.flush();
    }

    @Override
    public Tenant update(Tenant tenant) {
        return em.merge(tenant);
    }

    @Override
    public List<Tenant> all() {
        return em.createQuery("SELECT t FROM Tenant t ORDER BY t.createdAt DESC", Tenant.class).getResultList();
    }

    @Override
    public void remove(TenantRemoval removal) {
        java.util.UUID id = removal.tenant().value();
        // Children first: each of these tables refers to the tenant row.
        for (String table : List.of("agenda", "mail_outbox", "portal_link", "document_fingerprint", "payment_account",
                "payment_notification")) {
            em.createNativeQuery("DELETE FROM public." + table + " WHERE tenant_id = ?1").setParameter(1, id)
                    .executeUpdate();
        }
        em.createNativeQuery("DELETE FROM public.tenant WHERE id = ?1").setParameter(1, id).executeUpdate();
        em.createNativeQuery("INSERT INTO public.tenant_removal (tenant_id, slug, display_name, reason, signed_up_at,"
                        + " removed_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (tenant_id) DO NOTHING")
                .setParameter(1, id).setParameter(2, removal.slug().value()).setParameter(3, removal.displayName())
                .setParameter(4, removal.reason().name()).setParameter(5, java.sql.Timestamp.from(removal.signedUpAt()))
                .setParameter(6, java.sql.Timestamp.from(removal.removedAt())).executeUpdate();
    }
}
