package com.becflow.db.plans;

import com.becflow.clients.ClientId;
import com.becflow.db.tenant.TenantEntityManagers;
import com.becflow.invoicing.InvoiceId;
import com.becflow.contracts.ContractId;
import com.becflow.invoicing.plans.AgreedTerms;
import com.becflow.invoicing.plans.PaymentPlan;
import com.becflow.invoicing.plans.PaymentPlans;
import com.becflow.invoicing.plans.PlanAcceptance;
import com.becflow.invoicing.plans.PlanId;
import com.becflow.invoicing.plans.PlanLimits;
import com.becflow.invoicing.plans.PlanLimitsOverride;
import com.becflow.invoicing.plans.PlanStatus;
import com.becflow.invoicing.plans.PlanTerms;
import com.becflow.invoicing.plans.PlanFrequency;
import com.becflow.invoicing.plans.ScheduledInstallment;
import com.becflow.shared.money.Money;
import com.becflow.shared.tenant.Actor;
import com.becflow.shared.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Payment plans and their limits in the tenant's schema, in plain SQL (as the reminders are): a plan is read with its
 * installments in two queries, with no mapped collection for EclipseLink's table-per-tenant to get wrong. Nullable
 * parameters are cast in the SQL, since a null parameter of a native query is bound as text.
 */
@ApplicationScoped
public class JpaPaymentPlans implements PaymentPlans {

    private static final String PLAN_COLUMNS = "id, invoice_id, status, frequency, autopay, currency, proposed_by_kind,"
            + " proposed_by, proposed_at, accepted_at, cancelled_at";

    private static final String ACCEPTANCE_COLUMNS = "plan_id, invoice_id, accepted_at, accepted_by_kind, accepted_by,"
            + " ip_address, user_agent, consent_text, terms, terms_sha256, contract_id, agreement_sha256";

    private final TenantEntityManagers managers;

    @Inject
    public JpaPaymentPlans(TenantEntityManagers managers) {
        this.managers = managers;
    }

    protected JpaPaymentPlans() {
        this(null);
    }

    @Override
    public PlanLimits workspaceLimits(TenantId tenant) {
        return limitsWhere(tenant, "client_id IS NULL AND invoice_id IS NULL", null)
                .map(LimitsRow::workspace).orElse(PlanLimits.DEFAULT);
    }

    @Override
    public void saveWorkspaceLimits(TenantId tenant, PlanLimits limits, Instant now) {
        LimitsRow row = LimitsRow.of(limits);
        // The workspace's row is the one the partial unique index on (true) allows; the upsert names that index's terms.
        row.bind(em(tenant).createNativeQuery("INSERT INTO " + tenant.schemaName() + ".payment_plan_limits (id, client_id,"
                        + " invoice_id, " + LimitsRow.COLUMNS + ", updated_at) VALUES (?1, NULL, NULL, " + LimitsRow.PARAMETERS
                        + ", ?15) ON CONFLICT ((true)) WHERE client_id IS NULL AND invoice_id IS NULL DO UPDATE SET "
                        + LimitsRow.UPDATES + ", updated_at = EXCLUDED.updated_at"))
                .setParameter(1, UUID.randomUUID()).setParameter(15, Timestamp.from(now)).executeUpdate();
    }

    @Override
    public PlanLimitsOverride clientLimits(TenantId tenant, ClientId client) {
        return limitsWhere(tenant, "client_id = ?1", client.value()).map(LimitsRow::override).orElse(PlanLimitsOverride.NONE);
    }

    @Override
    public PlanLimitsOverride invoiceLimits(TenantId tenant, InvoiceId invoice) {
        return limitsWhere(tenant, "invoice_id = ?1", invoice.value()).map(LimitsRow::override).orElse(PlanLimitsOverride.NONE);
    }

    @Override
    public void saveClientLimits(TenantId tenant, ClientId client, PlanLimitsOverride limits, Instant now) {
        saveOverride(tenant, "client_id", client.value(), limits, now);
    }

    @Override
    public void saveInvoiceLimits(TenantId tenant, InvoiceId invoice, PlanLimitsOverride limits, Instant now) {
        saveOverride(tenant, "invoice_id", invoice.value(), limits, now);
    }

