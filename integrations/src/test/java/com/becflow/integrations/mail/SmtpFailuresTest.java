package com.becflow.integrations.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.becflow.shared.mail.MailNotAccepted;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import java.net.SocketTimeoutException;
import org.junit.jupiter.api.Test;

/** Which failures end a mail at once and which are tried again, from the exceptions JavaMail throws. */
class SmtpFailuresTest {

    @Test
    void aFiveHundredReplyAnywhereInTheChainIsForGood() {
        SendFailedException refused = new SendFailedException("Invalid Addresses",
                new MessagingException("550 5.1.1 <x@y.test>: User unknown"));

        MailNotAccepted failure = SmtpFailures.classify(refused);

        assertThat(failure.permanent()).isTrue();
        assertThat(failure.reason()).isEqualTo("550 5.1.1 <x@y.test>: User unknown");
    }

    @Test
    void aFourHundredReplyIsForNow() {
        assertThat(SmtpFailures.classify(new MessagingException("452 4.2.2 Mailbox full")).permanent()).isFalse();
        assertThat(SmtpFailures.classify(new MessagingException("421 4.7.0 Try again later, closing connection")).permanent())
                .isFalse();
    }

    @Test
    void aMalformedAddressIsForGood() {
        MailNotAccepted failure = SmtpFailures.classify(new AddressException("Illegal whitespace in address", "a b@c"));

        assertThat(failure.permanent()).isTrue();
        assertThat(failure.reason()).startsWith("Malformed address");
    }

    @Test
    void aRefusedLoginIsOurConfigurationAndIsForNow() {
        MailNotAccepted failure = SmtpFailures.classify(new AuthenticationFailedException("535 5.7.8 Authentication failed"));

        assertThat(failure.permanent()).isFalse();
        assertThat(failure.reason()).contains("login");
    }

    @Test
    void aTimeOutOrALostConnectionIsForNowAndSaysWhatHappened() {
        MailNotAccepted failure = SmtpFailures.classify(new MessagingException("Exception reading response",
                new SocketTimeoutException("Read timed out")));

        assertThat(failure.permanent()).isFalse();
        assertThat(failure.reason()).contains("Read timed out");
    }
}
