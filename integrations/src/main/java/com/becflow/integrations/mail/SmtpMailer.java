package com.becflow.integrations.mail;

import com.becflow.shared.mail.MailId;
import com.becflow.shared.mail.MailNotAccepted;
import com.becflow.shared.mail.MailSender;
import com.becflow.shared.mail.Mailer;
import com.becflow.shared.mail.MessageId;
import com.becflow.shared.mail.OutgoingMail;
import com.becflow.shared.transactions.OutsideTransactions;
import jakarta.activation.DataHandler;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimePart;
import jakarta.mail.util.ByteArrayDataSource;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Mail over SMTP to whatever server the configuration names (GreenMail locally, a relay in production). Each
 * thread that sends keeps one connection open for its next mails ({@link SmtpConnection}); the outbox's workers
 * are few and long-lived, so a burst of mail costs a handful of connections, not one per mail.
 */
@ApplicationScoped
public class SmtpMailer implements Mailer {

    /** The server's transactions, to refuse talking SMTP inside one; absent when built outside a server. */
    @Resource
    TransactionSynchronizationRegistry transactions;

    /** A connection unused this long is checked (NOOP) before the next mail: the server may have closed it. */
    static final Duration PROBE_AFTER_IDLE = Duration.ofSeconds(5);
    private static final Duration RETRY_PAUSE = Duration.ofMillis(250);
    private static final Pattern PUT_OFF = Pattern.compile("4\\d\\d ");

    @Inject
    @ConfigProperty(name = "SMTP_HOST")
    String host;

    @Inject
    @ConfigProperty(name = "SMTP_PORT", defaultValue = "587")
    int port;

