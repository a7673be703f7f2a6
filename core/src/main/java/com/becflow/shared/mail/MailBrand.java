package com.becflow.shared.mail;

import java.util.Objects;

/**
 * How a tenant's mails to its clients look and whom they come from: its business name (From), the address replies go
 * to, its colour, its logo (a PNG, or null for none) and the page where its clients sign in to all their documents
 * (null for none).
 */
public record MailBrand(String name, String replyTo, String colour, byte[] logoPng, String portalUrl) {

    public MailBrand {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(colour, "colour");
    }
}
