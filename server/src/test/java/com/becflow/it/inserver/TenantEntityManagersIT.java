package com.becflow.it.inserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.becflow.clients.Client;
import com.becflow.clients.ClientSearch;
import com.becflow.clients.ClientSort;
import com.becflow.clients.app.ClientService;
import com.becflow.clients.app.SaveClient;
import com.becflow.db.tenant.TenantEntityManagers;
import com.becflow.shared.tenant.TenantContext;
import com.becflow.shared.tenant.TenantId;
import com.becflow.shared.tenant.UserId;
import com.becflow.tenancy.Tenant;
import com.becflow.tenancy.TenantSlug;
import com.becflow.tenancy.app.TenantRegistry;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.UserTransaction;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The tenant entity managers kept between transactions: reused, and never handed over before EclipseLink let go. */
@ExtendWith(ArquillianExtension.class)
class TenantEntityManagersIT {

    @Deployment
    static WebArchive workspace() {
        return InServerArchive.everyInServerTest();
    }

    @Inject
    TenantRegistry registry;

    @Inject
    ClientService clients;

    @Inject
    TenantEntityManagers managers;

    @Inject
    Clock clock;

    @Resource
    UserTransaction transaction;

    @Resource
    TransactionSynchronizationRegistry synchronizations;

    @Resource
    ManagedExecutorService otherThreads;

    /*
     * The container tells this class's callback that a transaction committed before it tells EclipseLink's (whose is
     * registered at the manager's first use, after ours). A request that starts in between, as the one started here
     * from a callback in that gap, must not be given the manager: EclipseLink still counts it as joined to the
     * committed transaction, so it would not join the new one and the client added would never be written.
     */
    @Test
    void aRequestThatStartsWhileEclipseLinkStillFinishesTheLastTransactionKeepsWhatItWrites() throws Exception {
        Tenant tenant = newTenant("Hand-over");
        transaction.begin();
        managers.of(tenant.id());
        synchronizations.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                try {
                    otherThreads.submit(() -> clients.add(client("Added in the gap"), enter(tenant))).get();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        });
        clients.add(client("Added first"), enter(tenant));
        transaction.commit();

        assertEquals(List.of("Added first", "Added in the gap"),
                clients.search(byName(), enter(tenant)).items().stream().map(Client::name).toList());
    }

    @Test
    void aTenantsSequentialTransactionsReuseOneManager() {
        Tenant tenant = newTenant("Reuse");
        clients.add(client("Only"), enter(tenant));
        long before = managers.managersCreated();
        for (int i = 0; i < 20; i++) {
            assertEquals(1, clients.search(byName(), enter(tenant)).total());
        }
        // The count is the server's: its background work may add a manager or two for other tenants meanwhile.
        long created = managers.managersCreated() - before;
        assertTrue(created <= 3, "20 transactions created " + created + " managers");
    }

    private Tenant newTenant(String name) {
        TenantId id = TenantId.newId();
        return registry.ensureExists(Tenant.active(id, new TenantSlug("it-" + id.value()), name,
                ZoneId.of("Europe/Berlin"), Currency.getInstance("EUR"), "owner-" + id.value() + "@it.becflow.test", clock));
    }

    private TenantContext enter(Tenant tenant) {
        return registry.enter(tenant.id(), new UserId("it"));
    }

    private static SaveClient client(String name) {
        return new SaveClient(name, name.toLowerCase().replaceAll("[^a-z0-9]", "") + "@client.test", null, null, null,
                null, null, null, null, null, null, null, null, null, null);
    }

    private static ClientSearch byName() {
        return new ClientSearch(null, false, ClientSort.NAME, true, 0, 50);
    }
}
