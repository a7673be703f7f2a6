package com.becflow.db.tenant;

import com.becflow.shared.tenant.TenantId;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import jakarta.persistence.SynchronizationType;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.persistence.config.PersistenceUnitProperties;

/**
 * Entity managers bound to one tenant's schema. EclipseLink's table-per-tenant mapping prefixes every
 * table with the schema named by {@code eclipselink.tenant-id}; that property is fixed when the manager
 * is created, so a manager can never drift to another tenant. One manager per tenant and transaction,
 * joined to the JTA transaction.
 *
 * <p>A new manager makes EclipseLink copy and initialise every table-per-tenant descriptor for its tenant,
 * which cost a fifth of the server's time when issuing invoices. So a manager whose transaction committed is
 * kept for the next transaction of the same tenant (at most {@value #MAX_IDLE_PER_TENANT} per tenant and
 * {@value #MAX_IDLE} in all, the least recently used tenants' first to go). On reuse it is cleared, with its
 * isolated cache, inside the new transaction, so nothing read earlier is ever served again. A manager whose
 * transaction rolled back is closed, never reused. Entities here have no lazy relationships, so nothing
 * read in one transaction can reach a manager after it went to another.
 *
 * <p>A manager is kept from this class's own completion callback, which the container may call before
 * EclipseLink's for the same transaction. Until EclipseLink's has run, the manager still counts as joined to the
 * committed transaction: joining it to another then registers nothing, and what that transaction writes
 * through it is never flushed (clients added by concurrent requests were lost). So a manager is taken again
 * only once it reports itself joined to no transaction; a manager that is not there yet waits in the pool.
 */
@ApplicationScoped
public class TenantEntityManagers {

    static final int MAX_IDLE_PER_TENANT = 8;
    static final int MAX_IDLE = 64;
    private static final Logger LOG = Logger.getLogger(TenantEntityManagers.class.getName());

    @PersistenceUnit(unitName = "becflow")
    EntityManagerFactory factory;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** Idle managers by schema, least recently used schema first; guarded by itself. */
    private final LinkedHashMap<String, ArrayDeque<EntityManager>> idle = new LinkedHashMap<>(16, 0.75f, true);
    private int idleCount; // guarded by idle
    private final AtomicLong created = new AtomicLong();

    public EntityManager of(TenantId tenant) {
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            throw new IllegalStateException("Tenant data is only touched inside a transaction");
        }
        String schema = tenant.schemaName();
        String key = TenantEntityManagers.class.getName() + ":" + schema;
        EntityManager existing = (EntityManager) transactions.getResource(key);
        if (existing != null) {
            return existing;
        }
        EntityManager em = takeIdle(schema);
        if (em == null) {
            created.incrementAndGet();
            em = factory.createEntityManager(SynchronizationType.SYNCHRONIZED,
                    Map.of(PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT, schema));
            em.joinTransaction();
        } else {
            em.joinTransaction();
            // Inside the transaction, clearing keeps the manager's tenant descriptors but drops every entity and
            // the isolated cache of earlier transactions.
            em.clear();
        }
        EntityManager joined = em;
        transactions.putResource(key, joined);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    keepIdle(schema, joined);
                } else {
                    closeQuietly(joined);
                }
            }
        });
        return joined;
    }

    /** Managers created since the server started: what keeping them saves shows here. */
    public long managersCreated() {
        return created.get();
    }

    private EntityManager takeIdle(String schema) {
        synchronized (idle) {
            ArrayDeque<EntityManager> managers = idle.get(schema);
            if (managers == null) {
                return null;
            }
            EntityManager em = null;
            for (Iterator<EntityManager> each = managers.iterator(); each.hasNext(); ) {
                EntityManager candidate = each.next();
                if (!candidate.isJoinedToTransaction()) {
                    each.remove();
                    em = candidate;
                    break;
                }
            }
            if (managers.isEmpty()) {
                idle.remove(schema);
            }
            if (em != null) {
                idleCount--;
            }
            return em;
        }
    }

    private void keepIdle(String schema, EntityManager em) {
        List<EntityManager> evicted = new ArrayList<>();
        synchronized (idle) {
            ArrayDeque<EntityManager> managers = idle.computeIfAbsent(schema, s -> new ArrayDeque<>());
            if (managers.size() >= MAX_IDLE_PER_TENANT) {
                evicted.add(em);
            } else {
                managers.addFirst(em);
                idleCount++;
                Iterator<Map.Entry<String, ArrayDeque<EntityManager>>> leastRecent = idle.entrySet().iterator();
                while (idleCount > MAX_IDLE && leastRecent.hasNext()) {
                    ArrayDeque<EntityManager> oldest = leastRecent.next().getValue();
                    while (idleCount > MAX_IDLE && !oldest.isEmpty()) {
                        evicted.add(oldest.pollLast());
                        idleCount--;
                    }
                    if (oldest.isEmpty()) {
                        leastRecent.remove();
                    }
                }
            }
        }
        evicted.forEach(TenantEntityManagers::closeQuietly);
    }

    @PreDestroy
    void closeIdle() {
        List<EntityManager> all = new ArrayList<>();
        synchronized (idle) {
            idle.values().forEach(all::addAll);
            idle.clear();
            idleCount = 0;
        }
        all.forEach(TenantEntityManagers::closeQuietly);
    }

    private static void closeQuietly(EntityManager em) {
        try {
            if (em.isOpen()) {
                em.close();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Could not close a tenant entity manager", e);
        }
    }
}
