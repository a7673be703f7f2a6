package com.becflow.cockpit;

import java.time.Instant;
import java.util.UUID;

/**
 * One entry of a client's timeline: something that happened to one of their contracts or invoices (sent, opened,
 * signed, paid, refunded, a mail sent or failed), as the document's own history recorded it.
 *
 * @param document  the contract's or invoice's id
 * @param name      the contract's title or the invoice's number ("Draft" before it has one)
 * @param type      the history's type name ({@code ContractEventType} or {@code InvoiceEventType})
 * @param detail    the history's own words, empty where it keeps evidence rather than a sentence
 */
public record ClientActivity(Instant at, Source source, UUID document, String name, String type, String detail) {

    public enum Source { CONTRACT, INVOICE }
}
