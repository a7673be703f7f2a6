package com.becflow.db.accounting;

import com.becflow.accounting.BooksDirectory;
import com.becflow.accounting.BooksVendor;
import com.becflow.shared.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/** The directory in schema {@code public.books_directory}, the only books data outside a tenant's schema. */
@ApplicationScoped
@Transactional
public class JpaBooksDirectory implements BooksDirectory {

    @PersistenceContext(unitName = "becflow")
    EntityManager em;

    @Override
    public void register(BooksVendor vendor, String organisationId, TenantId tenant) {
        em.createNativeQuery("INSERT INTO public.books_directory (vendor, organisation_id, tenant_id) VALUES (?1, ?2, ?3)"
                        + " ON CONFLICT DO NOTHING")
                .setParameter(1, vendor.name()).setParameter(2, organisationId).setParameter(3, tenant.value())
                .executeUpdate();
    }

    @Override
    public List<TenantId> tenantsOf(BooksVendor vendor, String organisationId) {
        @SuppressWarnings("unchecked")
        List<Object> rows = em.createNativeQuery("SELECT tenant_id FROM public.books_directory WHERE vendor = ?1"
                        + " AND organisation_id = ?2 ORDER BY tenant_id")
                .setParameter(1, vendor.name()).setParameter(2, organisationId).getResultList();
        return rows.stream().map(r -> new TenantId(r instanceof UUID u ? u : UUID.fromString(r.toString()))).toList();
    }
}
