package com.becflow.contracts;

import com.becflow.shared.documents.Sha256;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A PDF produced as evidence (signed contract, audit certificate), with the SHA-256 taken when it was made. */
@Entity
@Table(name = "contract_file")
public class ContractFile {

    @Id
    private UUID id;

    @Column(name = "contract_id", nullable = false)
    private UUID contractId;

    @Column(nullable = false)
    private int revision;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ContractFileKind kind;

    @Column(nullable = false)
    private byte[] pdf;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ContractFile() {
    }

    public ContractFile(ContractId contract, int revision, ContractFileKind kind, byte[] pdf, Instant now) {
        this.id = UUID.randomUUID();
        this.contractId = contract.value();
        this.revision = revision;
        this.kind = kind;
        this.pdf = pdf.clone();
        this.sha256 = Sha256.hex(pdf);
        this.createdAt = now;
    }

    /** Whether the stored bytes still hash to what was recorded when the file was made. */
    public boolean intact() {
        return Sha256.hex(pdf).equals(sha256);
    }

    public ContractId contractId() { return new ContractId(contractId); }
    public int revision() { return revision; }
    public ContractFileKind kind() { return kind; }
    public byte[] pdf() { return pdf.clone(); }
    public String sha256() { return sha256; }
    public Instant createdAt() { return createdAt; }
}
