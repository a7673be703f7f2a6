package com.becflow.shared.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class MailBodyTest {

    @Test
    void everyPartOfAMailComesBackAsItWasKept() {
        OutgoingMail mail = new OutgoingMail("zoe@client.test", "Your receipt", "Grüße, Zoë\n", "<p>Grüße</p>")
                .attach("terms.txt", "text/plain", "tiny".getBytes(StandardCharsets.UTF_8))
                .attachLater("receipt-7.pdf", "application/pdf", "receipt-pdf", "invoice 1 payment 2");

        OutgoingMail back = MailBody.decode(mail.to(), mail.subject(), MailBody.encode(mail));

        assertThat(back.text()).isEqualTo(mail.text());
        assertThat(back.html()).isEqualTo(mail.html());
        assertThat(back.attachments()).singleElement().satisfies(a -> {
            assertThat(a.fileName()).isEqualTo("terms.txt");
            assertThat(a.content()).asString(StandardCharsets.UTF_8).isEqualTo("tiny");
        });
        assertThat(back.lateAttachments()).containsExactlyElementsOf(mail.lateAttachments());
    }

    @Test
    void theSenderAndTheInlinePicturesComeBackToo() {
        OutgoingMail mail = OutgoingMail.text("zoe@client.test", "Invoice", "Hello").onBehalfOf(
                new MailSender("Hopper Studio", "grace@hopper.test"), "<img src=\"cid:logo\">",
                List.of(new OutgoingMail.Attachment("logo.png", "image/png", new byte[] {1, 2}, "logo")));

        OutgoingMail back = MailBody.decode(mail.to(), mail.subject(), MailBody.encode(mail));

        assertThat(back.sender()).isEqualTo(new MailSender("Hopper Studio", "grace@hopper.test"));
        assertThat(back.attachments()).singleElement().satisfies(a -> {
            assertThat(a.inlineId()).isEqualTo("logo");
            assertThat(a.content()).containsExactly(1, 2);
        });
    }

    @Test
    void aMailKeptInTheFirstFormatStillOpens() throws Exception {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.io.DataOutputStream out = new java.io.DataOutputStream(bytes)) {
            out.writeInt(1);
            byte[] text = "Kept before".getBytes(StandardCharsets.UTF_8);
            out.writeInt(text.length);
            out.write(text);
            out.writeInt(-1);
            out.writeInt(1);
            for (String field : List.of("a.txt", "text/plain")) {
                out.writeInt(field.length());
                out.write(field.getBytes(StandardCharsets.UTF_8));
            }
            out.writeInt(1);
            out.write(7);
            out.writeInt(0);
        }

        OutgoingMail back = MailBody.decode("a@b.test", "s", bytes.toByteArray());

        assertThat(back.text()).isEqualTo("Kept before");
        assertThat(back.sender()).isNull();
        assertThat(back.attachments()).singleElement().satisfies(a -> assertThat(a.inline()).isFalse());
    }

    @Test
    void aMailWithoutHtmlKeepsNone() {
        OutgoingMail back = MailBody.decode("a@b.test", "s", MailBody.encode(OutgoingMail.text("a@b.test", "s", "")));

        assertThat(back.html()).isNull();
        assertThat(back.text()).isEmpty();
    }

    @Test
    void aBodyCutShortIsRefused() {
        byte[] body = MailBody.encode(OutgoingMail.text("a@b.test", "s", "some text"));

        assertThatThrownBy(() -> MailBody.decode("a@b.test", "s", java.util.Arrays.copyOf(body, body.length - 3)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void lateAttachmentsResolveIntoBytesAfterTheOthers() {
        OutgoingMail mail = OutgoingMail.text("a@b.test", "s", "t").attach("a.txt", "text/plain", new byte[] {1})
                .attachLater("b.pdf", "application/pdf", "pdf", "ref-9");

        OutgoingMail resolved = mail.resolved(late -> late.reference().getBytes(StandardCharsets.US_ASCII));

        assertThat(resolved.lateAttachments()).isEmpty();
        assertThat(resolved.attachments()).extracting(OutgoingMail.Attachment::fileName).containsExactly("a.txt", "b.pdf");
        assertThat(resolved.attachments().get(1).content()).asString(StandardCharsets.US_ASCII).isEqualTo("ref-9");
    }
}
