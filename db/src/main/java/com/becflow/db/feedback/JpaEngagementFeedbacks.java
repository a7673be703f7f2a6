package com.becflow.db.feedback;

import static com.becflow.db.NativeColumns.instant;
import static com.becflow.db.NativeColumns.uuid;

import com.becflow.clients.ClientId;
import com.becflow.contracts.ContractId;
import com.becflow.db.tenant.TenantEntityManagers;
import com.becflow.feedback.EngagementFeedback;
import com.becflow.feedback.EngagementFeedbacks;
import com.becflow.shared.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

/** Engagement feedback in the tenant's schema, in plain SQL: a row per contract. */
@ApplicationScoped
public class JpaEngagementFeedbacks implements EngagementFeedbacks {

    private static final String COLUMNS = "contract_id, client_id, requested_at, answered_at, work_rating,"
            + " billing_rating, comment";

    private final TenantEntityManagers managers;

    @Inject
    public JpaEngagementFeedbacks(TenantEntityManagers managers) {
        this.managers = managers;
    }

    protected JpaEngagementFeedbacks() {
        this(null);
    }

    @Override
    public boolean request(TenantId tenant, EngagementFeedback f) {
        // ON CONFLICT DO NOTHING waits for a concurrent request of the same engagement, then counts 0.
        return em(tenant).createNativeQuery("INSERT INTO " + tenant.schemaName() + ".engagement_feedback (contract_id,"
                        + " client_id, requested_at) VALUES (?1, ?2, ?3) ON CONFLICT (contract_id) DO NOTHING")
                .setParameter(1, f.contractId().value()).setParameter(2, f.clientId().value())
                .setParameter(3, Timestamp.from(f.requestedAt())).executeUpdate() == 1;
    }

    @Override
    public Optional<EngagementFeedback> lock(TenantId tenant, ContractId contract) {
        return where(tenant, "contract_id = ?1 FOR UPDATE", contract.value()).stream().findFirst();
    }

    @Override
    public void saveAnswer(TenantId tenant, EngagementFeedback f) {
        EngagementFeedback.Answer a = f.answer().orElseThrow();
        em(tenant).createNativeQuery("UPDATE " + tenant.schemaName() + ".engagement_feedback SET answered_at = ?1,"
                        + " work_rating = ?2, billing_rating = ?3, comment = CAST(?4 AS varchar) WHERE contract_id = ?5")
                .setParameter(1, Timestamp.from(a.at())).setParameter(2, a.work()).setParameter(3, a.billing())
                .setParameter(4, a.comment()).setParameter(5, f.contractId().value()).executeUpdate();
    }

    @Override
    public List<EngagementFeedback> ofClient(TenantId tenant, ClientId client) {
        return where(tenant, "client_id = ?1 ORDER BY requested_at DESC, contract_id", client.value());
    }

    private List<EngagementFeedback> where(TenantId tenant, String condition, Object parameter) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em(tenant).createNativeQuery("SELECT " + COLUMNS + " FROM " + tenant.schemaName()
                + ".engagement_feedback WHERE " + condition).setParameter(1, parameter).getResultList();
        return rows.stream().map(JpaEngagementFeedbacks::feedback).toList();
    }

    private static EngagementFeedback feedback(Object[] r) {
        EngagementFeedback.Answer answer = r[3] == null ? null : new EngagementFeedback.Answer(((Number) r[4]).intValue(),
                ((Number) r[5]).intValue(), (String) r[6], instant(r[3]));
        return EngagementFeedback.restore(new ContractId(uuid(r[0])), new ClientId(uuid(r[1])), instant(r[2]), answer);
    }

    private EntityManager em(TenantId tenant) {
        return managers.of(tenant);
    }
}
