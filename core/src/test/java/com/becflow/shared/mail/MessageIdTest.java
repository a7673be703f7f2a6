package com.becflow.shared.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class MessageIdTest {

    private static final MailId MAIL = new MailId(UUID.fromString("5b0f6c9e-51c4-4a0f-9d7e-0a3c2f7d1e55"));

    @Test
    void isTheMailsIdAtTheSendersDomainOnEveryAttempt() {
        assertThat(MessageId.of(MAIL, "Becflow.Example")).hasToString("<5b0f6c9e-51c4-4a0f-9d7e-0a3c2f7d1e55@becflow.example>");
        assertThat(MessageId.of(new MailId(MAIL.value()), "becflow.example")).isEqualTo(MessageId.of(MAIL, "becflow.example"));
    }

    @Test
    void differsFromMailToMail() {
        assertThat(MessageId.of(MailId.newId(), "becflow.example")).isNotEqualTo(MessageId.of(MAIL, "becflow.example"));
    }

    @Test
    void withoutADomainStillFormsAValidId() {
        assertThat(MessageId.of(MAIL, " ").value()).isEqualTo("<" + MAIL + "@becflow.invalid>");
        assertThatThrownBy(() -> new MessageId("no angle brackets")).isInstanceOf(IllegalArgumentException.class);
    }
}
