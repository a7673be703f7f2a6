package com.becflow.shared.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * One email to one person; plain text always, HTML and attachments when given. An attachment is either its
 * bytes, or (for the outbox) a reference to content made when the mail is sent, e.g. a receipt PDF rendered
 * later: see {@link #attachLater} and {@link MailAttachments}. A mail with a {@link MailSender} goes out under that
 * name, and replies go to its address; without one, under the platform's own.
 */
public record OutgoingMail(String to, String subject, String text, String html, List<Attachment> attachments,
                           List<LateAttachment> lateAttachments, MailSender sender) {

    public OutgoingMail {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        lateAttachments = lateAttachments == null ? List.of() : List.copyOf(lateAttachments);
    }

    public OutgoingMail(String to, String subject, String text, String html, List<Attachment> attachments,
                        List<LateAttachment> lateAttachments) {
        this(to, subject, text, html, attachments, lateAttachments, null);
    }

    public OutgoingMail(String to, String subject, String text, String html, List<Attachment> attachments) {
        this(to, subject, text, html, attachments, List.of());
    }

    public OutgoingMail(String to, String subject, String text, String html) {
        this(to, subject, text, html, List.of(), List.of());
    }

    public static OutgoingMail text(String to, String subject, String text) {
        return new OutgoingMail(to, subject, text, null);
    }

    public OutgoingMail attach(String fileName, String contentType, byte[] content) {
        List<Attachment> all = new ArrayList<>(attachments);
        all.add(new Attachment(fileName, contentType, content.clone()));
        return new OutgoingMail(to, subject, text, html, all, lateAttachments, sender);
    }

    /**
     * This mail sent on someone's behalf, with an HTML part, and pictures the HTML shows by {@code cid:} (each
     * {@link Attachment#inlineId}) added before its other attachments.
     */
    public OutgoingMail onBehalfOf(MailSender sender, String html, List<Attachment> pictures) {
        List<Attachment> all = new ArrayList<>(pictures);
        all.addAll(attachments);
        return new OutgoingMail(to, subject, text, html, all, lateAttachments, sender);
    }

    /**
     * An attachment whose content the sending worker asks for: from the {@link MailAttachments} bean whose
     * {@code source()} is {@code source}, with {@code reference} (e.g. an invoice and payment id), inside the
     * mail's tenant. Only the outbox sends such mails.
     */
    public OutgoingMail attachLater(String fileName, String contentType, String source, String reference) {
        List<LateAttachment> all = new ArrayList<>(lateAttachments);
        all.add(new LateAttachment(fileName, contentType, source, reference));
        return new OutgoingMail(to, subject, text, html, attachments, all, sender);
    }

    /** This mail with every late attachment turned into bytes, after the attachments it already had. */
    public OutgoingMail resolved(Function<LateAttachment, byte[]> content) {
        List<Attachment> all = new ArrayList<>(attachments);
        for (LateAttachment late : lateAttachments) {
            all.add(new Attachment(late.fileName(), late.contentType(), content.apply(late)));
        }
        return new OutgoingMail(to, subject, text, html, all, List.of(), sender);
    }

    /** A file the mail carries; with an {@code inlineId}, a picture its HTML shows ({@code cid:inlineId}). */
    public record Attachment(String fileName, String contentType, byte[] content, String inlineId) {

        public Attachment {
            Objects.requireNonNull(fileName, "fileName");
            Objects.requireNonNull(contentType, "contentType");
            Objects.requireNonNull(content, "content");
        }

        public Attachment(String fileName, String contentType, byte[] content) {
            this(fileName, contentType, content, null);
        }

        public boolean inline() {
            return inlineId != null;
        }
    }

    public record LateAttachment(String fileName, String contentType, String source, String reference) {

        public LateAttachment {
            Objects.requireNonNull(fileName, "fileName");
            Objects.requireNonNull(contentType, "contentType");
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(reference, "reference");
        }
    }
}
