package com.becflow.workspace.local;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Address;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;

/** Reads, over IMAP, what the local GreenMail received for one address. */
@ApplicationScoped
public class LocalMailbox {

    /**
     * @param attachments the file names of attached parts, in order
     * @param messageId the Message-ID header
     * @param replyTo where a reply goes, when the mail names someone other than its sender
     * @param html the HTML part as the client's mail program shows it (its pictures in it), or null for a text mail
     */
    public record ReceivedMail(Instant received, String from, String to, String subject, String text,
                               List<String> attachments, String messageId, String replyTo, String html) {
    }

    @Inject
    LocalMode localMode;

    public List<ReceivedMail> inbox(String address) {
        return read(localMode.host(), localMode.imapPort(), address);
    }

    /** Newest first; tests outside the server read the same way. */
    public static List<ReceivedMail> read(String host, int imapPort, String address) {
        Properties props = new Properties();
        props.put("mail.imap.connectiontimeout", "5000");
        props.put("mail.imap.timeout", "5000");
        Session session = Session.getInstance(props);
        try (Store store = session.getStore("imap")) {
            // GreenMail runs with authentication disabled: any password opens the mailbox of that address.
            store.connect(host, imapPort, address, "local");
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            try {
                List<ReceivedMail> mails = new ArrayList<>();
                Message[] messages = inbox.getMessages();
                // Newest last in the folder; walked backwards so that mails of the same second stay newest first.
                for (int i = messages.length - 1; i >= 0; i--) {
                    Message m = messages[i];
                    mails.add(new ReceivedMail(m.getReceivedDate() == null ? null : m.getReceivedDate().toInstant(),
                            join(m.getFrom()), join(m.getAllRecipients()), m.getSubject(), textOf(m), attachments(m),
                            m instanceof jakarta.mail.internet.MimeMessage mime ? mime.getMessageID() : null,
                            m.getHeader("Reply-To") == null ? null : join(m.getReplyTo()), MailHtml.of(m)));
                }
                mails.sort((a, b) -> b.received() == null || a.received() == null ? 0 : b.received().compareTo(a.received()));
                return mails;
            } finally {
                inbox.close(false);
            }
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("The local mailbox of " + address + " could not be read: " + e.getMessage(), e);
        }
    }

    private static String join(Address[] addresses) {
        return addresses == null ? "" : Arrays.stream(addresses).map(Address::toString).collect(Collectors.joining(", "));
    }

    private static List<String> attachments(Part part) throws MessagingException, IOException {
        List<String> names = new ArrayList<>();
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                names.addAll(attachments(multipart.getBodyPart(i)));
            }
        } else if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) && part.getFileName() != null) {
            names.add(part.getFileName());
        }
        return names;
    }

    private static String textOf(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            return String.valueOf(part.getContent());
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                String text = textOf(multipart.getBodyPart(i));
                if (text != null) {
                    return text;
                }
            }
        }
        if (part.isMimeType("text/html")) {
            return String.valueOf(part.getContent()).replaceAll("<[^>]+>", " ");
        }
        return null;
    }
}
