package com.becflow.contracts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * The evidence of one signature: who (typed name, and how they were identified), when (UTC), from where
 * (IP, user agent), after which consent, on exactly which document (its SHA-256 before signing) and giving
 * which signed PDF (its SHA-256 after). Written once, never changed.
 */
@Entity
@Table(name = "contract_signature")
public class ContractSignature {

    @Id
    private UUID id;

    @Column(name = "contract_id", nullable = false)
    private UUID contractId;

    @Column(nullable = false)
    private int revision;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private SignerRole role;

    @Column(name = "signer_name", nullable = false)
    private String signerName;

    @Column(name = "identity_method", nullable = false)
    private String identityMethod;

    @Column(name = "ip_address", nullable = false)
    private String ipAddress;

    @Column(name = "user_agent", nullable = false)
    private String userAgent;

    @Column(name = "consent_version", nullable = false)
    private String consentVersion;

    @Column(name = "consent_text", nullable = false)
    private String consentText;

    @Column(name = "document_sha256", nullable = false, length = 64)
    private String documentSha256;

    @Column(name = "signed_pdf_sha256", nullable = false, length = 64)
    private String signedPdfSha256;

    @Column(name = "signed_at", nullable = false)
    private Instant signedAt;

    protected ContractSignature() {
    }

    public ContractSignature(ContractId contract, int revision, SignerRole role, String signerName,
                             String identityMethod, SignatureContext context, ConsentText consent,
                             String documentSha256, Instant signedAt) {
        this.id = UUID.randomUUID();
        this.contractId = contract.value();
        this.revision = revision;
        this.role = role;
        this.signerName = signerName;
        this.identityMethod = identityMethod;
        this.ipAddress = context.ipAddress();
        this.userAgent = context.userAgent();
        this.consentVersion = consent.version();
        this.consentText = consent.text();
        this.documentSha256 = documentSha256;
        this.signedAt = signedAt.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    /** Set once, when the signed PDF that shows this signature has been made. */
    public void signedPdf(String sha256) {
        if (signedPdfSha256 != null) {
            throw new IllegalStateException("The signed PDF of a signature is fixed");
        }
        signedPdfSha256 = sha256;
    }

    public ContractId contractId() { return new ContractId(contractId); }
    public int revision() { return revision; }
    public SignerRole role() { return role; }
    public String signerName() { return signerName; }
    public String identityMethod() { return identityMethod; }
    public String ipAddress() { return ipAddress; }
    public String userAgent() { return userAgent; }
    public String consentVersion() { return consentVersion; }
    public String consentText() { return consentText; }
    public String documentSha256() { return documentSha256; }
    public String signedPdfSha256() { return signedPdfSha256; }
    public Instant signedAt() { return signedAt; }
}
