package com.becflow.invoicing.app;

import com.becflow.shared.mail.Mailer;
import com.becflow.invoicing.InvoiceEventType;
import com.becflow.shared.concurrent.WorkerPools;
import com.becflow.shared.tenant.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends invoice mails after commit, on a managed thread. Issuing holds the tenant's number series locked until
 * it commits, so the mail server's answer must not be waited for inside it (nor by the person who clicked
 * "Issue"); and a mail for an invoice that rolled back must never go out. A mail that fails is written to the
 * invoice's history, where "Send again" makes a fresh link. The link's secret lives only in memory until then:
 * it is never written to a queue table.
 */
@ApplicationScoped
public class InvoiceMailer {

    private static final Logger LOG = Logger.getLogger(InvoiceMailer.class.getName());

    /** Mail servers answer in milliseconds to seconds; a few connections at once keep up with issuing. */
    static final int SENDING_THREADS = 4;

    private final Mailer mailer;
    private final InvoiceHistory history;
    private final WorkerPools pools;

    @Inject
    public InvoiceMailer(Mailer mailer, InvoiceHistory history, WorkerPools pools) {
        this.mailer = mailer;
        this.history = history;
        this.pools = pools;
    }

    protected InvoiceMailer() {
        this(null, null, null);
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) InvoiceMail mail) {
        pools.pool("invoice-mail", SENDING_THREADS).execute(() -> send(mail));
    }

    private void send(InvoiceMail mail) {
        try {
            mailer.send(mail.mail());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Invoice mail to " + mail.mail().to() + " not sent", e);
            history.record(mail.tenant(), mail.invoice(), InvoiceEventType.MAIL_FAILED, Actor.system("mail"),
                    "\"" + mail.mail().subject() + "\" could not be sent to "
                    + mail.mail().to() + ": " + e.getMessage() + ". Use \"Send again\" for a fresh link.");
        }
    }
}
