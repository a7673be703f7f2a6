package com.becflow.workspace.local;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeBodyPart;
import java.io.IOException;
import java.io.InputStream;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/**
 * The HTML part of a received mail as a mail program shows it: the pictures it names by {@code cid:} put in as data,
 * so a page can show it without the rest of the message.
 */
final class MailHtml {

    private MailHtml() {
    }

    static String of(Part message) throws MessagingException, IOException {
        Map<String, String> pictures = new HashMap<>();
        String html = find(message, pictures);
        if (html == null) {
            return null;
        }
        for (Map.Entry<String, String> picture : pictures.entrySet()) {
            html = html.replace("cid:" + picture.getKey(), picture.getValue());
        }
        return html;
    }

    private static String find(Part part, Map<String, String> pictures) throws MessagingException, IOException {
        if (part.isMimeType("text/html")) {
            return String.valueOf(part.getContent());
        }
        if (!part.isMimeType("multipart/*")) {
            return null;
        }
        Multipart multipart = (Multipart) part.getContent();
        String html = null;
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart child = multipart.getBodyPart(i);
            if (child instanceof MimeBodyPart mime && mime.getContentID() != null && child.isMimeType("image/*")) {
                try (InputStream in = child.getInputStream()) {
                    pictures.put(mime.getContentID().replaceAll("^<|>$", ""), "data:" + child.getContentType()
                            .replaceAll(";.*$", "").trim() + ";base64," + Base64.getEncoder().encodeToString(in.readAllBytes()));
                }
            } else if (html == null) {
                html = find(child, pictures);
            }
        }
        return html;
    }
}
