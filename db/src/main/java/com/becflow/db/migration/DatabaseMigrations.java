package com.becflow.db.migration;

import com.becflow.shared.tenant.TenantId;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
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
                .load()
                .migrate();
    }

    /** Migrates every tenant the registry knows, in a stable order. */
    public List<TenantId> migrateAllTenants() {
        List<TenantId> tenants = registeredTenants();
        tenants.forEach(this::migrateTenant);
        return tenants;
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
