package com.becflow.accounting;

import com.becflow.invoicing.InvoiceId;
import com.becflow.shared.money.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * An issued invoice as the books get it: Becflow's number, the contact it was pushed as, dates, lines and the total
 * Becflow worked out, which the books must come to as well. {@code voided}: it stands no more in Becflow.
 */
public record BooksInvoice(InvoiceId invoice, String number, String contactId, LocalDate issueDate, LocalDate dueDate,
                           List<BooksLine> lines, Money total, String reference, boolean voided) {

    public BooksInvoice {
        Objects.requireNonNull(invoice, "invoice");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(contactId, "contactId");
        Objects.requireNonNull(issueDate, "issueDate");
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(total, "total");
        lines = List.copyOf(lines);
    }

    String fingerprintText() {
        return String.join("\u001f", number, contactId, issueDate.toString(), dueDate.toString(),
                lines.stream().map(BooksLine::fingerprintText).collect(Collectors.joining("\u001d")),
                total.amount().stripTrailingZeros().toPlainString(), total.currency().getCurrencyCode(),
                BooksContact.nullToEmpty(reference), Boolean.toString(voided));
    }
}
