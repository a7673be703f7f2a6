package com.becflow.integrations.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.becflow.shared.mail.MailId;
import com.becflow.shared.mail.MailNotAccepted;
import com.becflow.shared.mail.OutgoingMail;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The SMTP adapter against a real SMTP server (GreenMail) behind {@link SmtpProxy}, which plays refusals and drops. */
class SmtpMailerTest {

    private GreenMail greenMail;
    private SmtpProxy proxy;

    @BeforeEach
    void startServer() {
        greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        greenMail.start();
        proxy = SmtpProxy.start("127.0.0.1", greenMail.getSmtp().getPort()).reject("reject.test").defer("defer.test", 1);
    }

    @AfterEach
    void stopServer() {
        proxy.close();
        greenMail.stop();
    }

    private SmtpMailer mailer(int port, Duration probeAfterIdle) {
        SmtpMailer mailer = new SmtpMailer();
        mailer.host = "127.0.0.1";
        mailer.port = port;
        mailer.user = Optional.empty();
        mailer.password = Optional.empty();
        mailer.from = "Becflow <no-reply@becflow.test>";
        mailer.startTls = false;
        mailer.clock = Clock.systemUTC();
        mailer.probeAfterIdle = probeAfterIdle;
        mailer.configure();
        return mailer;
    }

    private SmtpMailer mailer() {
        return mailer(proxy.port(), SmtpMailer.PROBE_AFTER_IDLE);
    }

    private static OutgoingMail mail(String to, int n) {
        return OutgoingMail.text(to, "Mail " + n, "Body of mail " + n + "\n");
    }

    @Test
    void mailAfterMailGoesOverOneConnectionEachUnderItsOwnMessageId() throws MessagingException {
        SmtpMailer mailer = mailer();
        MailId[] ids = new MailId[20];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = MailId.newId();
            mailer.send(mail("zoe@client.test", i), ids[i]);
        }
        mailer.hangUp();

        assertThat(proxy.connections()).isEqualTo(1);
        MimeMessage[] received = greenMail.getReceivedMessages();
        assertThat(received).hasSize(20);
        String[] messageIds = new String[received.length];
        for (int i = 0; i < received.length; i++) {
            messageIds[i] = received[i].getMessageID();
        }
        assertThat(messageIds).containsExactlyInAnyOrder(Arrays.stream(ids).map(id -> "<" + id + "@becflow.test>")
                .toArray(String[]::new));
    }

    @Test
    void everyAttemptAtTheSameMailCarriesTheSameMessageId() throws MessagingException {
        SmtpMailer mailer = mailer();
        MailId id = MailId.newId();
        mailer.send(mail("zoe@client.test", 1), id);
        mailer.send(mail("zoe@client.test", 1), id);
        mailer.hangUp();

        assertThat(greenMail.getReceivedMessages()).extracting(MimeMessage::getMessageID)
                .containsExactly("<" + id + "@becflow.test>", "<" + id + "@becflow.test>");
    }

    @Test
    void anUnknownRecipientIsRefusedForGoodAndTheConnectionServesTheNextMail() {
        SmtpMailer mailer = mailer();

        assertThatThrownBy(() -> mailer.send(mail("nobody@reject.test", 1), MailId.newId()))
                .isInstanceOfSatisfying(MailNotAccepted.class, e -> {
                    assertThat(e.permanent()).isTrue();
                    assertThat(e.reason()).startsWith("550 5.1.1").contains("nobody@reject.test");
                });
        mailer.send(mail("zoe@client.test", 2), MailId.newId());
        mailer.hangUp();

        assertThat(greenMail.getReceivedMessages()).hasSize(1);
        assertThat(proxy.connections()).isEqualTo(1);
    }

    @Test
    void aRecipientPutOffMayBeTriedAgainAndThenGetsTheMail() {
        SmtpMailer mailer = mailer();

        assertThatThrownBy(() -> mailer.send(mail("busy@defer.test", 1), MailId.newId()))
                .isInstanceOfSatisfying(MailNotAccepted.class, e -> {
                    assertThat(e.permanent()).isFalse();
                    assertThat(e.reason()).startsWith("451 4.3.0");
                });
        mailer.send(mail("busy@defer.test", 1), MailId.newId());
        mailer.hangUp();

        assertThat(greenMail.getReceivedMessages()).hasSize(1);
    }

    @Test
    void aMailSentDirectlyIsTriedOnceMoreWhenTheServerPutsItOff() {
        SmtpMailer mailer = mailer();

        mailer.send(mail("busy@defer.test", 1));
        mailer.hangUp();

        assertThat(greenMail.getReceivedMessages()).hasSize(1);
    }

    @Test
    void aMailSentDirectlyIsNotTriedAgainWhenRefusedForGood() {
        SmtpMailer mailer = mailer();

        assertThatThrownBy(() -> mailer.send(mail("nobody@reject.test", 1)))
                .isInstanceOfSatisfying(MailNotAccepted.class, e -> assertThat(e.permanent()).isTrue());
        mailer.hangUp();
    }

    @Test
    void aMalformedAddressIsRefusedForGoodWithoutAskingTheServer() {
        SmtpMailer mailer = mailer();

        assertThatThrownBy(() -> mailer.send(mail("not an address", 1), MailId.newId()))
                .isInstanceOfSatisfying(MailNotAccepted.class, e -> {
                    assertThat(e.permanent()).isTrue();
                    assertThat(e.reason()).startsWith("Malformed address");
                });
        assertThat(proxy.connections()).isZero();
    }

    @Test
    void noServerListeningIsAFailureForNow() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        SmtpMailer mailer = mailer(closedPort, SmtpMailer.PROBE_AFTER_IDLE);

        assertThatThrownBy(() -> mailer.send(mail("zoe@client.test", 1), MailId.newId()))
                .isInstanceOfSatisfying(MailNotAccepted.class, e -> assertThat(e.permanent()).isFalse());
    }

    @Test
    void aConnectionTheServerClosedWhileIdleIsOpenedAgainBeforeTheNextMail() {
        SmtpMailer mailer = mailer(proxy.port(), Duration.ZERO);
        mailer.send(mail("zoe@client.test", 1), MailId.newId());
        proxy.dropAll();

        mailer.send(mail("zoe@client.test", 2), MailId.newId());
        mailer.hangUp();

        assertThat(greenMail.getReceivedMessages()).hasSize(2);
        assertThat(proxy.connections()).isEqualTo(2);
    }

    @Test
    void aConnectionLostInTheMiddleOfABurstFailsOneMailForNowAndTheNextReconnects() {
        SmtpMailer mailer = mailer(proxy.port(), Duration.ofHours(1));
        mailer.send(mail("zoe@client.test", 1), MailId.newId());
        proxy.dropAll();

        assertThatThrownBy(() -> mailer.send(mail("zoe@client.test", 2), MailId.newId()))
                .isInstanceOfSatisfying(MailNotAccepted.class, e -> assertThat(e.permanent()).isFalse());
        mailer.send(mail("zoe@client.test", 3), MailId.newId());
        mailer.hangUp();

        assertThat(greenMail.getReceivedMessages()).extracting(m -> {
            try {
                return m.getSubject();
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).containsExactly("Mail 1", "Mail 3");
    }
}
