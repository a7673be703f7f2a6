package com.becflow.shared.mail;

import java.util.Objects;

/** Whom a mail is from as its reader sees it: the name in From, and where a reply goes. */
public record MailSender(String name, String replyTo) {

    public MailSender {
        Objects.requireNonNull(name, "name");
    }
}
