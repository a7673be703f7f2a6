package com.becflow.integrations.mail;

public class MailNotSent extends RuntimeException {

    public MailNotSent(String to, Throwable cause) {
        super("Mail to " + to + " was not accepted by the SMTP server: " + cause.getMessage(), cause);
    }
}
