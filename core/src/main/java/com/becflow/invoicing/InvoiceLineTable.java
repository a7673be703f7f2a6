package com.becflow.invoicing;

import static com.becflow.shared.documents.Xhtml.escape;
import static com.becflow.shared.documents.Xhtml.escapeLines;

import com.becflow.shared.money.Money;
import com.becflow.shared.money.MoneyText;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Map;

/**
 * The lines of an invoice or credit note as a table, and its totals under them: discount and tax columns only when a
 * line has one, a subtotal only when something is taken off or added, the tax summed by rate.
 */
final class InvoiceLineTable {

    private static final String MINUS = "\u2212";

    private InvoiceLineTable() {
    }

    static void lines(StringBuilder h, InvoiceLines lines, Currency currency, String colour) {
        boolean discounts = lines.items().stream().anyMatch(l -> positive(l.discountPercent()));
        boolean taxes = lines.items().stream().anyMatch(l -> positive(l.taxRate()));
        String border = " style=\"border-bottom-color: " + colour + "\"";
        h.append("<table class=\"lines\"><thead><tr>")
                .append("<th class=\"description\"").append(border).append(">Description</th>")
                .append("<th class=\"num\"").append(border).append(">Qty</th>")
                .append("<th class=\"num\"").append(border).append(">Unit price</th>");
        if (discounts) {
            h.append("<th class=\"num\"").append(border).append(">Discount</th>");
        }
        if (taxes) {
            h.append("<th class=\"num\"").append(border).append(">Tax</th>");
        }
        h.append("<th class=\"num\"").append(border).append(">Amount (").append(currency.getCurrencyCode()).append(")</th>")
                .append("</tr></thead><tbody>");
        for (InvoiceLine line : lines.items()) {
            h.append("<tr class=\"line\"><td class=\"description\">").append(escapeLines(line.description())).append("</td>")
                    .append("<td class=\"num\">").append(line.quantity().stripTrailingZeros().toPlainString()).append("</td>")
                    .append("<td class=\"num\">").append(unitPrice(line.unitPrice(), currency)).append("</td>");
            if (discounts) {
                h.append("<td class=\"num\">").append(positive(line.discountPercent()) ? percent(line.discountPercent()) : "")
                        .append("</td>");
            }
            if (taxes) {
                h.append("<td class=\"num\">").append(positive(line.taxRate()) ? percent(line.taxRate()) : "").append("</td>");
            }
            h.append("<td class=\"num\">").append(MoneyText.amount(line.net(currency))).append("</td></tr>");
        }
        h.append("</tbody></table>");
    }

    static void totals(StringBuilder h, Invoice invoice, String colour) {
        InvoiceTotals totals = invoice.totals();
        Map<String, Money> taxes = invoice.lines().taxByRate(invoice.currency());
        boolean discounted = totals.discount().rounded().isPositive();
        h.append("<table class=\"totals\">");
        if (discounted || !taxes.isEmpty()) {
            totalRow(h, "Subtotal", MoneyText.of(totals.subtotal().rounded()));
        }
        if (discounted) {
            totalRow(h, "Discount", MINUS + MoneyText.of(totals.discount().rounded()));
        }
        for (Map.Entry<String, Money> tax : taxes.entrySet()) {
            totalRow(h, tax.getKey(), MoneyText.of(tax.getValue().rounded()));
        }
        String border = " style=\"border-top-color: " + colour + "\"";
        h.append("<tr class=\"total\"><td").append(border).append(">")
                .append(invoice.kind() == InvoiceKind.CREDIT_NOTE ? "Total credited" : "Total due")
                .append("</td><td class=\"num\" id=\"invoice-total\"").append(border).append(">")
                .append(escape(MoneyText.of(totals.total().rounded()))).append("</td></tr></table>");
    }

    private static void totalRow(StringBuilder h, String label, String amount) {
        h.append("<tr><td>").append(escape(label)).append("</td><td class=\"num\">").append(escape(amount)).append("</td></tr>");
    }

    /** At least the currency's decimals, and any further ones the price was entered with. */
    private static String unitPrice(BigDecimal price, Currency currency) {
        int digits = Money.minorDigits(currency);
        return MoneyText.number(price, Math.max(digits, price.stripTrailingZeros().scale()));
    }

    private static String percent(BigDecimal rate) {
        return rate.stripTrailingZeros().toPlainString() + "%";
    }

    private static boolean positive(BigDecimal value) {
        return value != null && value.signum() > 0;
    }
}
