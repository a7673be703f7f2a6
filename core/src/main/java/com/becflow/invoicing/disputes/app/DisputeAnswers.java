package com.becflow.invoicing.disputes.app;

import com.becflow.clients.app.ClientService;
import com.becflow.invoicing.Invoice;
import com.becflow.invoicing.InvoiceEventType;
import com.becflow.invoicing.InvoiceId;
import com.becflow.invoicing.Invoices;
import com.becflow.invoicing.app.CreditNotes;
import com.becflow.invoicing.app.InvoiceHistory;
import com.becflow.invoicing.app.InvoiceQueries;
import com.becflow.invoicing.app.IssueCreditNote;
import com.becflow.invoicing.app.Ledger;
import com.becflow.invoicing.disputes.DisputeConflict;
import com.becflow.invoicing.disputes.DisputeNotFound;
import com.becflow.invoicing.disputes.InvoiceDispute;
import com.becflow.invoicing.disputes.InvoiceDisputeId;
import com.becflow.invoicing.disputes.InvoiceDisputes;
import com.becflow.shared.agenda.Agenda;
import com.becflow.shared.agenda.AgendaTopic;
import com.becflow.shared.money.MoneyText;
import com.becflow.shared.tenant.Actor;
import com.becflow.shared.tenant.TenantContext;
import com.becflow.tenancy.app.TenantRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/**
 * The freelancer answers a client's dispute: credits it with a credit note (its lines as the freelancer writes them,
 * issued and mailed as any credit note), or rejects it with a word to the client, after which the amount is reminded
 * and charged late fees again. Either way the client is told and the history records it.
 */
@ApplicationScoped
@Transactional
public class DisputeAnswers {

    private final InvoiceQueries queries;
    private final Invoices invoices;
    private final Ledger ledger;
    private final CreditNotes creditNotes;
    private final InvoiceDisputes disputes;
    private final InvoiceHistory history;
    private final ClientService clients;
    private final TenantRegistry tenants;
    private final DisputeMails mails;
    private final Agenda agenda;
    private final Clock clock;

    @Inject
    public DisputeAnswers(InvoiceQueries queries, Invoices invoices, Ledger ledger, CreditNotes creditNotes,
                          InvoiceDisputes disputes, InvoiceHistory history, ClientService clients,
                          TenantRegistry tenants, DisputeMails mails, Agenda agenda, Clock clock) {
        this.queries = queries;
        this.invoices = invoices;
        this.ledger = ledger;
        this.creditNotes = creditNotes;
        this.disputes = disputes;
        this.history = history;
        this.clients = clients;
        this.tenants = tenants;
        this.mails = mails;
        this.agenda = agenda;
        this.clock = clock;
    }

    protected DisputeAnswers() {
        this(null, null, null, null, null, null, null, null, null, null, null);
    }

    /** The invoice's disputes, oldest first. */
    public List<InvoiceDispute> of(TenantContext ctx, InvoiceId id) {
        queries.get(id, ctx);
        return disputes.of(ctx.tenant(), id);
    }

    /** Issues the credit note and settles the dispute with it; {@code answer} is an optional word to the client. */
    public InvoiceDispute credit(TenantContext ctx, InvoiceId id, InvoiceDisputeId disputeId, IssueCreditNote note,
                                 String answer) {
        ctx.requireWritable();
        InvoiceDispute dispute = openDispute(ctx, id, disputeId);
        Invoice creditNote = creditNotes.issue(id, note, ctx);
        dispute.credit(creditNote.id(), answer, clock.instant());
        return answered(ctx, id, dispute, InvoiceEventType.DISPUTE_CREDITED, "Credited by "
                + creditNote.number().orElse(""), creditNote.number().orElse(""));
    }

    /** Rejects the dispute with the freelancer's answer: the amount is owed again. */
    public InvoiceDispute reject(TenantContext ctx, InvoiceId id, InvoiceDisputeId disputeId, String answer) {
        ctx.requireWritable();
        InvoiceDispute dispute = openDispute(ctx, id, disputeId);
        dispute.reject(answer, clock.instant());
        return answered(ctx, id, dispute, InvoiceEventType.DISPUTE_REJECTED, "Rejected", null);
    }

    /**
     * The open dispute, read with its invoice locked: two answers to one dispute (a credit and a rejection, or two
     * credits) run one after the other, and the second finds it answered.
     */
    private InvoiceDispute openDispute(TenantContext ctx, InvoiceId id, InvoiceDisputeId disputeId) {
        ledger.lock(id, ctx);
        InvoiceDispute dispute = disputes.find(ctx.tenant(), disputeId).filter(d -> d.invoiceId().equals(id))
                .orElseThrow(() -> new DisputeNotFound(disputeId));
        if (!dispute.open()) {
            throw new DisputeConflict("dispute.answered", "This dispute was answered on "
                    + dispute.answeredAt().orElseThrow() + " already");
        }
        return dispute;
    }

    private InvoiceDispute answered(TenantContext ctx, InvoiceId id, InvoiceDispute dispute, InvoiceEventType type,
                                    String how, String creditNoteNumber) {
        disputes.update(ctx.tenant(), dispute);
        Invoice invoice = queries.get(id, ctx);
        history.record(ctx, id, type, Actor.freelancer(ctx), how + ": " + MoneyText.of(dispute.amount()) + " disputed"
                + dispute.answer().map(a -> "; " + a).orElse(""));
        String to = invoice.sentTo() != null ? invoice.sentTo() : clients.get(invoice.clientId(), ctx).email();
        mails.answered(ctx.tenant(), invoices.settings(ctx.tenant()).branding().businessNameOr(
                tenants.recent(ctx.tenant()).displayName()), invoice, to, dispute, creditNoteNumber);
        agenda.expect(ctx.tenant(), AgendaTopic.REMINDERS, clock.instant());
        return dispute;
    }
}
