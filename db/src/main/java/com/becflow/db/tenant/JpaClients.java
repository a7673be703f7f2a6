package com.becflow.db.tenant;

import com.becflow.clients.Client;
import com.becflow.clients.ClientId;
import com.becflow.clients.ClientPage;
import com.becflow.clients.ClientSearch;
import com.becflow.clients.Clients;
import com.becflow.shared.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

@ApplicationScoped
public class JpaClients implements Clients {

    private final TenantEntityManagers managers;

    @Inject
    public JpaClients(TenantEntityManagers managers) {
        this.managers = managers;
    }

    protected JpaClients() {
        this(null);
    }

    @Override
    public Optional<Client> find(TenantId tenant, ClientId id) {
        return Optional.ofNullable(managers.of(tenant).find(Client.class, id.value()));
    }

    @Override
    public ClientPage search(TenantId tenant, ClientSearch search) {
        String order = " ORDER BY " + column(search) + (search.ascending() ? " ASC" : " DESC") + ", c.id ASC";
        List<Client> page = matching(managers.of(tenant), "SELECT c", order, Client.class, search)
                .setFirstResult(search.offset())
                .setMaxResults(search.size())
                .getResultList();
        return new ClientPage(page, count(tenant, search));
    }

    @Override
    public long count(TenantId tenant, ClientSearch search) {
        return matching(managers.of(tenant), "SELECT COUNT(c)", "", Long.class, search).getSingleResult();
    }

    /** The clients a search matches: archived only when asked for, text in name, email or company. */
    private static <T> TypedQuery<T> matching(EntityManager em, String select, String order, Class<T> type,
                                              ClientSearch search) {
        String where = " WHERE (:archived = TRUE OR c.archived = FALSE)"
                + " AND (:pattern IS NULL OR LOWER(c.name) LIKE :pattern ESCAPE '\\'"
                + " OR LOWER(c.email) LIKE :pattern ESCAPE '\\' OR LOWER(c.company) LIKE :pattern ESCAPE '\\')";
        return em.createQuery(select + " FROM Client c" + where + order, type)
                .setParameter("archived", search.includeArchived())
                .setParameter("pattern", likePattern(search.text()));
    }

    @Override
    public void add(TenantId tenant, Client client) {
        managers.of(tenant).persist(client);
    }

    private static String column(ClientSearch search) {
        return switch (search.sort()) {
            case NAME -> "LOWER(c.name)";
            case EMAIL -> "LOWER(c.email)";
            case COMPANY -> "LOWER(c.company)";
            case CREATED -> "c.createdAt";
        };
    }

    private static String likePattern(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String escaped = text.trim().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
