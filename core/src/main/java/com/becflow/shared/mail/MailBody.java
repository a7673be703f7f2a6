package com.becflow.shared.mail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The part of a mail the outbox seals: text, HTML, attachments and late attachments' references, as
 * length-prefixed fields (so no content can run into the next field). Recipient and subject stay in clear
 * columns. The sealing context is the mail's id, so a body moved to another row does not open.
 */
final class MailBody {

    /** 2 adds the sender and the attachments' inline ids; mails kept in format 1 still open. */
    private static final int FORMAT = 2;

    private MailBody() {
    }

    static byte[] context(MailId id) {
        return ByteBuffer.allocate(16).putLong(id.value().getMostSignificantBits())
                .putLong(id.value().getLeastSignificantBits()).array();
    }

    static byte[] encode(OutgoingMail mail) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 + mail.text().length());
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(FORMAT);
            writeText(out, mail.text());
            writeText(out, mail.html());
            out.writeInt(mail.attachments().size());
            for (OutgoingMail.Attachment a : mail.attachments()) {
                writeText(out, a.fileName());
                writeText(out, a.contentType());
                writeBytes(out, a.content());
                writeText(out, a.inlineId());
            }
            out.writeInt(mail.lateAttachments().size());
            for (OutgoingMail.LateAttachment a : mail.lateAttachments()) {
                writeText(out, a.fileName());
                writeText(out, a.contentType());
                writeText(out, a.source());
                writeText(out, a.reference());
            }
            writeText(out, mail.sender() == null ? null : mail.sender().name());
            writeText(out, mail.sender() == null ? null : mail.sender().replyTo());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static OutgoingMail decode(String to, String subject, byte[] body) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(body))) {
            int format = in.readInt();
            if (format != 1 && format != FORMAT) {
                throw new IllegalArgumentException("Unknown mail body format " + format);
            }
            String text = readText(in);
            String html = readText(in);
            List<OutgoingMail.Attachment> attachments = new ArrayList<>();
            for (int i = in.readInt(); i > 0; i--) {
                attachments.add(new OutgoingMail.Attachment(readText(in), readText(in), readBytes(in),
                        format == 1 ? null : readText(in)));
            }
            List<OutgoingMail.LateAttachment> late = new ArrayList<>();
            for (int i = in.readInt(); i > 0; i--) {
                late.add(new OutgoingMail.LateAttachment(readText(in), readText(in), readText(in), readText(in)));
            }
            MailSender sender = null;
            if (format > 1) {
                String name = readText(in);
                String replyTo = readText(in);
                sender = name == null ? null : new MailSender(name, replyTo);
            }
            return new OutgoingMail(to, subject, text, html, attachments, late, sender);
        } catch (IOException e) {
            throw new IllegalArgumentException("Mail body is cut short", e);
        }
    }

    private static void writeText(DataOutputStream out, String text) throws IOException {
        if (text == null) {
            out.writeInt(-1);
        } else {
            writeBytes(out, text.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static void writeBytes(DataOutputStream out, byte[] bytes) throws IOException {
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String readText(DataInputStream in) throws IOException {
        byte[] bytes = readBytes(in);
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }

    private static byte[] readBytes(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0) {
            return null;
        }
        if (length > in.available()) {
            throw new IOException("field of " + length + " bytes in " + in.available() + " left");
        }
        return in.readNBytes(length);
    }
}
