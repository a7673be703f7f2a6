package com.becflow.invoicing;

import static com.becflow.shared.documents.Xhtml.escape;
import static com.becflow.shared.documents.Xhtml.escapeLines;

import com.becflow.invoicing.statements.AccountStatement;
import com.becflow.shared.money.Money;
import com.becflow.shared.money.MoneyText;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A client's statement of account ({@link AccountStatement}) as people read it, in the invoices' styles and branding:
 * the freelancer's letterhead, the client, the period, per currency a table from the opening balance through each
 * movement to the closing balance, then the invoices open at the period's end. Amounts in a currency's table are shown
 * without its code (the heading names it), rounded to its minor unit; what is taken off reads with a minus sign.
 * Hooks: {@code #statement-period}, {@code #statement-opening-EUR}, {@code #statement-closing-EUR} (per currency),
 * {@code #statement-open-items}.
 */
public final class StatementRendering {

    private static final String MINUS = "\u2212";
    /** A day in a column stays on one line. */
    private static final String DAY_CELL = "<td style=\"white-space: nowrap\">";

    private StatementRendering() {
    }

    public static String statement(AccountStatement statement, InvoiceParties parties, InvoiceBranding branding,
                                   LocalDate madeOn) {
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(parties, "parties");
        Objects.requireNonNull(branding, "branding");
        String colour = InvoiceRendering.colour(branding);
        String from = InvoiceRendering.DATE.format(statement.period().from());
        String to = InvoiceRendering.DATE.format(statement.period().to());
        StringBuilder h = new StringBuilder(8192);
        h.append("<article class=\"becflow-invoice statement\">");
        h.append("<table class=\"head\"><tr>");
        InvoiceRendering.issuer(h, parties, branding);
        h.append("<td class=\"heading\"><h1 style=\"color: ").append(colour).append("; font-size: 16pt\">Statement of account</h1>")
                .append("<table class=\"dates\">");
        InvoiceRendering.dateRow(h, "Period", escape(from + " to " + to), "statement-period");
        InvoiceRendering.dateRow(h, "Date", escape(InvoiceRendering.DATE.format(madeOn)), null);
        h.append("</table></td></tr></table>");

        h.append("<div class=\"parties\"><div class=\"label\">Account of</div>");
        InvoiceRendering.client(h, parties);
        h.append("</div>");

        if (statement.accounts().isEmpty()) {
            h.append("<p>Nothing was owed, invoiced or paid from ").append(escape(from)).append(" to ").append(escape(to))
                    .append(".</p>");
        }
        for (AccountStatement.CurrencyAccount account : statement.accounts()) {
            account(h, account, statement, colour);
        }
        openItems(h, statement, colour, to);
        if (!statement.openItems().isEmpty() && InvoiceRendering.present(branding.bankInstructions())) {
            h.append("<div class=\"payment\"><h2 style=\"color: ").append(colour).append("\">Paying by bank transfer</h2><p>")
                    .append(escapeLines(branding.bankInstructions())).append("</p>")
                    .append("<p class=\"muted\">Please quote the invoice numbers with your transfer.</p></div>");
        }
        InvoiceRendering.footer(h, branding);
        return h.append("</article>").toString();
    }

    private static void account(StringBuilder h, AccountStatement.CurrencyAccount account, AccountStatement statement,
                                String colour) {
        String code = account.currency().getCurrencyCode();
        String border = " style=\"border-bottom-color: " + colour + "\"";
        h.append("<h2 style=\"color: ").append(colour).append("\">In ").append(code).append("</h2>");
        h.append("<table class=\"lines\"><thead><tr>")
                .append("<th").append(border).append(">Date</th>")
                .append("<th class=\"description\"").append(border).append(">Details</th>")
                .append("<th class=\"num\"").append(border).append(">Amount (").append(code).append(")</th>")
                .append("<th class=\"num\"").append(border).append(">Balance (").append(code).append(")</th>")
                .append("</tr></thead><tbody>");
        h.append("<tr class=\"line\">").append(DAY_CELL).append(escape(InvoiceRendering.DATE.format(statement.period().from())))
                .append("</td><td class=\"description\">Opening balance</td><td></td><td class=\"num\" id=\"statement-opening-")
                .append(code).append("\">").append(signed(account.opening())).append("</td></tr>");
        for (AccountStatement.Line line : account.lines()) {
            h.append("<tr class=\"line\">").append(DAY_CELL).append(escape(InvoiceRendering.DATE.format(line.movement().on())))
                    .append("</td><td class=\"description\">").append(escape(line.movement().description()))
                    .append("</td><td class=\"num\">").append(signed(line.change()))
                    .append("</td><td class=\"num\">").append(signed(line.balance())).append("</td></tr>");
        }
        h.append("</tbody></table>");
        String top = " style=\"border-top-color: " + colour + "\"";
        h.append("<table class=\"totals\"><tr class=\"total\"><td").append(top).append(">Closing balance on ")
                .append(escape(InvoiceRendering.DATE.format(statement.period().to()))).append("</td><td class=\"num\" id=\"")
                .append("statement-closing-").append(code).append("\"").append(top).append(">")
                .append(escape(closing(account.closing()))).append("</td></tr></table>");
    }

    private static void openItems(StringBuilder h, AccountStatement statement, String colour, String to) {
        h.append("<div id=\"statement-open-items\"><h2 style=\"color: ").append(colour).append("\">Open on ")
                .append(escape(to)).append("</h2>");
        if (statement.openItems().isEmpty()) {
            h.append("<p>No invoice was open.</p></div>");
            return;
        }
        String border = " style=\"border-bottom-color: " + colour + "\"";
        h.append("<table class=\"lines\"><thead><tr>")
                .append("<th class=\"description\"").append(border).append(">Invoice</th>")
                .append("<th").append(border).append(">Issued</th>")
                .append("<th").append(border).append(">Due</th>")
                .append("<th class=\"num\"").append(border).append(">Days overdue</th>")
                .append("<th class=\"num\"").append(border).append(">Amount due</th>")
                .append("</tr></thead><tbody>");
        for (AccountStatement.OpenItem item : statement.openItems()) {
            h.append("<tr class=\"line open-item\"><td class=\"description\">").append(escape(item.invoice().number()))
                    .append("</td>").append(DAY_CELL).append(escape(day(item.invoice().issueDate())))
                    .append("</td>").append(DAY_CELL).append(escape(day(item.invoice().dueDate())))
                    .append("</td><td class=\"num\">").append(item.daysOverdue() == 0 ? "" : item.daysOverdue())
                    .append("</td><td class=\"num\">").append(escape(MoneyText.of(item.due().rounded())))
                    .append("</td></tr>");
        }
        h.append("</tbody></table></div>");
    }

    /** "1,200.00", "−300.00": the amount in its table, which names the currency. */
    private static String signed(Money money) {
        Money rounded = money.rounded();
        return rounded.isNegative() ? MINUS + MoneyText.amount(Money.zero(rounded.currency()).minus(rounded))
                : MoneyText.amount(rounded);
    }

    /** "EUR 750.00"; a balance in the client's favour says so. */
    private static String closing(Money money) {
        Money rounded = money.rounded();
        return rounded.isNegative() ? MoneyText.of(Money.zero(rounded.currency()).minus(rounded)) + " in your favour"
                : MoneyText.of(rounded);
    }

    private static String day(LocalDate day) {
        return day == null ? "" : InvoiceRendering.DATE.format(day);
    }
}
