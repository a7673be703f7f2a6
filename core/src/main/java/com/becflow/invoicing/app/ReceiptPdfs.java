package com.becflow.invoicing.app;

import com.becflow.invoicing.InvoiceId;
import com.becflow.invoicing.PaymentId;
import com.becflow.shared.mail.MailAttachments;
import com.becflow.shared.tenant.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;

/** The receipt PDF a queued receipt mail names, made (and kept) when the mail goes out. */
@ApplicationScoped
public class ReceiptPdfs implements MailAttachments {

    static final String SOURCE = "invoice-receipt";

    private final InvoiceDocuments documents;

    @Inject
    public ReceiptPdfs(InvoiceDocuments documents) {
        this.documents = documents;
    }

    protected ReceiptPdfs() {
        this(null);
    }

    static String reference(InvoiceId invoice, PaymentId payment) {
        return invoice + "/" + payment;
    }

    @Override
    public String source() {
        return SOURCE;
    }

    @Override
    public byte[] content(TenantContext ctx, String reference) {
        String[] ids = reference.split("/", 2);
        return documents.receipt(new InvoiceId(UUID.fromString(ids[0])), new PaymentId(UUID.fromString(ids[1])), ctx).pdf();
    }
}
