package com.becflow.shared.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A mail to a client in the freelancer's branding: their name and reply address, their colour, one button. */
class BrandedMailTest {

    private static final String TEXT = "Hello Ada,\n\nHopper Studio sent you invoice INV-7 for EUR 1,200.00 <due soon>.\n\n"
            + "https://becflow.test/portal/invoice/abc?x=1&y=2\n\nQuestions? See https://hopper.test/faq or reply.\n\n"
            + "https://becflow.test/portal/invoice/other\n";

    @Test
    void itGoesOutUnderTheBusinessNameWithRepliesToTheFreelancerAndTheTextKept() {
        OutgoingMail mail = BrandedMail.of(new MailBrand("Hopper Studio", "grace@hopper.test", "#1f6feb", null,
                "https://becflow.test/portal/for/hopper-studio"),
                OutgoingMail.text("ada@client.test", "Invoice INV-7", TEXT), Locale.ENGLISH);

        assertThat(mail.sender()).isEqualTo(new MailSender("Hopper Studio", "grace@hopper.test"));
        assertThat(mail.text()).isEqualTo(TEXT);
        assertThat(mail.attachments()).isEmpty();
        assertThat(mail.html()).contains("<span style=\"font-size:20px;font-weight:bold;color:#1f6feb;\">Hopper Studio</span>",
                "Sent by Hopper Studio with Becflow", "name=\"viewport\"",
                "<a href=\"https://becflow.test/portal/for/hopper-studio\" style=\"color:#6b7280;\">All your documents with"
                        + " Hopper Studio</a>");
    }

    @Test
    void theFirstLinkOnALineOfItsOwnIsTheOneButtonAndTheTextIsEscaped() {
        String html = BrandedMail.html(new MailBrand("Hopper & Co", null, "#1f6feb", null, null), TEXT,
                Locale.ENGLISH);

        assertThat(html).contains("<a href=\"https://becflow.test/portal/invoice/abc?x=1&amp;y=2\" style=\"display:"
                + "inline-block;background:#1f6feb;color:#ffffff;");
        assertThat(html).containsOnlyOnce("inline-block").contains(">View the invoice</a>");
        assertThat(html).contains("EUR 1,200.00 &lt;due soon&gt;.", "Hopper &amp; Co",
                "<a href=\"https://hopper.test/faq\" style=\"color:#1f4fb8;\">https://hopper.test/faq</a>",
                "<a href=\"https://becflow.test/portal/invoice/other\"");
        assertThat(html).doesNotContain("<due soon>");
    }

    @Test
    void theButtonSpeaksTheClientsLanguageAndReadsOnALightColour() {
        String html = BrandedMail.html(new MailBrand("Atelier", null, "#ffd54f", null, null),
                "Bonjour,\n\nhttps://becflow.test/portal/contract/abc\n", Locale.FRENCH);

        assertThat(html).contains(">Ouvrir le contrat</a>", "color:#1a1a1a;", "Envoyé par Atelier avec Becflow",
                "<html lang=\"fr\">");
    }

    @Test
    void aLogoIsShownFromAPictureInTheMailItself() {
        OutgoingMail mail = BrandedMail.of(new MailBrand("Hopper Studio", "grace@hopper.test", "#1f6feb",
                new byte[] {(byte) 0x89, 'P', 'N', 'G'}, null), OutgoingMail.text("ada@client.test", "s", "Hi")
                .attach("terms.pdf", "application/pdf", new byte[] {1}), Locale.GERMAN);

        assertThat(mail.html()).contains("<img src=\"cid:logo\" alt=\"Hopper Studio\"", "Gesendet von Hopper Studio");
        assertThat(mail.attachments()).extracting(OutgoingMail.Attachment::fileName, OutgoingMail.Attachment::inlineId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("logo.png", "logo"),
                        org.assertj.core.groups.Tuple.tuple("terms.pdf", null));
        assertThat(List.of(mail.attachments().get(0).content())).isNotEmpty();
    }
}
