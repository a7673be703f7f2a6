package com.becflow.db.plans;

import com.becflow.db.tenant.TenantEntityManagers;
import com.becflow.invoicing.InvoiceId;
import com.becflow.invoicing.plans.Autopay;
import com.becflow.invoicing.plans.AutopayCharge;
import com.becflow.invoicing.plans.AutopayChargeStatus;
import com.becflow.invoicing.plans.AutopayStatus;
import com.becflow.invoicing.plans.Autopays;
import com.becflow.invoicing.plans.PlanId;
import com.becflow.shared.money.Money;
import com.becflow.shared.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Autopays and their charges in the tenant's schema, in plain SQL like {@link JpaPaymentPlans}. */
@ApplicationScoped
public class JpaAutopays implements Autopays {

    private static final String AUTOPAY_COLUMNS = "invoice_id, status, setup_page, customer, method, method_label, reason,"
            + " updated_at";
    private static final String CHARGE_COLUMNS = "id, invoice_id, plan_id, installment, attempt, customer, method, amount,"
            + " currency, charged_on, asked_at, status, payment_reference, reason, looked_on";

    private final TenantEntityManagers managers;

    @Inject
    public JpaAutopays(TenantEntityManagers managers) {
        this.managers = managers;
    }

    protected JpaAutopays() {
        this(null);
    }

    @Override
    public Optional<Autopay> of(TenantId tenant, InvoiceId invoice) {
        return autopayWhere(tenant, "invoice_id = ?1", invoice.value());
    }

    @Override
    public Optional<Autopay> bySetupPage(TenantId tenant, String setupPage) {
        return autopayWhere(tenant, "setup_page = ?1", setupPage);
    }

