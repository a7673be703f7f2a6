package com.becflow.workspace.invoicing;

import com.becflow.clients.Client;
import com.becflow.invoicing.Invoice;
import com.becflow.invoicing.InvoiceFile;
import com.becflow.invoicing.InvoiceId;
import com.becflow.invoicing.InvoiceKind;
import com.becflow.invoicing.InvoiceStatus;
import com.becflow.invoicing.Payment;
import com.becflow.invoicing.PaymentId;
import com.becflow.invoicing.PaymentKind;
import com.becflow.invoicing.app.CreditNotes;
import com.becflow.invoicing.app.InvoiceClosing;
import com.becflow.invoicing.app.InvoiceDocuments;
import com.becflow.invoicing.app.InvoiceDrafts;
import com.becflow.invoicing.app.InvoiceIssuing;
import com.becflow.invoicing.app.LateFees;
import com.becflow.invoicing.app.ManualPayments;
import com.becflow.invoicing.app.RefundPayment;
import com.becflow.invoicing.app.Refunds;
import com.becflow.shared.money.Money;
import com.becflow.shared.money.MoneyText;
import com.becflow.workspace.Confirm;
import com.becflow.workspace.Notices;
import com.becflow.workspace.security.WorkspaceTenant;
import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What the freelancer can do with an invoice where it stands, and the dialogs and confirmations that go with it:
 * issue or delete a draft; download, send again, record or refund a payment, credit, write off or void an issued one.
 * Each runs one use case and shows what it answered; the page around it is asked to redraw after a change.
 */
public class InvoiceActions extends HorizontalLayout {

    private static final Logger LOG = Logger.getLogger(InvoiceActions.class.getName());

    private final InvoiceIssuing issuing;
    private final InvoiceDrafts drafts;
    private final InvoiceClosing closing;
    private final ManualPayments manualPayments;
    private final Refunds refunds;
    private final CreditNotes creditNotes;
    private final InvoiceDocuments documents;
    private final WorkspaceTenant tenant;
    private final Clock clock;
    private final RecordPaymentDialog paymentDialog = new RecordPaymentDialog();
    private final RefundDialog refundDialog = new RefundDialog();
    private final CreditNoteDialog creditNoteDialog = new CreditNoteDialog();
    private Invoice invoice;
    private Client client;
    private List<Payment> payments = List.of();
    private boolean writable;
    private Runnable changed = () -> { };

    @Inject
    LateFees lateFees;

    @Inject
    public InvoiceActions(InvoiceIssuing issuing, InvoiceDrafts drafts, InvoiceClosing closing, ManualPayments manualPayments,
                          Refunds refunds, CreditNotes creditNotes, InvoiceDocuments documents, WorkspaceTenant tenant,
                          Clock clock) {
        this.issuing = issuing;
        this.drafts = drafts;
        this.closing = closing;
        this.manualPayments = manualPayments;
        this.refunds = refunds;
        this.creditNotes = creditNotes;
        this.documents = documents;
        this.tenant = tenant;
        this.clock = clock;
        setId("invoice-actions");
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        paymentDialog.addSaveListener(e -> recordPayment(e.draft()));
        refundDialog.addSaveListener(e -> refund(e.payment(), e.draft(), e.excess()));
        creditNoteDialog.addSaveListener(e -> issueCreditNote(e.draft()));
    }

    /** The buttons for a draft: edit (the page shows its editor), issue and send, delete. */
    void showDraft(Invoice draft, Client to, boolean canWrite, Runnable edit, Runnable afterChange) {
        show(draft, to, List.of(), canWrite, afterChange);
        Button editButton = button("Edit", "edit-invoice", e -> edit.run());
        Button issue = button("Issue and send", "issue-invoice", e -> confirmIssue());
        issue.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        Button delete = button("Delete draft", "delete-invoice", e -> confirmDelete());
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        add(editButton, issue, delete);
    }

    /** The buttons for an issued invoice or credit note, by where its money stands. */
    void showIssued(Invoice issued, Client to, List<Payment> ledger, boolean canWrite, Runnable afterChange) {
        show(issued, to, ledger, canWrite, afterChange);
        Anchor pdf = new Anchor(pdf(), AttachmentType.DOWNLOAD, "Download PDF");
        pdf.setId("download-invoice-pdf");
        add(pdf);
        if (!invoice.kind().owed()) {
            return;
        }
        if (invoice.excess().isPositive()) {
            showExcess();
        }
        InvoiceStatus stored = invoice.status();
        if (stored.open() || stored == InvoiceStatus.UNCOLLECTIBLE) {
            Button record = button("Record payment", "record-payment",
                    e -> paymentDialog.open(invoice.balance().rounded(), tenant.get().today(clock)));
            record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(record);
        }
        if (stored != InvoiceStatus.VOID) {
            add(button("Send again", "resend-invoice", e -> resend()));
        }
        if (stored != InvoiceStatus.VOID && stored != InvoiceStatus.UNCOLLECTIBLE && invoice.balance().isPositive()) {
            add(button("Issue credit note", "issue-credit-note", e -> creditNoteDialog.open(
                    invoice.number().orElse(""), invoice.balance().rounded())));
        }
        if (stored.open()) {
            Button writeOff = button("Mark uncollectible", "mark-uncollectible", e -> confirmWriteOff());
            writeOff.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            add(writeOff);
        }
        if (stored.open() && invoice.ledger().untouched()) {
            Button voidIt = button("Void", "void-invoice", e -> confirmVoid());
            voidIt.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            add(voidIt);
        }
    }

