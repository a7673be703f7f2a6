package com.becflow.invoicing.disputes.app;

import com.becflow.clients.Client;
import com.becflow.invoicing.Invoice;
import com.becflow.invoicing.disputes.InvoiceDispute;
import com.becflow.shared.mail.MailTopic;
import com.becflow.shared.mail.Outbox;
import com.becflow.shared.mail.OutgoingMail;
import com.becflow.shared.money.MoneyText;
import com.becflow.shared.tenant.TenantId;
import com.becflow.tenancy.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;

/** What each side is told about a dispute, through the outbox, in the transaction that changed it. */
@ApplicationScoped
public class DisputeMails {

    private final Outbox outbox;

    @Inject
    public DisputeMails(Outbox outbox) {
        this.outbox = outbox;
    }

    protected DisputeMails() {
        this(null);
    }

    /** The freelancer hears of a new dispute, what it holds back and where to answer it. */
    void raised(TenantId tenant, Tenant freelancer, Invoice invoice, Client client, InvoiceDispute dispute, String what) {
        String number = invoice.number().orElse("");
        outbox.queue(tenant, MailTopic.invoice(invoice.id().value()), OutgoingMail.text(freelancer.ownerEmail(),
                "Disputed: " + MoneyText.of(dispute.amount()) + " of " + number + " (" + client.name() + ")",
                client.name() + " disputes " + MoneyText.of(dispute.amount()) + " of invoice " + number + " (" + what
                        + "):\n\n" + dispute.reason() + "\n\nUntil you answer, that amount is not reminded and no late fee"
                        + " is charged on it; the rest stays payable. Answer on the invoice's page: credit it with a"
                        + " credit note, or reject it with a word to the client.\n\nBecflow\n"));
    }

    /** The client hears the answer, in the freelancer's name. */
    void answered(TenantId tenant, String businessName, Invoice invoice, String to, InvoiceDispute dispute,
                  String creditNoteNumber) {
        String number = invoice.number().orElse("");
        boolean credited = creditNoteNumber != null;
        String text = "Hello,\n\nabout the " + MoneyText.of(dispute.amount()) + " of invoice " + number + " you disputed: "
                + (credited ? "you are right. Credit note " + creditNoteNumber + " takes it off the invoice; it comes in"
                + " a mail of its own." : "I have looked into it and cannot take it off the invoice, so it is due"
                + " again with the rest.")
                + dispute.answer().map(a -> "\n\n" + a).orElse("")
                + "\n\n" + businessName + "\n";
        outbox.queueToClient(tenant, MailTopic.invoice(invoice.id().value()), OutgoingMail.text(to,
                (credited ? "Your dispute of " : "About your dispute of ") + number, text), Locale.ENGLISH);
    }
}
