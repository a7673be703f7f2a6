package com.becflow.platform;

import com.becflow.db.BecflowDataSource;
import com.becflow.db.migration.DatabaseMigrations;
import com.becflow.integrations.jobs.BackgroundJobs;
import com.becflow.shared.crypto.SecretSeal;
import com.becflow.shared.mail.OutboxWorkers;
import com.becflow.shared.tenant.TenantId;
import com.becflow.shared.time.ServerClock;
import com.becflow.tenancy.Tenant;
import com.becflow.tenancy.TenantSlug;
import com.becflow.tenancy.app.TenantRegistry;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Brings the database to the current version before anything is served: schema {@code public} first,
 * then every tenant's schema. A failed migration fails the deployment, so a half-migrated platform never
 * answers requests. A missing or unusable sealing key fails it too. Then the background jobs and the outbox's
 * sending threads start.
 */
@ApplicationScoped
public class PlatformStartup {

    private static final Logger LOG = Logger.getLogger(PlatformStartup.class.getName());

    /** The tenant of the demo login that the local launcher's Keycloak realm ships with. */
    public static final TenantId DEMO_TENANT = TenantId.parse("00000000-0000-4000-8000-00000000d3e0");

    @Resource(lookup = BecflowDataSource.JNDI_NAME)
    DataSource dataSource;

    @Inject
    TenantRegistry registry;

    @Inject
    BackgroundJobs jobs;

    @Inject
    Clock clock;

    @Inject
    SecretSeal seal;

    @Inject
    OutboxWorkers mailWorkers;

    @Inject
    @ConfigProperty(name = "BECFLOW_DEMO_TENANT", defaultValue = "false")
    boolean demoTenant;

    @Inject
    @ConfigProperty(name = "BECFLOW_JOBS_ENABLED", defaultValue = "true")
    boolean jobsEnabled;

    /** Tests that run several servers shorten it, so a round comes while they watch. */
    @Inject
    @ConfigProperty(name = "BECFLOW_HOUSEKEEPING_SECONDS", defaultValue = "60")
    int housekeepingSeconds;

    private volatile boolean ready;

    void start(@Observes @Initialized(ApplicationScoped.class) Object application) {
        long started = System.nanoTime();
        String keyId = seal.keyId();
        DatabaseMigrations migrations = new DatabaseMigrations(dataSource);
        migrations.migratePlatform();
        List<TenantId> tenants = migrations.migrateAllTenants();
        if (clock instanceof ServerClock server && server.isMovable()) {
            LOG.warning("This server's clock can be moved forward (BECFLOW_CLOCK_MOVABLE=true): for the local mode and"
                    + " tests only");
        }
        if (demoTenant) {
            registry.ensureExists(Tenant.active(DEMO_TENANT, new TenantSlug("demo-studio"), "Demo Studio",
                    ZoneId.of("Europe/Berlin"), Currency.getInstance("EUR"), "demo@becflow.local", clock));
        }
        if (jobsEnabled) {
            jobs.start();
            jobs.recurring("payment-housekeeping", java.time.Duration.ofSeconds(housekeepingSeconds),
                    new com.becflow.platform.jobs.PaymentHousekeeping());
        }
        mailWorkers.start();
        ready = true;
        LOG.info(() -> "Platform ready: " + tenants.size() + " tenant schemas migrated in "
                + (System.nanoTime() - started) / 1_000_000 + " ms; sealing key " + keyId);
    }

    public boolean ready() {
        return ready;
    }
}
