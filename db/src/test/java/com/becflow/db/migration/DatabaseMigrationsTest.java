package com.becflow.db.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.becflow.contracts.ContractTemplateLibrary;
import com.becflow.contracts.ContractTerms;
import com.becflow.contracts.TemplateContent;
import com.becflow.db.ContractTermsConverter;

import com.becflow.db.embedded.EmbeddedDatabase;
import com.becflow.invoicing.InvoiceStatus;
import com.becflow.invoicing.PaymentKind;
import com.becflow.invoicing.PaymentMethod;
import com.becflow.invoicing.payments.PaymentAttemptStatus;
import com.becflow.invoicing.payments.PaymentGateway;
import com.becflow.invoicing.plans.AutopayChargeStatus;
import com.becflow.invoicing.plans.AutopayStatus;
import com.becflow.invoicing.plans.PlanStatus;
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

    /**
     * A value the code may store but a column's check refuses fails only when it is first stored (autopay's
     * notifications were refused so for a while): every such enum against its column's check.
     */
    @Test
    void everyValueTheCodeStoresIsOneItsColumnAccepts() throws SQLException {
        TenantId tenant = TenantId.newId();
        migrations.migrateTenant(tenant);
        String schema = tenant.schemaName();

        assertAccepts("public", "payment_notification", "kind", PaymentGateway.ProviderEvent.Kind.values());
        // OVERDUE is read from the due date on the client's calendar, never stored.
        assertAccepts(schema, "invoice", "status", java.util.Arrays.stream(InvoiceStatus.values())
                .filter(status -> status != InvoiceStatus.OVERDUE).toArray(Enum<?>[]::new));
        assertAccepts(schema, "invoice_payment", "kind", PaymentKind.values());
        assertAccepts(schema, "invoice_payment", "method", PaymentMethod.values());
        assertAccepts(schema, "payment_attempt", "status", PaymentAttemptStatus.values());
        assertAccepts(schema, "payment_plan", "status", PlanStatus.values());
        assertAccepts(schema, "autopay", "status", AutopayStatus.values());
        assertAccepts(schema, "autopay_charge", "status", AutopayChargeStatus.values());
        for (String table : java.util.List.of("books_mapping", "books_log", "books_conflict")) {
            assertAccepts(schema, table, "object", com.becflow.accounting.BooksObject.values());
        }
    }

    private static void assertAccepts(String schema, String table, String column, Enum<?>[] values) throws SQLException {
        String check;
        try (Connection c = dataSource.getConnection(); PreparedStatement read = c.prepareStatement(
                "SELECT pg_get_constraintdef(k.oid) FROM pg_constraint k JOIN pg_class t ON t.oid = k.conrelid"
                        + " JOIN pg_namespace n ON n.oid = t.relnamespace WHERE n.nspname = ? AND t.relname = ?"
                        + " AND k.contype = 'c' AND pg_get_constraintdef(k.oid) LIKE ?")) {
            read.setString(1, schema);
            read.setString(2, table);
            // The column's list of values: "CHECK (((status)::text = ANY ((ARRAY['DRAFT'::character varying, ..."
            read.setString(3, "%(" + column + ")::text = ANY%");
            try (ResultSet rows = read.executeQuery()) {
                assertThat(rows.next()).as("a check on " + table + "." + column).isTrue();
                check = rows.getString(1);
            }
        }
        for (Enum<?> value : values) {
            assertThat(check).as(table + "." + column + " takes " + value).contains("'" + value.name() + "'");
        }
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
