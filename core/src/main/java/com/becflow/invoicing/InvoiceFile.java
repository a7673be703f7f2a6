package com.becflow.invoicing;

import com.becflow.shared.documents.Sha256;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** A rendered PDF, kept once made: the issued document, or the receipt of one payment. */
@Entity
@Table(name = "invoice_file")
public class InvoiceFile {

    @Id
    private UUID id;

    @Column(name = "invoice_id", nullable = false)
    private UUID invoiceId;

    @Column(name = "payment_id")
    private UUID paymentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private InvoiceFileKind kind;

    @Column(nullable = false)
    private byte[] pdf;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected InvoiceFile() {
    }

    public InvoiceFile(InvoiceId invoice, PaymentId payment, InvoiceFileKind kind, byte[] pdf, Instant now) {
        this.id = UUID.randomUUID();
        this.invoiceId = invoice.value();
        this.paymentId = payment == null ? null : payment.value();
        this.kind = kind;
        this.pdf = pdf.clone();
        this.sha256 = Sha256.hex(pdf);
        this.createdAt = now;
    }

    public java.util.UUID id() { return id; }
    public InvoiceId invoiceId() { return new InvoiceId(invoiceId); }
    public Optional<PaymentId> paymentId() { return Optional.ofNullable(paymentId).map(PaymentId::new); }
    public InvoiceFileKind kind() { return kind; }
    public byte[] pdf() { return pdf.clone(); }
    public String sha256() { return sha256; }
    public Instant createdAt() { return createdAt; }
}
