package com.becflow.shared.mail;

import java.util.Objects;

/**
 * How a tenant's mails to its clients look and whom they come from: its business name (From), the address replies go
 * to, its colour and its logo (a PNG, or null for none).
 */
public record MailBrand(String name, String replyTo, String colour, byte[] logoPng) {

    public MailBrand {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(colour, "colour");
    }
}