    /** One row per client or invoice, replaced whole; an override that sets nothing leaves no row. */
    private void saveOverride(TenantId tenant, String owner, UUID id, PlanLimitsOverride limits, Instant now) {
        if (limits.equals(PlanLimitsOverride.NONE)) {
            em(tenant).createNativeQuery("DELETE FROM " + tenant.schemaName() + ".payment_plan_limits WHERE " + owner
                    + " = ?1").setParameter(1, id).executeUpdate();
            return;
        }
        LimitsRow.of(limits).bind(em(tenant).createNativeQuery("INSERT INTO " + tenant.schemaName()
                        + ".payment_plan_limits (id, " + owner + ", " + LimitsRow.COLUMNS + ", updated_at) VALUES (?1, ?2, "
                        + LimitsRow.PARAMETERS + ", ?15) ON CONFLICT (" + owner + ") WHERE " + owner + " IS NOT NULL"
                        + " DO UPDATE SET " + LimitsRow.UPDATES + ", updated_at = EXCLUDED.updated_at"))
                .setParameter(1, UUID.randomUUID()).setParameter(2, id).setParameter(15, Timestamp.from(now)).executeUpdate();
    }

    private Optional<LimitsRow> limitsWhere(TenantId tenant, String condition, UUID id) {
        var query = em(tenant).createNativeQuery("SELECT " + LimitsRow.COLUMNS + " FROM " + tenant.schemaName()
                + ".payment_plan_limits WHERE " + condition);
        if (id != null) {
            query.setParameter(1, id);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().findFirst().map(LimitsRow::read);
    }

    @Override
    public Optional<PaymentPlan> live(TenantId tenant, InvoiceId invoice) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em(tenant).createNativeQuery("SELECT " + PLAN_COLUMNS + " FROM " + tenant.schemaName()
                + ".payment_plan WHERE invoice_id = ?1 AND status <> 'CANCELLED'").setParameter(1, invoice.value())
                .getResultList();
        return rows.stream().findFirst().map(r -> plan(tenant, r));
    }

    @Override
    public List<InvoiceId> invoicesWithLivePlans(TenantId tenant, ClientId client) {
        @SuppressWarnings("unchecked")
        List<Object> rows = em(tenant).createNativeQuery("SELECT p.invoice_id FROM " + tenant.schemaName()
                + ".payment_plan p JOIN " + tenant.schemaName() + ".invoice i ON i.id = p.invoice_id"
                + " WHERE i.client_id = ?1 AND p.status <> 'CANCELLED'").setParameter(1, client.value()).getResultList();
        return rows.stream().map(r -> new InvoiceId(uuid(r))).toList();
    }

    @Override
    public void add(TenantId tenant, PaymentPlan plan) {
        EntityManager em = em(tenant);
        PlanTerms terms = plan.terms();
        em.createNativeQuery("INSERT INTO " + tenant.schemaName() + ".payment_plan (" + PLAN_COLUMNS + ") VALUES (?1, ?2,"
                        + " ?3, ?4, ?5, ?6, ?7, ?8, ?9, CAST(?10 AS timestamptz), CAST(?11 AS timestamptz))")
                .setParameter(1, plan.id().value()).setParameter(2, plan.invoiceId().value())
                .setParameter(3, plan.status().name()).setParameter(4, terms.frequency().name())
                .setParameter(5, terms.autopay()).setParameter(6, terms.currency().getCurrencyCode())
                .setParameter(7, plan.proposedBy().kind().name()).setParameter(8, plan.proposedBy().who())
                .setParameter(9, Timestamp.from(plan.proposedAt())).setParameter(10, timestamp(plan.acceptedAt()))
                .setParameter(11, timestamp(plan.cancelledAt())).executeUpdate();
        for (ScheduledInstallment installment : terms.installments()) {
            em.createNativeQuery("INSERT INTO " + tenant.schemaName() + ".payment_plan_installment (plan_id, number,"
                            + " due_date, amount) VALUES (?1, ?2, ?3, ?4)")
                    .setParameter(1, plan.id().value()).setParameter(2, installment.number())
                    .setParameter(3, Date.valueOf(installment.dueDate())).setParameter(4, installment.amount().amount())
                    .executeUpdate();
        }
    }

