package com.becflow.shared.mail;

import java.util.Objects;
import java.util.UUID;

/** Identity of one mail in the outbox. */
public record MailId(UUID value) {

    public MailId {
        Objects.requireNonNull(value, "mail id");
    }

    public static MailId newId() {
        return new MailId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
