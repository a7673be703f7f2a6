package com.becflow.integrations.mail;

import com.becflow.shared.mail.MailNotAccepted;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One open SMTP session, used by one thread for mail after mail. After a pause it is checked with a NOOP before
 * the next mail (servers close idle sessions); when that fails, or a mail failed for any reason but a refused
 * recipient, the session is closed and the next mail opens a new one.
 */
final class SmtpConnection implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(SmtpConnection.class.getName());

    private final Session session;
    private final Clock clock;
    private final Duration probeAfterIdle;
    private Transport transport;
    private Instant lastUsed;

    SmtpConnection(Session session, Clock clock, Duration probeAfterIdle) {
        this.session = session;
        this.clock = clock;
        this.probeAfterIdle = probeAfterIdle;
    }

    /** Hands the message over; returns once the server accepted it. */
    synchronized void send(MimeMessage message) {
        try {
            open();
        } catch (MessagingException e) {
            close();
            throw SmtpFailures.classify(e);
        }
        try {
            transport.sendMessage(message, message.getAllRecipients());
            lastUsed = clock.instant();
        } catch (MessagingException e) {
            MailNotAccepted failure = SmtpFailures.classify(e);
            if (!SmtpFailures.onlyRecipientsRefused(e)) {
                close();
            }
            throw failure;
        }
    }

    private void open() throws MessagingException {
        // SMTP's isConnected() costs a NOOP round trip: only asked after a pause, not between mails of a burst.
        if (transport != null && (!idleTooLong() || transport.isConnected())) {
            return;
        }
        close();
        Transport fresh = session.getTransport("smtp");
        fresh.connect();
        transport = fresh;
        lastUsed = clock.instant();
    }

    private boolean idleTooLong() {
        return lastUsed == null || !clock.instant().isBefore(lastUsed.plus(probeAfterIdle));
    }

    @Override
    public synchronized void close() {
        if (transport == null) {
            return;
        }
        try {
            transport.close();
        } catch (MessagingException | RuntimeException e) {
            LOG.log(Level.FINE, "Closing an SMTP session failed; it is dropped anyway", e);
        }
        transport = null;
    }
}
