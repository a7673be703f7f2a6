package com.becflow.invoicing.app;

import com.becflow.invoicing.InvalidInvoice;
import com.becflow.invoicing.Invoice;
import com.becflow.invoicing.InvoiceId;
import com.becflow.invoicing.InvoiceStateConflict;
import com.becflow.invoicing.InvoiceStatus;
import com.becflow.shared.tenant.Actor;
import com.becflow.shared.tenant.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** The freelancer corrects an issued invoice with a credit note, issued at once; its total comes off the balance. */
@ApplicationScoped
@Transactional
public class CreditNotes {

    static final int REASON_LENGTH = 500;

    private final Ledger ledger;

    @Inject
    public CreditNotes(Ledger ledger) {
        this.ledger = ledger;
    }

    protected CreditNotes() {
        this(null);
    }

    public Invoice issue(InvoiceId id, IssueCreditNote command, TenantContext ctx) {
        ctx.requireWritable();
        LockedInvoice locked = ledger.lock(id, ctx);
        Invoice invoice = locked.invoice();
        if (!invoice.kind().owed()) {
            throw new InvoiceStateConflict("invoice.credit.credit-note", "A credit note cannot be credited");
        }
        if (invoice.status() == InvoiceStatus.DRAFT) {
            throw new InvoiceStateConflict("invoice.credit.draft", "Only an issued invoice can be credited; "
                    + invoice.describe() + " is a draft: change it instead");
        }
        if (command.reason() != null && command.reason().length() > REASON_LENGTH) {
            throw InvalidInvoice.of("reason", "At most " + REASON_LENGTH + " characters");
        }
        return ledger.credit(locked, command.lines(), command.reason(), Actor.freelancer(ctx));
    }
}
