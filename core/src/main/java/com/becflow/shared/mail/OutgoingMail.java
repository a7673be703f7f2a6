package com.becflow.shared.mail;

import java.util.Objects;

/** One email to one person; plain text always, HTML when given. */
public record OutgoingMail(String to, String subject, String text, String html) {

    public OutgoingMail {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
    }

    public static OutgoingMail text(String to, String subject, String text) {
        return new OutgoingMail(to, subject, text, null);
    }
}
