package com.becflow.invoicing;

import com.becflow.shared.documents.Sha256;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * The document as issued: the XHTML fixed at issue (with the branding of that day) and its SHA-256. The
 * portal, the PDF and any later copy show these bytes, never a re-rendering.
 */
@Entity
@Table(name = "invoice_document")
public class InvoiceDocument {

    @Id
    @Column(name = "invoice_id")
    private UUID invoiceId;

    @Column(nullable = false)
    private String html;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "rendered_at", nullable = false)
    private Instant renderedAt;

    protected InvoiceDocument() {
    }

    public InvoiceDocument(InvoiceId invoice, String html, Instant now) {
        this.invoiceId = invoice.value();
        this.html = html;
        this.sha256 = Sha256.hex(html);
        this.renderedAt = now;
    }

    public boolean intact() {
        return Sha256.hex(html).equals(sha256);
    }

    public InvoiceId invoiceId() { return new InvoiceId(invoiceId); }
    public String html() { return html; }
    public String sha256() { return sha256; }
    public Instant renderedAt() { return renderedAt; }
}
