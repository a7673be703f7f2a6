package com.becflow.db.tenant;

import com.becflow.shared.tenant.TenantId;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import jakarta.persistence.SynchronizationType;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Map;
import org.eclipse.persistence.config.PersistenceUnitProperties;

/**
 * Entity managers bound to one tenant's schema. EclipseLink's table-per-tenant mapping prefixes every
 * table with the schema named by {@code eclipselink.tenant-id}; that property is fixed when the manager
 * is created, so a manager can never drift to another tenant. One manager per tenant and transaction,
 * joined to the JTA transaction and closed when it completes.
 */
@ApplicationScoped
public class TenantEntityManagers {

    @PersistenceUnit(unitName = "becflow")
    EntityManagerFactory factory;

    @Resource
    TransactionSynchronizationRegistry transactions;

    public EntityManager of(TenantId tenant) {
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            throw new IllegalStateException("Tenant data is only touched inside a transaction");
        }
        String key = TenantEntityManagers.class.getName() + ":" + tenant.schemaName();
        EntityManager existing = (EntityManager) transactions.getResource(key);
        if (existing != null) {
            return existing;
        }
        EntityManager em = factory.createEntityManager(SynchronizationType.SYNCHRONIZED,
                Map.of(PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT, tenant.schemaName()));
        em.joinTransaction();
        transactions.putResource(key, em);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                em.close();
            }
        });
        return em;
    }
}
