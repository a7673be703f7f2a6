package com.becflow.shared.mail;

/**
 * Hands mail to the mail server now, on a connection the calling thread keeps for its next mails. Mail to
 * clients goes through the {@link Outbox} instead, which calls this from its workers and retries.
 */
public interface Mailer {

    /**
     * Sends one mail; returns only once the server accepted it.
     *
     * @throws MailNotAccepted when it did not, saying whether trying again can help
     */
    void send(OutgoingMail mail);

    /** Like {@link #send(OutgoingMail)}, under the Message-ID of an outbox mail, the same on every attempt. */
    void send(OutgoingMail mail, MailId id);
}
