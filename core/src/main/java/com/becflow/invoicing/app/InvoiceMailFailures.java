package com.becflow.invoicing.app;

import com.becflow.invoicing.InvoiceEventType;
import com.becflow.invoicing.InvoiceId;
import com.becflow.shared.mail.MailTopic;
import com.becflow.shared.mail.MailUndeliverable;
import com.becflow.shared.tenant.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Writes an invoice's mail that failed for good into the invoice's history, so the freelancer sees who was not
 * reached, when and why, and can send a fresh link.
 */
@ApplicationScoped
public class InvoiceMailFailures {

    static final Actor MAIL_DELIVERY = Actor.system("mail delivery");

    private final InvoiceHistory history;

    @Inject
    public InvoiceMailFailures(InvoiceHistory history) {
        this.history = history;
    }

    protected InvoiceMailFailures() {
        this(null);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void onFailure(@Observes MailUndeliverable failed) {
        if (failed.topic().kind() != MailTopic.Kind.INVOICE) {
            return;
        }
        history.record(failed.tenant(), new InvoiceId(failed.topic().id()), InvoiceEventType.MAIL_FAILED, MAIL_DELIVERY,
                "\"" + failed.subject() + "\" to " + failed.to() + " could not be delivered after " + failed.attempts()
                        + (failed.attempts() == 1 ? " attempt: " : " attempts: ") + failed.reason()
                        + ". Check the client's address, then send a fresh link.");
    }
}
