package com.becflow.shared.mail;

import static com.becflow.shared.documents.Xhtml.escape;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A plain-text mail to a client made into one a client wants to open: from the freelancer's business name with replies
 * to them, and an HTML part in their colour and logo, readable on a phone, whose first link standing on a line of its
 * own becomes the one clear button. The text stays as written, as the plain part.
 */
final class BrandedMail {

    static final String LOGO_ID = "logo";
    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"]+");
    private static final Map<String, List<String>> BUTTONS = Map.of(
            "/portal/invoice/", List.of("View the invoice", "Rechnung ansehen", "Voir la facture", "Ver la factura"),
            "/portal/contract/", List.of("Open the contract", "Vertrag öffnen", "Ouvrir le contrat", "Abrir el contrato"),
            "/portal/feedback/", List.of("Give feedback", "Feedback geben", "Donner votre avis", "Dar su opinión"));
    private static final List<String> OPEN = List.of("Open", "Öffnen", "Ouvrir", "Abrir");
    private static final List<String> FOOTER = List.of("Sent by %s with Becflow", "Gesendet von %s mit Becflow",
            "Envoyé par %s avec Becflow", "Enviado por %s con Becflow");
    private static final List<String> PORTAL = List.of("All your documents with %s", "Alle Ihre Unterlagen bei %s",
            "Tous vos documents chez %s", "Todos sus documentos con %s");
    private static final List<String> LANGUAGES = List.of("en", "de", "fr", "es");

    private BrandedMail() {
    }

    static OutgoingMail of(MailBrand brand, OutgoingMail mail, Locale language) {
        List<OutgoingMail.Attachment> pictures = brand.logoPng() == null ? List.of()
                : List.of(new OutgoingMail.Attachment("logo.png", "image/png", brand.logoPng(), LOGO_ID));
        return mail.onBehalfOf(new MailSender(brand.name(), brand.replyTo()), html(brand, mail.text(), language),
                pictures);
    }

    static String html(MailBrand brand, String text, Locale language) {
        int lang = Math.max(0, LANGUAGES.indexOf(language == null ? "en" : language.getLanguage()));
        String colour = brand.colour();
        StringBuilder body = new StringBuilder();
        boolean buttonShown = false;
        for (String paragraph : paragraphs(text)) {
            String alone = paragraph.strip();
            if (!buttonShown && URL.matcher(alone).matches()) {
                body.append("<p style=\"margin:24px 0;\"><a href=\"").append(escape(alone)).append("\" style=\"display:"
                        + "inline-block;background:").append(colour).append(";color:").append(textOn(colour))
                        .append(";text-decoration:none;font-weight:bold;padding:14px 28px;border-radius:6px;\">")
                        .append(escape(button(alone, lang))).append("</a></p>\n");
                buttonShown = true;
                continue;
            }
            body.append("<p style=\"margin:0 0 16px;\">").append(linked(paragraph).replace("\n", "<br>\n"))
                    .append("</p>\n");
        }
        String header = brand.logoPng() != null
                ? "<img src=\"cid:" + LOGO_ID + "\" alt=\"" + escape(brand.name()) + "\" style=\"max-height:56px;"
                        + "max-width:220px;border:0;\">"
                : "<span style=\"font-size:20px;font-weight:bold;color:" + colour + ";\">" + escape(brand.name()) + "</span>";
        return "<!DOCTYPE html>\n<html lang=\"" + LANGUAGES.get(lang) + "\"><head><meta charset=\"UTF-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"></head>\n"
                + "<body style=\"margin:0;padding:0;background:#f4f5f7;\">\n"
                + "<div style=\"max-width:560px;margin:0 auto;padding:16px 12px;\">\n"
                + "<div style=\"background:#ffffff;border-top:4px solid " + colour + ";border-radius:8px;padding:24px;"
                + "font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#1a1a1a;\">\n"
                + "<div style=\"margin-bottom:20px;\">" + header + "</div>\n" + body + "</div>\n"
                + "<p style=\"font-family:Arial,Helvetica,sans-serif;font-size:12px;color:#6b7280;text-align:center;\">"
                + (brand.portalUrl() == null ? "" : "<a href=\"" + escape(brand.portalUrl()) + "\" style=\"color:#6b7280;\">"
                        + escape(String.format(PORTAL.get(lang), brand.name())) + "</a><br>\n")
                + escape(String.format(FOOTER.get(lang), brand.name())) + "</p>\n</div>\n</body></html>\n";
    }

    private static List<String> paragraphs(String text) {
        List<String> paragraphs = new ArrayList<>();
        for (String paragraph : text.replace("\r\n", "\n").split("\n\\s*\n")) {
            if (!paragraph.isBlank()) {
                paragraphs.add(paragraph.strip());
            }
        }
        return paragraphs;
    }

    private static String button(String url, int lang) {
        return BUTTONS.entrySet().stream().filter(e -> url.contains(e.getKey())).map(e -> e.getValue().get(lang))
                .findFirst().orElse(OPEN.get(lang));
    }

    /** The paragraph escaped, with its addresses made links. */
    private static String linked(String paragraph) {
        Matcher m = URL.matcher(paragraph);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (m.find()) {
            out.append(escape(paragraph.substring(last, m.start())));
            String url = escape(m.group());
            out.append("<a href=\"").append(url).append("\" style=\"color:#1f4fb8;\">").append(url).append("</a>");
            last = m.end();
        }
        return out.append(escape(paragraph.substring(last))).toString();
    }

    /** White on a dark colour, near-black on a light one, so the button reads whatever the freelancer chose. */
    static String textOn(String colour) {
        int rgb = Integer.parseInt(colour.substring(1), 16);
        double luminance = 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
        return luminance > 0.2 ? "#1a1a1a" : "#ffffff";
    }

    private static double channel(int value) {
        double c = (value & 0xff) / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
