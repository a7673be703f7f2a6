package com.becflow.integrations.mail;

import com.becflow.shared.mail.Mailer;
import com.becflow.shared.mail.OutgoingMail;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Mail over SMTP to whatever server the configuration names (GreenMail locally, a relay in production). */
@ApplicationScoped
public class SmtpMailer implements Mailer {

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

    private Session session;

    @PostConstruct
    void connect() {
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
    }

    @Override
    public void send(OutgoingMail mail) {
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(new InternetAddress(from));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.to(), true));
            message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
            if (mail.attachments().isEmpty()) {
                setBody(message, mail);
            } else {
                MimeBodyPart body = new MimeBodyPart();
                setBody(body, mail);
                MimeMultipart mixed = new MimeMultipart("mixed", body);
                for (OutgoingMail.Attachment a : mail.attachments()) {
                    MimeBodyPart part = new MimeBodyPart();
                    part.setDataHandler(new jakarta.activation.DataHandler(
                            new jakarta.mail.util.ByteArrayDataSource(a.content(), a.contentType())));
                    part.setFileName(a.fileName());
                    part.setDisposition(jakarta.mail.Part.ATTACHMENT);
                    mixed.addBodyPart(part);
                }
                message.setContent(mixed);
            }
            Transport.send(message);
        } catch (MessagingException e) {
            throw new MailNotSent(mail.to(), e);
        }
    }

    private static void setBody(jakarta.mail.internet.MimePart part, OutgoingMail mail) throws MessagingException {
        if (mail.html() == null) {
            part.setText(mail.text(), StandardCharsets.UTF_8.name());
        } else {
            MimeBodyPart text = new MimeBodyPart();
            text.setText(mail.text(), StandardCharsets.UTF_8.name());
            MimeBodyPart html = new MimeBodyPart();
            html.setContent(mail.html(), "text/html; charset=UTF-8");
            part.setContent(new MimeMultipart("alternative", text, html));
        }
    }
}
