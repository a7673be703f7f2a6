package com.becflow.shared.documents;

import com.becflow.shared.tenant.TenantId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * The SHA-256 of a document Becflow issued (a signed contract, an audit certificate), kept in the public
 * schema so that anyone holding a copy can check it was issued unaltered, without knowing whose it is.
 */
@Entity
@Table(name = "document_fingerprint", schema = "public")
public class DocumentFingerprint {

    @Id
    @Column(length = 64)
    private String sha256;

    @Column(name = "tenant_id", nullable = false)
    private UUID tenantId;

    @Column(nullable = false, length = 40)
    private String kind;

    @Column(name = "subject_id", nullable = false)
    private UUID subjectId;

    @Column(nullable = false)
    private String description;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    protected DocumentFingerprint() {
    }

    public DocumentFingerprint(String sha256, TenantId tenant, String kind, UUID subject, String description,
                               Instant issuedAt) {
        this.sha256 = sha256;
        this.tenantId = tenant.value();
        this.kind = kind;
        this.subjectId = subject;
        this.description = description;
        this.issuedAt = issuedAt;
    }

    public String sha256() { return sha256; }
    public TenantId tenant() { return new TenantId(tenantId); }
    public String kind() { return kind; }
    public UUID subject() { return subjectId; }
    public String description() { return description; }
    public Instant issuedAt() { return issuedAt; }
}