    @Inject
    @ConfigProperty(name = "SMTP_USER")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "SMTP_PASSWORD")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "SMTP_FROM", defaultValue = "Becflow <no-reply@becflow.local>")
    String from;

    @Inject
    @ConfigProperty(name = "SMTP_STARTTLS", defaultValue = "false")
    boolean startTls;

    @Inject
    Clock clock;

    Duration probeAfterIdle = PROBE_AFTER_IDLE;

    private Session session;
    private InternetAddress sender;
    private String senderDomain;
    private final Set<SmtpConnection> connections = ConcurrentHashMap.newKeySet();
    private final ThreadLocal<SmtpConnection> threadConnection = new ThreadLocal<>();

    @PostConstruct
    void configure() {
        Properties props = new Properties();
        props.put("mail.transport.protocol", "smtp");
        props.put("mail.smtp.host", host);
        props.put("mail.smtp.port", String.valueOf(port));
        props.put("mail.smtp.connectiontimeout", "10000");
        props.put("mail.smtp.timeout", "20000");
        props.put("mail.smtp.starttls.enable", String.valueOf(startTls));
        props.put("mail.smtp.starttls.required", String.valueOf(startTls));
        Authenticator authenticator = null;
        if (user.filter(u -> !u.isBlank()).isPresent()) {
            props.put("mail.smtp.auth", "true");
            String u = user.get();
            String p = password.orElse("");
            authenticator = new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(u, p);
                }
            };
        }
        session = Session.getInstance(props, authenticator);
        try {
            sender = new InternetAddress(from, true);
        } catch (AddressException e) {
            throw new IllegalStateException("SMTP_FROM is not an address: " + from, e);
        }
        String address = sender.getAddress();
        senderDomain = address.substring(address.indexOf('@') + 1);
    }

    @PreDestroy
    void hangUp() {
        connections.forEach(SmtpConnection::close);
        connections.clear();
    }

    /**
     * {@inheritDoc} Callers of this method have no retry schedule of their own (the outbox has), so a reply that
     * explicitly asks to try again (4xx: the server took nothing) is tried once more after a moment.
     */
    @Override
    public void send(OutgoingMail mail) {
        MessageId id = MessageId.of(MailId.newId(), senderDomain);
        try {
            send(mail, id);
        } catch (MailNotAccepted e) {
            if (e.permanent() || !PUT_OFF.matcher(e.reason()).lookingAt()) {
                throw e;
            }
            try {
                Thread.sleep(RETRY_PAUSE.toMillis());
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw e;
            }
            send(mail, id);
        }
    }

    @Override
    public void send(OutgoingMail mail, MailId id) {
        send(mail, MessageId.of(id, senderDomain));
    }

    private void send(OutgoingMail mail, MessageId id) {
        OutsideTransactions.require(transactions, "The mail server");
        if (!mail.lateAttachments().isEmpty()) {
            throw new IllegalArgumentException("Late attachments are made by the outbox before a mail is sent");
        }
        MimeMessage message;
        try {
            message = message(mail, id);
        } catch (MessagingException e) {
            throw SmtpFailures.classify(e);
        }
        connection().send(message);
    }

    /** This thread's connection, made on its first mail. */
    private SmtpConnection connection() {
        SmtpConnection connection = threadConnection.get();
        if (connection == null) {
            connection = new SmtpConnection(session, clock, probeAfterIdle);
            threadConnection.set(connection);
            connections.add(connection);
        }
        return connection;
    }

    private MimeMessage message(OutgoingMail mail, MessageId id) throws MessagingException {
        MimeMessage message = new IdentifiedMessage(session, id);
        message.setFrom(from(mail.sender()));
        if (mail.sender() != null && mail.sender().replyTo() != null && !mail.sender().replyTo().isBlank()) {
            message.setReplyTo(new InternetAddress[] {new InternetAddress(mail.sender().replyTo(), true)});
        }
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.to(), true));
        message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
        List<OutgoingMail.Attachment> files = mail.attachments().stream().filter(a -> !a.inline()).toList();
        if (files.isEmpty()) {
            setBody(message, mail);
        } else {
            MimeBodyPart body = new MimeBodyPart();
            setBody(body, mail);
            MimeMultipart mixed = new MimeMultipart("mixed", body);
            for (OutgoingMail.Attachment a : files) {
                MimeBodyPart part = new MimeBodyPart();
                part.setDataHandler(new DataHandler(new ByteArrayDataSource(a.content(), a.contentType())));
                part.setFileName(a.fileName());
                part.setDisposition(Part.ATTACHMENT);
                mixed.addBodyPart(part);
            }
            message.setContent(mixed);
        }
        message.saveChanges();
        return message;
    }

    /** Our own address, under the name of whom the mail is sent for: their replies go to them, not to us. */
    private InternetAddress from(MailSender onBehalfOf) {
        if (onBehalfOf == null) {
            return sender;
        }
        try {
            return new InternetAddress(sender.getAddress(), onBehalfOf.name(), StandardCharsets.UTF_8.name());
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Text alone; or text and HTML as alternatives, the HTML with the pictures it shows beside it. */
    private static void setBody(MimePart part, OutgoingMail mail) throws MessagingException {
        if (mail.html() == null) {
            part.setText(mail.text(), StandardCharsets.UTF_8.name());
            return;
        }
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.text(), StandardCharsets.UTF_8.name());
        MimeBodyPart html = new MimeBodyPart();
        html.setContent(mail.html(), "text/html; charset=UTF-8");
        List<OutgoingMail.Attachment> pictures = mail.attachments().stream().filter(OutgoingMail.Attachment::inline)
                .toList();
        if (pictures.isEmpty()) {
            part.setContent(new MimeMultipart("alternative", text, html));
            return;
        }
        MimeMultipart related = new MimeMultipart("related", html);
        for (OutgoingMail.Attachment picture : pictures) {
            MimeBodyPart inline = new MimeBodyPart();
            inline.setDataHandler(new DataHandler(new ByteArrayDataSource(picture.content(), picture.contentType())));
            inline.setContentID("<" + picture.inlineId() + ">");
            inline.setDisposition(Part.INLINE);
            inline.setFileName(picture.fileName());
            related.addBodyPart(inline);
        }
        MimeBodyPart htmlWithPictures = new MimeBodyPart();
        htmlWithPictures.setContent(related);
        part.setContent(new MimeMultipart("alternative", text, htmlWithPictures));
    }

    /** A message whose Message-ID is ours, not one JavaMail makes up on every save. */
    private static final class IdentifiedMessage extends MimeMessage {

        private final MessageId id;

        IdentifiedMessage(Session session, MessageId id) {
            super(session);
            this.id = id;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", id.value());
        }
    }
}
