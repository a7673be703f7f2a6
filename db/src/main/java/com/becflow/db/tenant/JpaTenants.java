package com.becflow.db.tenant;

import com.becflow.shared.tenant.TenantId;
import com.becflow.tenancy.Tenant;
import com.becflow.tenancy.TenantSlug;
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
}