    @Override
    public void saveStatus(TenantId tenant, PaymentPlan plan) {
        em(tenant).createNativeQuery("UPDATE " + tenant.schemaName() + ".payment_plan SET status = ?2,"
                        + " accepted_at = CAST(?3 AS timestamptz), cancelled_at = CAST(?4 AS timestamptz) WHERE id = ?1")
                .setParameter(1, plan.id().value()).setParameter(2, plan.status().name())
                .setParameter(3, timestamp(plan.acceptedAt())).setParameter(4, timestamp(plan.cancelledAt()))
                .executeUpdate();
    }

    @Override
    public void addAcceptance(TenantId tenant, PlanAcceptance a, byte[] agreementPdf) {
        em(tenant).createNativeQuery("INSERT INTO " + tenant.schemaName() + ".payment_plan_acceptance (" + ACCEPTANCE_COLUMNS
                        + ", agreement_pdf) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, CAST(?11 AS uuid), ?12, ?13)")
                .setParameter(1, a.plan().value()).setParameter(2, a.invoice().value())
                .setParameter(3, Timestamp.from(a.acceptedAt())).setParameter(4, a.acceptedBy().kind().name())
                .setParameter(5, a.acceptedBy().who()).setParameter(6, a.ipAddress()).setParameter(7, a.userAgent())
                .setParameter(8, a.consent()).setParameter(9, a.terms().canonical()).setParameter(10, a.terms().sha256())
                .setParameter(11, a.contract().map(c -> c.value().toString()).orElse(null))
                .setParameter(12, a.agreementSha256()).setParameter(13, agreementPdf).executeUpdate();
    }

    @Override
    public Optional<PlanAcceptance> acceptance(TenantId tenant, PlanId plan) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em(tenant).createNativeQuery("SELECT " + ACCEPTANCE_COLUMNS + " FROM " + tenant.schemaName()
                + ".payment_plan_acceptance WHERE plan_id = ?1").setParameter(1, plan.value()).getResultList();
        return rows.stream().findFirst().map(r -> new PlanAcceptance(new PlanId(uuid(r[0])), new InvoiceId(uuid(r[1])),
                instant(r[2]), new Actor(Actor.Kind.valueOf((String) r[3]), (String) r[4]), (String) r[5], (String) r[6],
                (String) r[7], new AgreedTerms((String) r[8], ((String) r[9]).strip()),
                r[10] == null ? null : new ContractId(uuid(r[10])), ((String) r[11]).strip()));
    }

    @Override
    public Optional<byte[]> agreementPdf(TenantId tenant, PlanId plan) {
        @SuppressWarnings("unchecked")
        List<Object> rows = em(tenant).createNativeQuery("SELECT agreement_pdf FROM " + tenant.schemaName()
                + ".payment_plan_acceptance WHERE plan_id = ?1").setParameter(1, plan.value()).getResultList();
        return rows.stream().findFirst().map(byte[].class::cast);
    }

    private PaymentPlan plan(TenantId tenant, Object[] r) {
        UUID id = uuid(r[0]);
        Currency currency = Currency.getInstance(((String) r[5]).strip());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em(tenant).createNativeQuery("SELECT number, due_date, amount FROM " + tenant.schemaName()
                + ".payment_plan_installment WHERE plan_id = ?1 ORDER BY number").setParameter(1, id).getResultList();
        List<ScheduledInstallment> installments = rows.stream().map(i -> new ScheduledInstallment(((Number) i[0]).intValue(),
                date(i[1]), new Money((BigDecimal) i[2], currency))).toList();
        PlanTerms terms = new PlanTerms(currency, PlanFrequency.valueOf((String) r[3]), (Boolean) r[4], installments);
        return PaymentPlan.restored(new PlanId(id), new InvoiceId(uuid(r[1])), terms,
                new Actor(Actor.Kind.valueOf((String) r[6]), (String) r[7]), instant(r[8]), PlanStatus.valueOf((String) r[2]),
                instant(r[9]), instant(r[10]));
    }

    private EntityManager em(TenantId tenant) {
        return managers.of(tenant);
    }

    static UUID uuid(Object value) {
        return value instanceof UUID u ? u : UUID.fromString(value.toString());
    }

    static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
    }

    private static Instant instant(Object value) {
        return value == null ? null : value instanceof Timestamp t ? t.toInstant() : (Instant) value;
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