    private Optional<Autopay> autopayWhere(TenantId tenant, String condition, Object value) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em(tenant).createNativeQuery("SELECT " + AUTOPAY_COLUMNS + " FROM " + tenant.schemaName()
                + ".autopay WHERE " + condition).setParameter(1, value).getResultList();
        return rows.stream().findFirst().map(r -> new Autopay(new InvoiceId(JpaPaymentPlans.uuid(r[0])),
                AutopayStatus.valueOf((String) r[1]), (String) r[2],
                r[4] == null ? null : new Autopay.SavedCard((String) r[3], (String) r[4], (String) r[5]), (String) r[6],
                r[7] instanceof Timestamp t ? t.toInstant() : (Instant) r[7]));
    }

    @Override
    public void save(TenantId tenant, Autopay a) {
        Autopay.SavedCard card = a.method();
        em(tenant).createNativeQuery("INSERT INTO " + tenant.schemaName() + ".autopay (" + AUTOPAY_COLUMNS + ") VALUES"
                        + " (?1, ?2, CAST(?3 AS varchar), CAST(?4 AS varchar), CAST(?5 AS varchar), CAST(?6 AS varchar),"
                        + " CAST(?7 AS text), ?8) ON CONFLICT (invoice_id) DO UPDATE SET status = EXCLUDED.status,"
                        + " setup_page = EXCLUDED.setup_page, customer = EXCLUDED.customer, method = EXCLUDED.method,"
                        + " method_label = EXCLUDED.method_label, reason = EXCLUDED.reason, updated_at = EXCLUDED.updated_at")
                .setParameter(1, a.invoice().value()).setParameter(2, a.status().name()).setParameter(3, a.setupPage())
                .setParameter(4, card == null ? null : card.customer()).setParameter(5, card == null ? null : card.method())
                .setParameter(6, card == null ? null : card.label()).setParameter(7, a.reason())
                .setParameter(8, Timestamp.from(a.updatedAt())).executeUpdate();
    }

    @Override
    public List<InvoiceId> charging(TenantId tenant) {
        @SuppressWarnings("unchecked")
        List<Object> rows = em(tenant).createNativeQuery("SELECT invoice_id FROM " + tenant.schemaName()
                + ".autopay a WHERE status = 'ON' OR EXISTS (SELECT 1 FROM " + tenant.schemaName() + ".autopay_charge c"
                + " WHERE c.invoice_id = a.invoice_id AND c.status IN ('CHARGING', 'PROCESSING')) ORDER BY updated_at")
                .getResultList();
        return rows.stream().map(r -> new InvoiceId(JpaPaymentPlans.uuid(r))).toList();
    }

    @Override
    public List<AutopayCharge> charges(TenantId tenant, PlanId plan) {
        return charges(em(tenant).createNativeQuery("SELECT " + CHARGE_COLUMNS + " FROM " + tenant.schemaName()
                + ".autopay_charge WHERE plan_id = ?1 ORDER BY installment, attempt").setParameter(1, plan.value()));
    }

    @Override
    public List<AutopayCharge> unsettled(TenantId tenant, InvoiceId invoice) {
        return charges(em(tenant).createNativeQuery("SELECT " + CHARGE_COLUMNS + " FROM " + tenant.schemaName()
                + ".autopay_charge WHERE invoice_id = ?1 AND status IN ('CHARGING', 'PROCESSING') ORDER BY asked_at")
                .setParameter(1, invoice.value()));
    }

    @Override
    public Set<Integer> noticed(TenantId tenant, PlanId plan) {
        @SuppressWarnings("unchecked")
        List<Object> rows = em(tenant).createNativeQuery("SELECT installment FROM " + tenant.schemaName()
                + ".autopay_notice WHERE plan_id = ?1").setParameter(1, plan.value()).getResultList();
        return rows.stream().map(r -> ((Number) r).intValue()).collect(Collectors.toSet());
    }

    @Override
    public boolean addNotice(TenantId tenant, PlanId plan, int installment, LocalDate dueDate, Instant at) {
        return em(tenant).createNativeQuery("INSERT INTO " + tenant.schemaName() + ".autopay_notice (plan_id, installment,"
                        + " due_date, noticed_at) VALUES (?1, ?2, ?3, ?4) ON CONFLICT (plan_id, installment) DO NOTHING")
                .setParameter(1, plan.value()).setParameter(2, installment).setParameter(3, Date.valueOf(dueDate))
                .setParameter(4, Timestamp.from(at)).executeUpdate() == 1;
    }

    @Override
    public Optional<AutopayCharge> chargeByPayment(TenantId tenant, String paymentReference) {
        return charges(em(tenant).createNativeQuery("SELECT " + CHARGE_COLUMNS + " FROM " + tenant.schemaName()
                + ".autopay_charge WHERE payment_reference = ?1").setParameter(1, paymentReference)).stream().findFirst();
    }

    private static List<AutopayCharge> charges(Query query) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new AutopayCharge(JpaPaymentPlans.uuid(r[0]), new InvoiceId(JpaPaymentPlans.uuid(r[1])),
                new PlanId(JpaPaymentPlans.uuid(r[2])), ((Number) r[3]).intValue(), ((Number) r[4]).intValue(),
                (String) r[5], (String) r[6], new Money((BigDecimal) r[7], Currency.getInstance(((String) r[8]).strip())),
                JpaPaymentPlans.date(r[9]), r[10] instanceof Timestamp t ? t.toInstant() : (Instant) r[10],
                AutopayChargeStatus.valueOf((String) r[11]), (String) r[12], (String) r[13], JpaPaymentPlans.date(r[14])))
                .toList();
    }

    @Override
    public void addCharge(TenantId tenant, AutopayCharge c) {
        em(tenant).createNativeQuery("INSERT INTO " + tenant.schemaName() + ".autopay_charge (" + CHARGE_COLUMNS + ")"
                        + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?14, ?11, CAST(?12 AS varchar), CAST(?13 AS text),"
                        + " NULL)")
                .setParameter(1, c.id()).setParameter(2, c.invoice().value()).setParameter(3, c.plan().value())
                .setParameter(4, c.installment()).setParameter(5, c.attempt()).setParameter(6, c.customer())
                .setParameter(7, c.method()).setParameter(8, c.amount().amount())
                .setParameter(9, c.amount().currency().getCurrencyCode()).setParameter(10, Date.valueOf(c.chargedOn()))
                .setParameter(11, c.status().name()).setParameter(12, c.paymentReference()).setParameter(13, c.reason())
                .setParameter(14, Timestamp.from(c.askedAt())).executeUpdate();
    }

    @Override
    public void saveCharge(TenantId tenant, AutopayCharge c) {
        em(tenant).createNativeQuery("UPDATE " + tenant.schemaName() + ".autopay_charge SET status = ?2,"
                        + " payment_reference = CAST(?3 AS varchar), reason = CAST(?4 AS text), looked_on = CAST(?5 AS date)"
                        + " WHERE id = ?1")
                .setParameter(1, c.id()).setParameter(2, c.status().name()).setParameter(3, c.paymentReference())
                .setParameter(4, c.reason()).setParameter(5, c.lookedOn() == null ? null : c.lookedOn().toString())
                .executeUpdate();
    }

    private EntityManager em(TenantId tenant) {
        return managers.of(tenant);
    }
}
