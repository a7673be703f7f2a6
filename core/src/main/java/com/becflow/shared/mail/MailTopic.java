package com.becflow.shared.mail;

import java.util.Objects;
import java.util.UUID;

/** What a mail is about: a kind of subject and that subject's id, e.g. one contract. Deliveries are read by it. */
public record MailTopic(Kind kind, UUID id) {

    public enum Kind { CONTRACT, INVOICE, CLIENT }

    public MailTopic {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
    }

    public static MailTopic contract(UUID contract) {
        return new MailTopic(Kind.CONTRACT, contract);
    }

    public static MailTopic invoice(UUID invoice) {
        return new MailTopic(Kind.INVOICE, invoice);
    }

    /** About the client rather than one document, such as their sign-in link. */
    public static MailTopic client(UUID client) {
        return new MailTopic(Kind.CLIENT, client);
    }
}
