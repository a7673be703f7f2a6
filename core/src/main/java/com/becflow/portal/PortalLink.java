package com.becflow.portal;

import com.becflow.clients.ClientId;
import com.becflow.shared.tenant.TenantId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A link sent to a client, known only by the SHA-256 of its secret. Lives in the public schema. */
@Entity
@Table(name = "portal_link", schema = "public")
public class PortalLink {

    @Id
    @Column(name = "token_hash", length = 64)
    private String tokenHash;

    @Column(name = "tenant_id", nullable = false)
    private UUID tenantId;

    @Column(name = "client_id", nullable = false)
    private UUID clientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PortalPurpose purpose;

    @Column(name = "subject_id", nullable = false)
    private UUID subjectId;

    @Column(name = "sent_to", nullable = false)
    private String sentTo;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected PortalLink() {
    }

    public PortalLink(String tokenHash, TenantId tenant, ClientId client, PortalPurpose purpose, UUID subject,
                      String sentTo, Instant now, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.tenantId = tenant.value();
        this.clientId = client.value();
        this.purpose = purpose;
        this.subjectId = subject;
        this.sentTo = sentTo;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    public boolean usableAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }

    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    /** The SHA-256 of the link's secret: what a link is known by, e.g. to count its use. */
    public String tokenHash() { return tokenHash; }
    public TenantId tenant() { return new TenantId(tenantId); }
    public ClientId client() { return new ClientId(clientId); }
    public PortalPurpose purpose() { return purpose; }
    public UUID subject() { return subjectId; }
    public String sentTo() { return sentTo; }
    public Instant createdAt() { return createdAt; }
    public Instant expiresAt() { return expiresAt; }
    public Instant revokedAt() { return revokedAt; }
    public boolean revoked() { return revokedAt != null; }
}
