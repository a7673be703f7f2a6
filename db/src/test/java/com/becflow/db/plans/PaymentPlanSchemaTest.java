package com.becflow.db.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.becflow.db.embedded.EmbeddedDatabase;
import com.becflow.db.migration.DatabaseMigrations;
import com.becflow.shared.tenant.TenantId;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What V14, V15 and V16 hold on their own, whatever the application does: one live plan per invoice, fixed installments,
 * one workspace row, one acceptance per plan that is never changed, one autopay per invoice that is on only with a saved
 * method, and each autopay charge (plan, installment, attempt) asked once.
 */
class PaymentPlanSchemaTest {

    private static EmbeddedDatabase database;
    private static DataSource dataSource;
    private static DatabaseMigrations migrations;

    private TenantId tenant;
    private String schema;
    private UUID client;
    private UUID invoice;

    @BeforeAll
    static void startDatabase() {
        database = EmbeddedDatabase.start(Path.of("target", "embedded-db-plans"), 0);
        dataSource = database.dataSource();
        migrations = new DatabaseMigrations(dataSource);
        migrations.migratePlatform();
    }

    @AfterAll
    static void stopDatabase() {
        database.close();
    }

    @BeforeEach
    void freshTenant() throws SQLException {
        tenant = TenantId.newId();
        schema = tenant.schemaName();
        migrations.migrateTenant(tenant);
        client = UUID.randomUUID();
        invoice = UUID.randomUUID();
        update("INSERT INTO " + schema + ".client (id, name, email, currency, time_zone, language, reminder_channel,"
                + " created_at, updated_at) VALUES (?, 'Ada', 'ada@engines.test', 'EUR', 'UTC', 'en', 'EMAIL', now(), now())",
                client);
        update("INSERT INTO " + schema + ".invoice (id, kind, client_id, currency, lines, net_days, partial_payments,"
                + " subtotal, discount_total, tax_total, total, status, created_at, updated_at) VALUES (?, 'INVOICE', ?,"
                + " 'EUR', '[]', 30, false, 0, 0, 0, 0, 'DRAFT', now(), now())", invoice, client);
    }

    @Test
    void theWorkspaceHasOneRowOfLimitsThatASecondSaveReplaces() throws SQLException {
        saveWorkspaceLimits(6);
        saveWorkspaceLimits(9);
        assertThat(count("SELECT count(*) FROM " + schema + ".payment_plan_limits")).isEqualTo(1);
        assertThat(count("SELECT max_installments FROM " + schema + ".payment_plan_limits")).isEqualTo(9);
    }

    @Test
    void limitsBelongToTheWorkspaceAClientOrAnInvoiceNeverToBoth() {
        assertThatThrownBy(() -> update("INSERT INTO " + schema + ".payment_plan_limits (id, client_id, invoice_id,"
                + " updated_at) VALUES (?, ?, ?, now())", UUID.randomUUID(), client, invoice))
                .hasMessageContaining("check constraint");
        assertThatThrownBy(() -> update("INSERT INTO " + schema + ".payment_plan_limits (id, updated_at) VALUES (?, now())",
                UUID.randomUUID())).as("a workspace row without its required limits").hasMessageContaining("check constraint");
    }

    @Test
    void anInvoiceHasOneLivePlanAndAnotherOnlyOnceItIsCancelled() throws SQLException {
        UUID first = addPlan();
        assertThatThrownBy(this::addPlan).hasMessageContaining("payment_plan_live_idx");
        update("UPDATE " + schema + ".payment_plan SET status = 'CANCELLED', cancelled_at = now() WHERE id = ?", first);
        addPlan();
        assertThat(count("SELECT count(*) FROM " + schema + ".payment_plan")).isEqualTo(2);
    }

    @Test
    void installmentsAreNeverChangedNorZero() throws SQLException {
        UUID plan = addPlan();
        update("INSERT INTO " + schema + ".payment_plan_installment (plan_id, number, due_date, amount)"
                + " VALUES (?, 1, DATE '2027-01-01', 250.00)", plan);
        assertThatThrownBy(() -> update("UPDATE " + schema + ".payment_plan_installment SET amount = 1 WHERE plan_id = ?",
                plan)).hasMessageContaining("append-only");
        assertThatThrownBy(() -> update("INSERT INTO " + schema + ".payment_plan_installment (plan_id, number, due_date,"
                + " amount) VALUES (?, 2, DATE '2027-02-01', 0)", plan)).hasMessageContaining("check constraint");
    }

