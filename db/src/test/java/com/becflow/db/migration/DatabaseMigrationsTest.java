package com.becflow.db.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.becflow.contracts.ContractTemplateLibrary;
import com.becflow.contracts.ContractTerms;
import com.becflow.contracts.TemplateContent;
import com.becflow.db.ContractTermsConverter;

import com.becflow.db.embedded.EmbeddedDatabase;
import com.becflow.shared.tenant.TenantId;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DatabaseMigrationsTest {

    private static EmbeddedDatabase database;
    private static DataSource dataSource;
    private static DatabaseMigrations migrations;

    @BeforeAll
    static void startDatabase() {
        database = EmbeddedDatabase.start(Path.of("target", "embedded-db-test"), 0);
        dataSource = database.dataSource();
        migrations = new DatabaseMigrations(dataSource);
        migrations.migratePlatform();
    }

    @AfterAll
    static void stopDatabase() {
        database.close();
    }

    @Test
    void eachTenantGetsItsOwnSchemaWithItsOwnClientTable() throws SQLException {
        TenantId a = TenantId.newId();
        TenantId b = TenantId.newId();
        migrations.migrateTenant(a);
        migrations.migrateTenant(b);

        assertThat(tablesOf(a.schemaName())).contains("client", "flyway_schema_history");
        assertThat(tablesOf(b.schemaName())).contains("client", "flyway_schema_history");
        insertClient(a, "Only in A");
        assertThat(clientNames(a)).containsExactly("Only in A");
        assertThat(clientNames(b)).isEmpty();
    }

    @Test
    void provisioningTwiceChangesNothing() throws SQLException {
        TenantId tenant = TenantId.newId();
        migrations.migrateTenant(tenant);
        insertClient(tenant, "Kept");
        migrations.migrateTenant(tenant);
        assertThat(clientNames(tenant)).containsExactly("Kept");
    }

    @Test
    void startUpMigratesEveryRegisteredTenant() throws SQLException {
        TenantId registered = register(TenantId.newId());
        assertThat(migrations.migrateAllTenants()).contains(registered);
        assertThat(tablesOf(registered.schemaName())).contains("client");
    }

    @Test
    void startUpMigratesASchemaThatIsBehindAndSkipsThoseThatAreCurrent() throws SQLException {
        // The oldest tenant always goes through Flyway; make sure that is not one of the two below.
        migrations.migrateTenant(register(TenantId.newId()));
        TenantId current = register(TenantId.newId());
        TenantId behind = register(TenantId.newId());
        migrations.migrateTenant(current);
        migrations.migrateTenant(behind);
        // As if created before V1 existed: the schema is there, with nothing in it.
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA " + behind.schemaName() + " CASCADE");
            s.execute("CREATE SCHEMA " + behind.schemaName());
        }

        List<TenantId> migrated = migrations.migrateAllTenants();

        assertThat(migrated).contains(behind).doesNotContain(current);
        assertThat(tablesOf(behind.schemaName())).contains("client");
        assertThat(tablesOf(current.schemaName())).contains("client");
    }

    @Test
    void everyTenantStartsWithTheDefaultContractTemplatesOnce() throws SQLException {
        TenantId tenant = register(TenantId.newId());
        migrations.migrateTenant(tenant);
        migrations.migrateTenant(tenant);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT name, terms FROM " + tenant.schemaName() + ".contract_template ORDER BY name")) {
            List<String> names = new java.util.ArrayList<>();
            while (rs.next()) {
                names.add(rs.getString(1));
                ContractTerms terms = new ContractTermsConverter().convertToEntityAttribute(rs.getString(2));
                assertThat(terms.problems(null)).as(rs.getString(1)).isEmpty();
            }
            assertThat(names).containsExactlyInAnyOrderElementsOf(
                    ContractTemplateLibrary.defaults().stream().map(TemplateContent::name).toList());
        }
    }

    @Test
    void evidenceTablesRefuseChanges() throws SQLException {
        TenantId tenant = register(TenantId.newId());
        migrations.migrateTenant(tenant);
        String schema = tenant.schemaName();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO " + schema + ".client (id, name, email, currency, time_zone, language, reminder_channel,"
                    + " created_at, updated_at) VALUES ('00000000-0000-0000-0000-000000000001', 'C', 'c@x.test', 'EUR', 'UTC',"
                    + " 'en', 'EMAIL', now(), now())");
            s.execute("INSERT INTO " + schema + ".contract (id, client_id, title, project_name, start_date, fee_amount,"
                    + " currency, body, terms, countersign_required, validity_days, status, revision, created_at, updated_at)"
                    + " VALUES ('00000000-0000-0000-0000-000000000002', '00000000-0000-0000-0000-000000000001', 'T', 'P',"
                    + " '2026-12-01', 10, 'EUR', 'b', '{}', false, 30, 'DRAFT', 1, now(), now())");
            s.execute("INSERT INTO " + schema + ".contract_event (id, contract_id, seq, type, occurred_at, actor, detail,"
                    + " previous_hash, hash) VALUES (gen_random_uuid(), '00000000-0000-0000-0000-000000000002', 1, 'CREATED',"
                    + " now(), 'a', 'd', repeat('0', 64), repeat('1', 64))");
            assertThatThrownBy(() -> s.execute("UPDATE " + schema + ".contract_event SET detail = 'changed'"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> s.execute("DELETE FROM " + schema + ".contract_event"))
                    .hasMessageContaining("append-only");
        }
    }

    @Test
    void clausesSurviveTheRoundTripThroughTheirJsonColumn() {
        ContractTermsConverter converter = new ContractTermsConverter();
        for (TemplateContent template : ContractTemplateLibrary.defaults()) {
            ContractTerms terms = template.terms();
            assertThat(converter.convertToEntityAttribute(converter.convertToDatabaseColumn(terms))).isEqualTo(terms);
        }
    }

    private static TenantId register(TenantId tenant) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("INSERT INTO public.tenant (id, slug, display_name, status, "
                     + "time_zone, home_currency, owner_email, created_at) VALUES (?, ?, 'X', 'ACTIVE', 'UTC', 'EUR', "
                     + "'x@example.com', now())")) {
            s.setObject(1, tenant.value());
            s.setString(2, "t-" + tenant.value());
            s.executeUpdate();
        }
        return tenant;
    }

    @Test
    void aDiscardedTenantLeavesNoSchemaBehind() throws SQLException {
        TenantId tenant = TenantId.newId();
        migrations.migrateTenant(tenant);
        migrations.dropTenant(tenant);
        assertThat(tablesOf(tenant.schemaName())).isEmpty();
    }

    private static List<String> tablesOf(String schema) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement(
                     "SELECT table_name FROM information_schema.tables WHERE table_schema = ? ORDER BY 1")) {
            s.setString(1, schema);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
        }
        return tables;
    }

    private static void insertClient(TenantId tenant, String name) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("INSERT INTO " + tenant.schemaName() + ".client (id, name, email, "
                     + "currency, time_zone, language, reminder_channel, created_at, updated_at) "
                     + "VALUES (?, ?, 'c@example.com', 'EUR', 'UTC', 'en', 'EMAIL', ?, ?)")) {
            s.setObject(1, UUID.randomUUID());
            s.setString(2, name);
            s.setObject(3, java.sql.Timestamp.from(Instant.now()));
            s.setObject(4, java.sql.Timestamp.from(Instant.now()));
            s.executeUpdate();
        }
    }

    private static List<String> clientNames(TenantId tenant) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT name FROM " + tenant.schemaName() + ".client")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }
}
