package com.becflow.db.reminders;

import static com.becflow.db.InvoiceSql.BALANCE;
import static com.becflow.db.InvoiceSql.DUE_NOW;

import static com.becflow.db.NativeColumns.date;
import static com.becflow.db.NativeColumns.uuid;

import com.becflow.clients.ClientId;
import com.becflow.clients.ReminderChannel;
import com.becflow.db.tenant.TenantEntityManagers;
import com.becflow.invoicing.InvoiceId;
import com.becflow.reminders.BusinessHours;
import com.becflow.reminders.ClientReminders;
import com.becflow.reminders.RemindableInvoice;
import com.becflow.reminders.ReminderBook;
import com.becflow.reminders.ReminderHold;
import com.becflow.reminders.ReminderMedium;
import com.becflow.reminders.ReminderOccurrence;
import com.becflow.reminders.ReminderOutcome;
import com.becflow.reminders.ReminderRecord;
import com.becflow.reminders.ReminderSettings;
import com.becflow.reminders.ReminderTone;
import com.becflow.shared.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Reminders in the tenant's schema, in plain SQL: the sweep reads open invoices with their client, hold and steps done
 * in one query. Nullable dates and ids are cast in the SQL, since a null parameter of a native query is bound as text.
 */
@ApplicationScoped
public class JpaReminderBook implements ReminderBook {

    // Under a payment plan the invoice is due by each installment's day in turn, and its reminders run again for each:
    // a step is done for one due date.
    private static final String OPEN = "SELECT i.id, i.client_id, " + DUE_NOW + ", i.issued_at, c.time_zone,"
            + " c.reminder_channel, h.paused_through, h.promised_for, COALESCE(h.off, false),"
            + " (SELECT string_agg(r.step, ',') FROM %1$s.invoice_reminder r WHERE r.invoice_id = i.id"
            + " AND r.due_date = " + DUE_NOW + "),"
            // Autopay charges an accepted plan's installments (plan_due_date is set only under one).
            + " i.plan_due_date IS NOT NULL AND EXISTS (SELECT 1 FROM %1$s.autopay a WHERE a.invoice_id = i.id"
            + " AND a.status = 'ON'),"
            + " COALESCE((SELECT sum(d.amount) FROM %1$s.invoice_dispute d WHERE d.invoice_id = i.id"
            + " AND d.status = 'OPEN'), 0) >= " + BALANCE
            + " FROM %1$s.invoice i JOIN %1$s.client c ON c.id = i.client_id"
            + " LEFT JOIN %1$s.invoice_reminder_hold h ON h.invoice_id = i.id"
            + " WHERE i.status IN ('ISSUED', 'VIEWED', 'PARTIALLY_PAID') AND i.kind <> 'CREDIT_NOTE'";

    private final TenantEntityManagers managers;

    @Inject
    public JpaReminderBook(TenantEntityManagers managers) {
        this.managers = managers;
    }

    protected JpaReminderBook() {
        this(null);
    }

    @Override
    public ReminderSettings settings(TenantId tenant) {
        Object[] row = (Object[]) em(tenant).createNativeQuery("SELECT policy, opens, closes FROM " + tenant.schemaName()
                + ".reminder_settings WHERE id = 1").getSingleResult();
        return new ReminderSettings(ReminderPolicyJson.read((String) row[0]),
                new BusinessHours(((Time) row[1]).toLocalTime(), ((Time) row[2]).toLocalTime()));
    }

    @Override
    public void saveSettings(TenantId tenant, ReminderSettings settings, java.time.Instant now) {
        em(tenant).createNativeQuery("UPDATE " + tenant.schemaName() + ".reminder_settings SET policy = ?1, opens = ?2,"
                        + " closes = ?3, updated_at = ?4 WHERE id = 1")
                .setParameter(1, ReminderPolicyJson.write(settings.policy()))
                .setParameter(2, Time.valueOf(settings.hours().opens())).setParameter(3, Time.valueOf(settings.hours().closes()))
                .setParameter(4, Timestamp.from(now)).executeUpdate();
    }