    @Test
    void aPlanIsAcceptedOnceAndItsEvidenceIsNeverChanged() throws SQLException {
        UUID plan = addPlan();
        addAcceptance(plan, "a".repeat(64));
        assertThatThrownBy(() -> addAcceptance(plan, "b".repeat(64))).hasMessageContaining("payment_plan_acceptance_pkey");
        assertThatThrownBy(() -> update("UPDATE " + schema + ".payment_plan_acceptance SET ip_address = '10.0.0.1'"
                + " WHERE plan_id = ?", plan)).hasMessageContaining("append-only");
        assertThatThrownBy(() -> update("DELETE FROM " + schema + ".payment_plan_acceptance WHERE plan_id = ?", plan))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> addAcceptance(addPlanAfterCancelling(plan), "NOT-A-HASH"))
                .hasMessageContaining("check constraint");
    }

    @Test
    void anAutopayChargeIsStoredOncePerPlanInstallmentAndAttempt() throws SQLException {
        UUID plan = addPlan();
        addAutopayCharge(plan, 1, 1);
        addAutopayCharge(plan, 1, 2);

        assertThatThrownBy(() -> addAutopayCharge(plan, 1, 2)).hasMessageContaining("duplicate key");
        assertThat(count("SELECT count(*) FROM " + schema + ".autopay_charge")).isEqualTo(2);
    }

    @Test
    void anInvoiceHasOneAutopayWhichIsOnOnlyWithASavedMethod() throws SQLException {
        assertThatThrownBy(() -> update("INSERT INTO " + schema + ".autopay (invoice_id, status, updated_at) VALUES"
                + " (?, 'ON', now())", invoice)).hasMessageContaining("check constraint");
        update("INSERT INTO " + schema + ".autopay (invoice_id, status, customer, method, method_label, updated_at)"
                + " VALUES (?, 'ON', 'cus_1', 'pm_1', 'visa •••• 4242', now())", invoice);

        assertThatThrownBy(() -> update("INSERT INTO " + schema + ".autopay (invoice_id, status, updated_at) VALUES"
                + " (?, 'OFF', now())", invoice)).hasMessageContaining("duplicate key");
    }

    private void addAutopayCharge(UUID plan, int installment, int attempt) throws SQLException {
        update("INSERT INTO " + schema + ".autopay_charge (id, invoice_id, plan_id, installment, attempt, customer, method,"
                + " amount, currency, charged_on, asked_at, status) VALUES (?, ?, ?, ?, ?, 'cus_1', 'pm_1', 250, 'EUR',"
                + " DATE '2027-01-04', now(), 'CHARGING')",
                UUID.randomUUID(), invoice, plan, installment, attempt);
    }

    private UUID addPlanAfterCancelling(UUID plan) throws SQLException {
        update("UPDATE " + schema + ".payment_plan SET status = 'CANCELLED', cancelled_at = now() WHERE id = ?", plan);
        return addPlan();
    }

    private void addAcceptance(UUID plan, String termsSha256) throws SQLException {
        update("INSERT INTO " + schema + ".payment_plan_acceptance (plan_id, invoice_id, accepted_at, accepted_by_kind,"
                + " accepted_by, ip_address, user_agent, consent_text, terms, terms_sha256, agreement_pdf, agreement_sha256)"
                + " VALUES (?, ?, now(), 'CLIENT', 'ada@engines.test', '127.0.0.1', 'Chromium', 'I agree', 'terms', ?,"
                + " ?, ?)", plan, invoice, termsSha256, new byte[] {1, 2, 3}, "c".repeat(64));
    }

    private void saveWorkspaceLimits(int maxInstallments) throws SQLException {
        // The adapter's upsert, as JpaPaymentPlans writes it: the partial unique index on (true) is its conflict target.
        update("INSERT INTO " + schema + ".payment_plan_limits (id, offered, max_installments, frequencies, autopay,"
                + " updated_at) VALUES (?, true, ?, 'MONTHLY', 'OPTIONAL', now()) ON CONFLICT ((true))"
                + " WHERE client_id IS NULL AND invoice_id IS NULL DO UPDATE SET max_installments = EXCLUDED.max_installments",
                UUID.randomUUID(), maxInstallments);
    }

    private UUID addPlan() throws SQLException {
        UUID plan = UUID.randomUUID();
        update("INSERT INTO " + schema + ".payment_plan (id, invoice_id, status, frequency, autopay, currency,"
                + " proposed_by_kind, proposed_by, proposed_at) VALUES (?, ?, 'PROPOSED', 'MONTHLY', false, 'EUR',"
                + " 'FREELANCER', 'u1', ?)", plan, invoice, Timestamp.from(Instant.parse("2027-01-01T00:00:00Z")));
        return plan;
    }

    private static void update(String sql, Object... parameters) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            s.executeUpdate();
        }
    }

    private static long count(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql);
             ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
