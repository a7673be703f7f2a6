package com.becflow.shared.mail;

/** Sends mail now; callers that must not lose a mail send it from a job, which retries. */
public interface Mailer {

    void send(OutgoingMail mail);
}
