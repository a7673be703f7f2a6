package com.becflow.accounting;

import com.becflow.shared.money.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * An issued credit note as the books get it: Becflow's number, the contact, its lines and total, and the twin of the
 * invoice it credits ({@code invoiceId}), to which the books allocate it. {@code source}: the credit note's id, or
 * that of the early-payment discount it stands for (an adjusting credit: what the client did not have to pay).
 */
public record BooksCreditNote(UUID source, String number, String contactId, String invoiceId,
                              LocalDate issueDate, List<BooksLine> lines, Money total, String reference) {

    public BooksCreditNote {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(contactId, "contactId");
        Objects.requireNonNull(invoiceId, "invoiceId");
        Objects.requireNonNull(issueDate, "issueDate");
        Objects.requireNonNull(total, "total");
        lines = List.copyOf(lines);
    }

    String fingerprintText() {
        return String.join("\u001f", number, contactId, invoiceId, issueDate.toString(),
                lines.stream().map(BooksLine::fingerprintText).collect(Collectors.joining("\u001d")),
                total.amount().stripTrailingZeros().toPlainString(), total.currency().getCurrencyCode(),
                BooksContact.nullToEmpty(reference));
    }
}
