package com.becflow.shared.mail;

import java.util.Locale;
import java.util.Objects;

/**
 * The Message-ID header of an outbox mail: the same for every attempt at the same mail, so a mail that went out
 * twice (the instant between the server's "250" and our commit) can be recognised as one by whoever receives it.
 */
public record MessageId(String value) {

    public MessageId {
        Objects.requireNonNull(value, "message id");
        if (!value.matches("<[^<>@\\s]+@[^<>@\\s]+>")) {
            throw new IllegalArgumentException("Not a Message-ID: " + value);
        }
    }

    /** {@code <mail id@domain>}; the domain is the sender's (the right-hand side of the From address). */
    public static MessageId of(MailId mail, String domain) {
        String host = domain == null || domain.isBlank() ? "becflow.invalid" : domain.strip().toLowerCase(Locale.ROOT);
        return new MessageId("<" + mail.value() + "@" + host + ">");
    }

    @Override
    public String toString() {
        return value;
    }
}
