package com.becflow.db.migration;

import com.becflow.shared.tenant.TenantId;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Flyway over the platform schema {@code public} and every tenant schema. Tenant schemas share one set of
 * migrations, so all tenants always run the same version of the data model.
 */
public final class DatabaseMigrations {

    private final DataSource dataSource;
    private final ClassLoader classLoader;

    public DatabaseMigrations(DataSource dataSource) {
        this.dataSource = dataSource;
        this.classLoader = DatabaseMigrations.class.getClassLoader();
    }

    public void migratePlatform() {
        Flyway.configure(classLoader)
                .dataSource(dataSource)
                .schemas("public")
                .locations("classpath:db/migration/public")
                .load()
                .migrate();
    }

    public void migrateTenant(TenantId tenant) {
        Flyway.configure(classLoader)
                .dataSource(dataSource)
                .schemas(tenant.schemaName())
                .createSchemas(true)
                .locations("classpath:db/migration/tenant")
                .javaMigrations(new DefaultContractTemplates())
                .load()
                .migrate();
    }

    /**
     * Brings every tenant the registry knows to the current version. Running Flyway on a schema costs tens of
     * milliseconds even when nothing is pending, which at thousands of tenants would hold start-up for minutes;
     * so the first tenant is migrated (and validated) by Flyway, and every other schema only when its last
     * applied migration differs from the first tenant's, read for all schemas in a few queries.
     *
     * @return the tenants whose schemas Flyway ran on
     */
    public List<TenantId> migrateAllTenants() {
        List<TenantId> tenants = registeredTenants();
        if (tenants.isEmpty()) {
            return tenants;
        }
        migrateTenant(tenants.get(0));
        Map<String, String> applied = lastAppliedVersions(tenants);
        String current = applied.get(tenants.get(0).schemaName());
        List<TenantId> migrated = new ArrayList<>(List.of(tenants.get(0)));
        for (TenantId tenant : tenants.subList(1, tenants.size())) {
            if (current == null || !current.equals(applied.get(tenant.schemaName()))) {
                migrateTenant(tenant);
                migrated.add(tenant);
            }
        }
        return migrated;
    }

    /** Schema name to the version of its last successful migration; schemas that do not exist are absent. */
    private Map<String, String> lastAppliedVersions(List<TenantId> tenants) {
        Map<String, String> versions = new HashMap<>();
        Set<String> existing = existingSchemasWithHistory();
        List<String> schemas = tenants.stream().map(TenantId::schemaName).filter(existing::contains).toList();
        for (int from = 0; from < schemas.size(); from += 500) {
            List<String> chunk = schemas.subList(from, Math.min(from + 500, schemas.size()));
            // Schema names come from UUIDs (TenantId.schemaName), never from input.
            String sql = chunk.stream()
                    .map(schema -> "SELECT '" + schema + "', (SELECT version FROM \"" + schema + "\".flyway_schema_history"
                            + " WHERE success AND version IS NOT NULL ORDER BY installed_rank DESC LIMIT 1)")
                    .collect(Collectors.joining(" UNION ALL "));
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery(sql)) {
                while (rs.next()) {
                    versions.put(rs.getString(1), rs.getString(2));
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Could not read the tenant schemas' versions", e);
            }
        }
        return versions;
    }

    private Set<String> existingSchemasWithHistory() {
        Set<String> schemas = new HashSet<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT table_schema FROM information_schema.tables"
                     + " WHERE table_name = 'flyway_schema_history' AND table_schema LIKE 'tenant\\_%'")) {
            while (rs.next()) {
                schemas.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not list the tenant schemas", e);
        }
        return schemas;
    }

    public void dropTenant(TenantId tenant) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            // The name comes from a UUID, never from input, so quoting it is enough.
            s.execute("DROP SCHEMA IF EXISTS \"" + tenant.schemaName() + "\" CASCADE");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not drop schema of tenant " + tenant, e);
        }
    }

    private List<TenantId> registeredTenants() {
        List<TenantId> ids = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id FROM public.tenant ORDER BY created_at, id")) {
            while (rs.next()) {
                ids.add(new TenantId(rs.getObject(1, java.util.UUID.class)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not list tenants", e);
        }
        return ids;
    }
}