    private void show(Invoice shown, Client to, List<Payment> ledger, boolean canWrite, Runnable afterChange) {
        removeAll();
        invoice = shown;
        client = to;
        payments = ledger;
        writable = canWrite;
        changed = afterChange;
    }

    /** Asks, then waives one late fee in full; the history names the freelancer who did. */
    void confirmWaive(Payment fee) {
        InvoiceId id = invoice.id();
        Confirm.ask("Waive the late fee of " + MoneyText.of(fee.amount().rounded()) + "?", "The fee charged on "
                + fee.receivedOn() + " under the signed contract's late-fee clause is taken off what " + client.name()
                + " owes. The invoice's history records that you waived it.", "Waive", "waive-fee-confirm", false, () -> {
                    if (Notices.attempt(() -> lateFees.waive(id, fee.id(), null, tenant.get()))) {
                        Notices.success("Late fee waived");
                        changed.run();
                    }
                });
    }

    /** Opens the refund dialog for one payment, with what is left of it to give back. */
    void openRefund(Payment payment) {
        refundDialog.open(payment, InvoiceActivityPanel.leftToRefund(payment, payments));
    }

    private void confirmIssue() {
        InvoiceId id = invoice.id();
        Confirm.ask("Issue and send to " + client.email() + "?", "Becflow gives it the next number, fixes it as in the "
                + "preview and emails " + client.name() + " a link to see and pay it. An issued invoice cannot be "
                + "changed; corrections go through a credit note.", "Issue and send", "issue-invoice-confirm", false, () -> {
                    if (Notices.attempt(() -> issuing.issue(id, tenant.get()))) {
                        Notices.success("Issued and sent to " + client.email());
                        changed.run();
                    }
                });
    }

    private void confirmDelete() {
        InvoiceId id = invoice.id();
        Confirm.ask("Delete this draft?", "The draft is removed for good. It has no number yet, so no number is lost.",
                "Delete", "delete-invoice-confirm", true, () -> {
                    if (Notices.attempt(() -> drafts.delete(id, tenant.get()))) {
                        Notices.success("Draft deleted");
                        UI.getCurrent().navigate(InvoiceListView.class);
                    }
                });
    }

    private void resend() {
        if (Notices.attempt(() -> issuing.resend(invoice.id(), tenant.get()))) {
            Notices.success("A fresh link was sent to " + client.email() + "; earlier links no longer work");
            changed.run();
        }
    }

    private void confirmVoid() {
        InvoiceId id = invoice.id();
        Confirm.ask("Void " + invoice.describe() + "?", "A voided invoice keeps its number but is owed no more, and "
                + "the client's link stops working. This cannot be undone.", "Void", "void-invoice-confirm", true, () -> {
                    if (Notices.attempt(() -> closing.voidInvoice(id, tenant.get()))) {
                        Notices.success("Invoice voided");
                        changed.run();
                    }
                });
    }

    private void confirmWriteOff() {
        InvoiceId id = invoice.id();
        Confirm.ask("Write off " + MoneyText.of(invoice.balance().rounded()) + "?", "The open balance of "
                + invoice.describe() + " is given up as uncollectible. A payment that still comes in counts and "
                + "reopens it.", "Mark uncollectible", "mark-uncollectible-confirm", true, () -> {
                    if (Notices.attempt(() -> closing.writeOff(id, tenant.get()))) {
                        Notices.success("Marked uncollectible");
                        changed.run();
                    }
                });
    }

    private void recordPayment(PaymentDraft draft) {
        Payment[] recorded = new Payment[1];
        if (Notices.attempt(() -> recorded[0] = manualPayments.record(invoice.id(), draft.toCommand(), tenant.get()),
                paymentDialog::showErrors)) {
            paymentDialog.close();
            Notices.success("Payment of " + MoneyText.of(recorded[0].amount()) + " recorded; the receipt goes to "
                    + client.email());
            changed.run();
        }
    }

