package com.becflow.invoicing;

import static com.becflow.shared.documents.Xhtml.escape;
import static com.becflow.shared.documents.Xhtml.escapeLines;

import com.becflow.shared.money.Money;
import com.becflow.shared.money.MoneyText;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A formal payment reminder as a letter, the kind a lawyer or a collection agency expects to see sent: the freelancer's
 * letterhead, the client's address, the invoice with its dates, what was paid, credited and charged since, the amount
 * claimed and the day to pay it by, and how. The final one also tells the client that the claim goes to a collection
 * agency or to court if it is not paid by then. Written with the invoice's own styles and branding.
 * Hooks: {@code #letter-claimed}, {@code #letter-pay-by}, {@code #letter-collection-notice}.
 */
public final class ReminderLetterRendering {

    /** What the letter says beyond the invoice itself. */
    public record Letter(LocalDate date, LocalDate payBy, Money claimed, Money disputed, String payLink,
                         boolean collectionNotice) {

        public Letter {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(payBy, "payBy");
            Objects.requireNonNull(claimed, "claimed");
        }
    }

    private ReminderLetterRendering() {
    }

    public static String letter(Invoice invoice, InvoiceParties parties, InvoiceBranding branding, Letter letter) {
        String number = invoice.number()
                .orElseThrow(() -> new IllegalArgumentException("A draft is owed nothing to remind of"));
        String colour = InvoiceRendering.colour(branding);
        InvoiceLedger ledger = invoice.ledger();
        StringBuilder h = new StringBuilder(4096);
        h.append("<article class=\"becflow-invoice reminder-letter\">");
        h.append("<table class=\"head\"><tr>");
        InvoiceRendering.issuer(h, parties, branding);
        h.append("<td class=\"heading\"><h1 style=\"color: ").append(colour).append("\">")
                .append(letter.collectionNotice() ? "Final notice" : "Payment reminder").append("</h1>")
                .append("<div class=\"number\">Invoice ").append(escape(number)).append("</div>")
                .append("<table class=\"dates\">");
        InvoiceRendering.dateRow(h, "Date", escape(InvoiceRendering.DATE.format(letter.date())), null);
        h.append("</table></td></tr></table>");

        h.append("<div class=\"parties\"><div class=\"label\">To</div>");
        InvoiceRendering.client(h, parties);
        h.append("</div>");

        h.append("<p>Dear ").append(escape(parties.clientName())).append(",</p>");
        h.append("<p>Our invoice ").append(escape(number)).append(" of ")
                .append(escape(InvoiceRendering.DATE.format(invoice.issueDate()))).append(", due on ")
                .append(escape(InvoiceRendering.DATE.format(invoice.dueDate())))
                .append(", remains unpaid despite our earlier reminders.</p>");

        h.append("<table class=\"facts\">");
        InvoiceRendering.fact(h, "Invoice total", escape(MoneyText.of(invoice.total().rounded())));
        if (ledger.lateFees().isPositive()) {
            InvoiceRendering.fact(h, "Late fees under the signed contract", escape(MoneyText.of(ledger.lateFees().rounded())));
        }
        Money settled = invoice.total().plus(ledger.lateFees()).minus(ledger.balance());
        if (settled.isPositive()) {
            InvoiceRendering.fact(h, "Paid or credited since", escape(MoneyText.of(settled.rounded())));
        }
        if (letter.disputed() != null && letter.disputed().isPositive()) {
            InvoiceRendering.fact(h, "Disputed by you, not claimed until settled",
                    escape(MoneyText.of(letter.disputed().rounded())));
        }
        h.append("<tr class=\"total\"><td class=\"label\" style=\"border-top-color: ").append(colour)
                .append("\">Amount claimed</td><td id=\"letter-claimed\" style=\"border-top-color: ").append(colour)
                .append("\">").append(escape(MoneyText.of(letter.claimed().rounded()))).append("</td></tr>");
        h.append("</table>");

        h.append("<p>We ask you to pay ").append(escape(MoneyText.of(letter.claimed().rounded())))
                .append(" by <strong id=\"letter-pay-by\">").append(escape(InvoiceRendering.DATE.format(letter.payBy())))
                .append("</strong>.</p>");
        if (InvoiceRendering.present(letter.payLink())) {
            h.append("<p>Pay online: ").append(escape(letter.payLink())).append("</p>");
        }
        if (InvoiceRendering.present(branding.bankInstructions())) {
            h.append("<p>By bank transfer, quoting ").append(escape(number)).append(":<br/>")
                    .append(escapeLines(branding.bankInstructions())).append("</p>");
        }
        if (letter.collectionNotice()) {
            h.append("<p id=\"letter-collection-notice\"><strong>If we have not received payment by ")
                    .append(escape(InvoiceRendering.DATE.format(letter.payBy())))
                    .append(", we will hand the claim to a collection agency or take it to court without further"
                            + " notice. The costs this causes may be claimed from you in addition.</strong></p>");
        }
        h.append("<p>If you have paid in the meantime, please disregard this letter.</p>");
        h.append("<p>Yours sincerely,<br/>").append(escape(branding.businessNameOr(parties.freelancerName())))
                .append("</p>");
        InvoiceRendering.footer(h, branding);
        return h.append("</article>").toString();
    }
}
