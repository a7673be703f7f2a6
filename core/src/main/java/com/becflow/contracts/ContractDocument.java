package com.becflow.contracts;

import com.becflow.shared.documents.Sha256;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * The exact document a client was sent for one revision: the rendered XHTML, fixed at sending, and its
 * SHA-256. The portal shows these bytes, signatures name this hash, and an edit makes a new revision
 * instead of touching this one.
 */
@Entity
@Table(name = "contract_document")
public class ContractDocument {

    @Id
    private UUID id;

    @Column(name = "contract_id", nullable = false)
    private UUID contractId;

    @Column(nullable = false)
    private int revision;

    @Column(nullable = false)
    private String html;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "rendered_at", nullable = false)
    private Instant renderedAt;

    protected ContractDocument() {
    }

    public ContractDocument(ContractId contract, int revision, String html, Instant now) {
        this.id = UUID.randomUUID();
        this.contractId = contract.value();
        this.revision = revision;
        this.html = html;
        this.sha256 = Sha256.hex(html);
        this.renderedAt = now;
    }

    public boolean intact() {
        return Sha256.hex(html).equals(sha256);
    }

    public ContractId contractId() { return new ContractId(contractId); }
    public int revision() { return revision; }
    public String html() { return html; }
    public String sha256() { return sha256; }
    public Instant renderedAt() { return renderedAt; }
}