    /** Whether it went back by hand or through Stripe, and whether Stripe confirmed it yet, is what the refund answers. */
    private void refund(Payment payment, RefundDraft draft, boolean excess) {
        Refunds.Outcome[] outcome = new Refunds.Outcome[1];
        RefundPayment command = draft.toCommand(payment.id());
        if (Notices.attempt(() -> outcome[0] = excess ? refunds.returnExcess(invoice.id(), command, tenant.get())
                : refunds.refund(invoice.id(), command, tenant.get()), refundDialog::showErrors)) {
            refundDialog.close();
            String note = excess ? "" : "; a credit note was issued";
            Notices.success(!outcome[0].online() ? "Refund recorded" + note
                    : outcome[0].done() ? "Refunded through Stripe" + note
                    : "Stripe is processing the refund; it shows here once Stripe confirms it");
            changed.run();
        }
    }

    /**
     * Money received beyond what is owed is never left silent: the freelancer gives it back (from the latest payment
     * that still has it) or keeps it as the client's credit.
     */
    private void showExcess() {
        Money excess = invoice.excess();
        Payment from = null;
        for (Payment p : payments) {
            if (p.kind() == PaymentKind.PAYMENT && InvoiceActivityPanel.leftToRefund(p, payments).isPositive()) {
                from = p;
            }
        }
        Payment giveBackFrom = from;
        Button giveBack = button("Give back " + MoneyText.of(excess.rounded()), "return-excess", e -> refundDialog
                .openForExcess(giveBackFrom, min(excess, InvoiceActivityPanel.leftToRefund(giveBackFrom, payments))));
        giveBack.setEnabled(writable && giveBackFrom != null);
        giveBack.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        Button keep = button("Keep as " + client.name() + "'s credit", "keep-excess-as-credit", e -> confirmKeepAsCredit());
        add(giveBack, keep);
    }

    private void confirmKeepAsCredit() {
        InvoiceId id = invoice.id();
        Confirm.ask("Keep " + MoneyText.of(invoice.excess().rounded()) + " as credit?", client.name() + " paid more than "
                + invoice.describe() + " owes. Keep it as their credit: it pays their next invoices when you record a "
                + "payment from the client's credit.", "Keep as credit", "keep-excess-confirm", false, () -> {
                    if (Notices.attempt(() -> manualPayments.keepExcessAsCredit(id, tenant.get()))) {
                        Notices.success("Kept as " + client.name() + "'s credit");
                        changed.run();
                    }
                });
    }

    private static Money min(Money a, Money b) {
        return a.isMoreThan(b) ? b : a;
    }

    private void issueCreditNote(CreditNoteDraft draft) {
        Invoice[] issued = new Invoice[1];
        if (Notices.attempt(() -> issued[0] = creditNotes.issue(invoice.id(), draft.toCommand(), tenant.get()),
                creditNoteDialog::showErrors)) {
            creditNoteDialog.close();
            Notices.success("Credit note " + issued[0].number().orElse("") + " issued for "
                    + MoneyText.of(issued[0].total()));
            changed.run();
        }
    }

    /** The issued document; the bytes are read when the link is followed. */
    private DownloadHandler pdf() {
        InvoiceId invoiceId = invoice.id();
        String fileName = fileName(invoice.kind(), invoice.number().orElse(invoiceId.toString())) + ".pdf";
        return DownloadHandler.fromInputStream(event -> {
            try {
                return response(documents.pdf(invoiceId, tenant.get()), fileName);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Download of the PDF of invoice " + invoiceId + " failed", e);
                return DownloadResponse.error(404);
            }
        });
    }

    /** One payment's receipt; the bytes are read when the link is followed. */
    DownloadHandler receipt(Payment payment) {
        InvoiceId invoiceId = invoice.id();
        PaymentId paymentId = payment.id();
        String fileName = "receipt-" + invoice.number().orElse(invoiceId.toString()) + "-"
                + paymentId.value().toString().substring(0, 8) + ".pdf";
        return DownloadHandler.fromInputStream(event -> {
            try {
                return response(documents.receipt(invoiceId, paymentId, tenant.get()), fileName);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Download of receipt " + paymentId + " of invoice " + invoiceId + " failed", e);
                return DownloadResponse.error(404);
            }
        });
    }

    private static DownloadResponse response(InvoiceFile file, String fileName) {
        byte[] pdf = file.pdf();
        return new DownloadResponse(new ByteArrayInputStream(pdf), fileName, "application/pdf", pdf.length);
    }

    /** "invoice-INV-2026-0001", "credit-note-CN-2026-0001": safe in a file name whatever the prefix holds. */
    static String fileName(InvoiceKind kind, String number) {
        String stem = kind == InvoiceKind.CREDIT_NOTE ? "credit-note" : kind == InvoiceKind.DEPOSIT ? "deposit-invoice" : "invoice";
        return stem + "-" + number.replaceAll("[^A-Za-z0-9._-]+", "-");
    }

    private Button button(String text, String id, ComponentEventListener<ClickEvent<Button>> listener) {
        Button button = new Button(text, listener);
        button.setId(id);
        button.setEnabled(writable);
        return button;
    }
}
