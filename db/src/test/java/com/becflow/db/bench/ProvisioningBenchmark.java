package com.becflow.db.bench;

import com.becflow.db.embedded.EmbeddedDatabase;
import com.becflow.db.migration.DatabaseMigrations;
import com.becflow.shared.tenant.TenantId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.sql.DataSource;

/**
 * Prints how long it takes to provision a tenant's schema (create + Flyway), for the 1st to the Nth tenant
 * of a fresh database, and how long start-up takes to check every tenant schema afterwards.
 *
 * <pre>mvn -q -pl db test-compile exec:java -Dexec.mainClass=com.becflow.db.bench.ProvisioningBenchmark \
 *     -Dexec.classpathScope=test [-Dexec.args=100]</pre>
 */
public final class ProvisioningBenchmark {

    private ProvisioningBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int tenants = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        Path dir = Files.createTempDirectory("becflow-provisioning-bench");
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dir, 0)) {
            DataSource ds = db.dataSource();
            DatabaseMigrations migrations = new DatabaseMigrations(ds);
            migrations.migratePlatform();
            List<Double> millis = new ArrayList<>();
            for (int i = 0; i < tenants; i++) {
                TenantId tenant = TenantId.newId();
                long start = System.nanoTime();
                migrations.migrateTenant(tenant);
                millis.add((System.nanoTime() - start) / 1e6);
                register(ds, tenant, i);
            }
            long start = System.nanoTime();
            migrations.migrateAllTenants();
            double startupCheck = (System.nanoTime() - start) / 1e6;

            List<Double> sorted = new ArrayList<>(millis);
            sorted.sort(Comparator.naturalOrder());
            System.out.printf("tenants provisioned: %d%n", tenants);
            System.out.printf("1st tenant:   %8.1f ms%n", millis.get(0));
            System.out.printf("2nd tenant:   %8.1f ms%n", millis.get(Math.min(1, tenants - 1)));
            System.out.printf("%dth tenant: %8.1f ms%n", tenants, millis.get(tenants - 1));
            System.out.printf("median:       %8.1f ms%n", sorted.get(tenants / 2));
            System.out.printf("p95:          %8.1f ms%n", sorted.get((int) Math.ceil(tenants * 0.95) - 1));
            System.out.printf("start-up check of all %d schemas: %.0f ms%n", tenants, startupCheck);
        }
    }

    private static void register(DataSource ds, TenantId tenant, int n) throws Exception {
        try (Connection c = ds.getConnection();
             PreparedStatement s = c.prepareStatement("INSERT INTO public.tenant (id, slug, display_name, status, "
                     + "time_zone, home_currency, owner_email, created_at) VALUES (?, ?, ?, 'ACTIVE', 'UTC', 'EUR', ?, now())")) {
            s.setObject(1, tenant.value());
            s.setString(2, "bench-" + n + "-" + tenant.value().toString().substring(0, 8));
            s.setString(3, "Bench " + n);
            s.setString(4, "bench" + n + "@example.com");
            s.executeUpdate();
        }
    }
}
