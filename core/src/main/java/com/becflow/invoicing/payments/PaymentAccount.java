package com.becflow.invoicing.payments;

import com.becflow.shared.tenant.TenantId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A tenant's own account at the payment provider, where its clients' money goes. Kept in schema public:
 * a provider notification names the account before anyone knows the tenant. The idempotency key is stored
 * before the account is asked for, so a lost answer never makes a second account. Not versioned: every
 * writer copies what Stripe says now, so the last one to write is right.
 */
@Entity
@Table(name = "payment_account", schema = "public")
public class PaymentAccount {

    @Id
    @Column(name = "tenant_id")
    private UUID tenantId;

    @Column(name = "account_id", unique = true, length = 255)
    private String accountId;

    @Column(name = "idempotency_key", nullable = false, length = 100)
    private String idempotencyKey;

    @Column(name = "charges_enabled", nullable = false)
    private boolean chargesEnabled;

    @Column(name = "details_submitted", nullable = false)
    private boolean detailsSubmitted;

    @Column(name = "display_name", length = 200)
    private String displayName;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected PaymentAccount() {
    }

    public PaymentAccount(TenantId tenant, Instant now) {
        this.tenantId = tenant.value();
        this.idempotencyKey = "becflow-account-" + tenant.value();
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void update(PaymentGateway.ConnectedAccount account, Instant now) {
        accountId = account.id();
        chargesEnabled = account.chargesEnabled();
        detailsSubmitted = account.detailsSubmitted();
        displayName = account.displayName();
        updatedAt = now;
    }

    public TenantId tenant() { return new TenantId(tenantId); }
    public String accountId() { return accountId; }
    public String idempotencyKey() { return idempotencyKey; }
    public boolean chargesEnabled() { return chargesEnabled; }
    public boolean detailsSubmitted() { return detailsSubmitted; }
    public String displayName() { return displayName; }
    public Instant updatedAt() { return updatedAt; }

    /** Connected and allowed to take payments. */
    public boolean ready() {
        return accountId != null && chargesEnabled;
    }
}
