package com.becflow.shared.mail;

import java.util.List;
import java.util.Objects;

/** One email to one person; plain text always, HTML and attachments when given. */
public record OutgoingMail(String to, String subject, String text, String html, List<Attachment> attachments) {

    public OutgoingMail {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    public OutgoingMail(String to, String subject, String text, String html) {
        this(to, subject, text, html, List.of());
    }

    public static OutgoingMail text(String to, String subject, String text) {
        return new OutgoingMail(to, subject, text, null);
    }

    public OutgoingMail attach(String fileName, String contentType, byte[] content) {
        List<Attachment> all = new java.util.ArrayList<>(attachments);
        all.add(new Attachment(fileName, contentType, content.clone()));
        return new OutgoingMail(to, subject, text, html, all);
    }

    public record Attachment(String fileName, String contentType, byte[] content) {
    }
}