    @Override
    public Optional<ClientReminders> client(TenantId tenant, ClientId client) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em(tenant).createNativeQuery("SELECT policy, off FROM " + tenant.schemaName()
                + ".client_reminder_policy WHERE client_id = ?1").setParameter(1, client.value()).getResultList();
        return rows.stream().findFirst().map(r -> new ClientReminders(ReminderPolicyJson.read((String) r[0]), (Boolean) r[1]));
    }

    @Override
    public Map<ClientId, ClientReminders> clients(TenantId tenant) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em(tenant).createNativeQuery("SELECT client_id, policy, off FROM " + tenant.schemaName()
                + ".client_reminder_policy").getResultList();
        Map<ClientId, ClientReminders> all = new LinkedHashMap<>();
        for (Object[] r : rows) {
            all.put(new ClientId(uuid(r[0])), new ClientReminders(ReminderPolicyJson.read((String) r[1]), (Boolean) r[2]));
        }
        return all;
    }

    @Override
    public void saveClient(TenantId tenant, ClientId client, ClientReminders reminders, java.time.Instant now) {
        if (reminders == null) {
            em(tenant).createNativeQuery("DELETE FROM " + tenant.schemaName() + ".client_reminder_policy WHERE client_id = ?1")
                    .setParameter(1, client.value()).executeUpdate();
            return;
        }
        em(tenant).createNativeQuery("INSERT INTO " + tenant.schemaName() + ".client_reminder_policy (client_id, policy,"
                        + " off, updated_at) VALUES (?1, ?2, ?3, ?4) ON CONFLICT (client_id) DO UPDATE SET policy ="
                        + " EXCLUDED.policy, off = EXCLUDED.off, updated_at = EXCLUDED.updated_at")
                .setParameter(1, client.value()).setParameter(2, ReminderPolicyJson.write(reminders.policy()))
                .setParameter(3, reminders.off()).setParameter(4, Timestamp.from(now)).executeUpdate();
    }

    @Override
    public ReminderHold hold(TenantId tenant, InvoiceId invoice) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em(tenant).createNativeQuery("SELECT paused_through, promised_for, off FROM "
                + tenant.schemaName() + ".invoice_reminder_hold WHERE invoice_id = ?1").setParameter(1, invoice.value())
                .getResultList();
        return rows.stream().findFirst().map(r -> new ReminderHold(date(r[0]), date(r[1]), (Boolean) r[2]))
                .orElse(ReminderHold.NONE);
    }

    @Override
    public void saveHold(TenantId tenant, InvoiceId invoice, ReminderHold hold, java.time.Instant now) {
        em(tenant).createNativeQuery("INSERT INTO " + tenant.schemaName() + ".invoice_reminder_hold (invoice_id,"
                        + " paused_through, promised_for, off, updated_at) VALUES (?1, CAST(?2 AS date), CAST(?3 AS date), ?4, ?5)"
                        + " ON CONFLICT (invoice_id)"
                        + " DO UPDATE SET paused_through = EXCLUDED.paused_through, promised_for = EXCLUDED.promised_for,"
                        + " off = EXCLUDED.off, updated_at = EXCLUDED.updated_at")
                .setParameter(1, invoice.value()).setParameter(2, sqlDate(hold.pausedThrough()))
                .setParameter(3, sqlDate(hold.promisedFor())).setParameter(4, hold.off())
                .setParameter(5, Timestamp.from(now)).executeUpdate();
    }

    @Override
    public List<RemindableInvoice> open(TenantId tenant, InvoiceId after, int limit) {
        String s = tenant.schemaName();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em(tenant).createNativeQuery(String.format(OPEN, s) + " AND i.id > ?1 ORDER BY i.id LIMIT ?2")
                .setParameter(1, after == null ? new UUID(0, 0) : after.value()).setParameter(2, limit).getResultList();
        return rows.stream().map(JpaReminderBook::remindable).toList();
    }

    @Override
    public Optional<RemindableInvoice> open(TenantId tenant, InvoiceId invoice) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em(tenant).createNativeQuery(String.format(OPEN, tenant.schemaName()) + " AND i.id = ?1")
                .setParameter(1, invoice.value()).getResultList();
        return rows.stream().findFirst().map(JpaReminderBook::remindable);
    }

    @Override
    public boolean keep(TenantId tenant, ReminderRecord r) {
        // ON CONFLICT DO NOTHING waits for a concurrent insert of the same step to commit or roll back, then counts 0.
        String s = tenant.schemaName();
        return em(tenant).createNativeQuery("INSERT INTO " + s + ".invoice_reminder (invoice_id, due_date, step,"
                        + " outcome, medium, tone, mail_id, subject, recorded_at)"
                        + " SELECT ?1, " + DUE_NOW + ", ?2, ?3, ?4, ?5, CAST(?6 AS uuid), ?7, ?8 FROM " + s + ".invoice i"
                        + " WHERE i.id = ?1 ON CONFLICT (invoice_id, due_date, step) DO NOTHING")
                .setParameter(1, r.invoice().value()).setParameter(2, r.step()).setParameter(3, r.outcome().name())
                .setParameter(4, r.medium() == null ? null : r.medium().name())
                .setParameter(5, r.tone() == null ? null : r.tone().name())
                .setParameter(6, r.mailId() == null ? null : r.mailId().toString())
                .setParameter(7, r.subject()).setParameter(8, Timestamp.from(r.recordedAt())).executeUpdate() == 1;
    }

    @Override
    public List<ReminderRecord> done(TenantId tenant, InvoiceId invoice) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em(tenant).createNativeQuery("SELECT invoice_id, step, outcome, medium, tone, mail_id, subject,"
                + " recorded_at, done_at, due_date FROM " + tenant.schemaName() + ".invoice_reminder WHERE invoice_id = ?1")
                .setParameter(1, invoice.value()).getResultList();
        return rows.stream().sorted(Comparator.<Object[], LocalDate>comparing(r -> date(r[9]))
                        .thenComparingInt(r -> ReminderOccurrence.offsetOf((String) r[1])))
                .map(JpaReminderBook::record).toList();
    }

    @Override
    public List<ReminderRecord> openCallTasks(TenantId tenant, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em(tenant).createNativeQuery("SELECT invoice_id, step, outcome, medium, tone, mail_id, subject,"
                + " recorded_at, done_at FROM " + tenant.schemaName() + ".invoice_reminder WHERE outcome = 'CALL_TASK'"
                + " AND done_at IS NULL ORDER BY recorded_at LIMIT ?1").setParameter(1, limit).getResultList();
        return rows.stream().map(JpaReminderBook::record).toList();
    }

    private EntityManager em(TenantId tenant) {
        return managers.of(tenant);
    }

    private static RemindableInvoice remindable(Object[] r) {
        ZoneId zone = ZoneId.of((String) r[4]);
        Set<String> done = r[9] == null ? Set.of() : Arrays.stream(((String) r[9]).split(",")).collect(Collectors.toSet());
        return new RemindableInvoice(new InvoiceId(uuid(r[0])), new ClientId(uuid(r[1])), date(r[2]),
                ((Timestamp) r[3]).toInstant(), zone, ReminderChannel.valueOf((String) r[5]),
                new ReminderHold(date(r[6]), date(r[7]), (Boolean) r[8]), done, (Boolean) r[10], (Boolean) r[11]);
    }

    private static ReminderRecord record(Object[] r) {
        return new ReminderRecord(new InvoiceId(uuid(r[0])), (String) r[1], ReminderOutcome.valueOf((String) r[2]),
                r[3] == null ? null : ReminderMedium.valueOf((String) r[3]),
                r[4] == null ? null : ReminderTone.valueOf((String) r[4]), r[5] == null ? null : uuid(r[5]),
                (String) r[6], ((Timestamp) r[7]).toInstant(), r[8] == null ? null : ((Timestamp) r[8]).toInstant());
    }



    private static Date sqlDate(LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }
}
