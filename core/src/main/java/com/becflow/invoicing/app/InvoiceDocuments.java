package com.becflow.invoicing.app;

import com.becflow.clients.Client;
import com.becflow.clients.app.ClientService;
import com.becflow.invoicing.Invoice;
import com.becflow.invoicing.InvoiceDocument;
import com.becflow.invoicing.InvoiceFile;
import com.becflow.invoicing.InvoiceFileKind;
import com.becflow.invoicing.InvoiceId;
import com.becflow.invoicing.InvoiceNotFound;
import com.becflow.invoicing.InvoiceParties;
import com.becflow.invoicing.InvoiceRendering;
import com.becflow.invoicing.InvoiceStateConflict;
import com.becflow.invoicing.InvoiceStatus;
import com.becflow.invoicing.Invoices;
import com.becflow.invoicing.Payment;
import com.becflow.invoicing.PaymentId;
import com.becflow.invoicing.PaymentKind;
import com.becflow.shared.documents.PdfRenderer;
import com.becflow.shared.tenant.TenantContext;
import com.becflow.tenancy.Tenant;
import com.becflow.tenancy.app.TenantRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;

/**
 * The documents of an invoice: the frozen document fixed at issue, and the PDFs of it and of each payment's
 * receipt, each rendered once, when first asked for, and kept.
 */
@ApplicationScoped
@Transactional
public class InvoiceDocuments {

    private final Invoices invoices;
    private final ClientService clients;
    private final TenantRegistry tenants;
    private final PdfRenderer pdf;
    private final Clock clock;

    @Inject
    public InvoiceDocuments(Invoices invoices, ClientService clients, TenantRegistry tenants, PdfRenderer pdf, Clock clock) {
        this.invoices = invoices;
        this.clients = clients;
        this.tenants = tenants;
        this.pdf = pdf;
        this.clock = clock;
    }

    protected InvoiceDocuments() {
        this(null, null, null, null, null);
    }

    /** Fixes the document as the client will see it, in the tenant's branding of today, with its SHA-256. */
    InvoiceDocument freeze(Invoice issued, InvoiceParties parties, TenantContext ctx) {
        String credited = issued.creditedInvoiceId().flatMap(c -> invoices.find(ctx.tenant(), c))
                .flatMap(Invoice::number).orElse(null);
        InvoiceDocument document = new InvoiceDocument(issued.id(), InvoiceRendering.document(issued, parties,
                invoices.settings(ctx.tenant()).branding(), credited), clock.instant());
        invoices.addDocument(ctx.tenant(), document);
        return document;
    }

    /** The issued document as PDF. */
    public InvoiceFile pdf(InvoiceId id, TenantContext ctx) {
        return pdf(find(id, ctx), ctx);
    }

    public InvoiceFile pdf(Invoice invoice, TenantContext ctx) {
        if (invoice.status() == InvoiceStatus.DRAFT) {
            throw new InvoiceStateConflict("invoice.pdf.draft", "A draft has no PDF yet; preview it or issue it");
        }
        return invoices.file(ctx.tenant(), invoice.id(), InvoiceFileKind.INVOICE, null).orElseGet(() -> {
            InvoiceDocument document = invoices.document(ctx.tenant(), invoice.id())
                    .orElseThrow(() -> new InvoiceNotFound(invoice.id()));
            InvoiceFile file = new InvoiceFile(invoice.id(), null, InvoiceFileKind.INVOICE,
                    pdf.render(InvoiceRendering.pdfPage(document.html(), invoice.kind().label() + " "
                            + invoice.number().orElse(""))), clock.instant());
            return invoices.keepFile(ctx.tenant(), file);
        });
    }

    /** The receipt of one payment of the invoice. */
    public InvoiceFile receipt(InvoiceId id, PaymentId payment, TenantContext ctx) {
        return receipt(find(id, ctx), payment, ctx);
    }

    public InvoiceFile receipt(Invoice invoice, PaymentId paymentId, TenantContext ctx) {
        Payment payment = invoices.payment(ctx.tenant(), paymentId)
                .filter(p -> p.invoiceId().equals(invoice.id()) && p.kind() == PaymentKind.PAYMENT)
                .orElseThrow(() -> new InvoiceNotFound(invoice.id() + " payment " + paymentId));
        return invoices.file(ctx.tenant(), invoice.id(), InvoiceFileKind.RECEIPT, paymentId).orElseGet(() -> {
            Tenant tenant = tenants.recent(ctx.tenant());
            Client client = clients.get(invoice.clientId(), ctx);
            String html = InvoiceRendering.receipt(invoice, payment, invoice.ledger(), InvoiceParties.of(tenant, client),
                    invoices.settings(ctx.tenant()).branding(), client.zone());
            InvoiceFile file = new InvoiceFile(invoice.id(), paymentId, InvoiceFileKind.RECEIPT,
                    pdf.render(InvoiceRendering.pdfPage(html, "Receipt for " + invoice.number().orElse(""))), clock.instant());
            return invoices.keepFile(ctx.tenant(), file);
        });
    }

    private Invoice find(InvoiceId id, TenantContext ctx) {
        return invoices.find(ctx.tenant(), id).orElseThrow(() -> new InvoiceNotFound(id));
    }
}
