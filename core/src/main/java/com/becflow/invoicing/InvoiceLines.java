package com.becflow.invoicing;

import com.becflow.shared.money.Money;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The lines of an invoice, stored together as data and summed here. */
public record InvoiceLines(List<InvoiceLine> items) {

    public static final int MAX_LINES = 200;

    public InvoiceLines {
        items = items == null ? List.of() : List.copyOf(items);
    }

    public static InvoiceLines of(InvoiceLine... lines) {
        return new InvoiceLines(List.of(lines));
    }

    public InvoiceTotals totals(Currency currency) {
        Money subtotal = Money.zero(currency);
        Money discount = Money.zero(currency);
        Money tax = Money.zero(currency);
        for (InvoiceLine line : items) {
            subtotal = subtotal.plus(line.gross(currency));
            discount = discount.plus(line.discount(currency));
            tax = tax.plus(line.tax(currency));
        }
        return new InvoiceTotals(subtotal, discount, tax, subtotal.minus(discount).plus(tax));
    }

    /** Tax per rate (and name), for the summary under the lines: rate → amount. */
    public Map<String, Money> taxByRate(Currency currency) {
        Map<String, Money> byRate = new TreeMap<>();
        for (InvoiceLine line : items) {
            if (line.taxRate() == null || line.taxRate().signum() == 0) {
                continue;
            }
            String key = (line.taxName() == null ? "Tax" : line.taxName()) + " " + line.taxRate().stripTrailingZeros().toPlainString() + "%";
            byRate.merge(key, line.tax(currency), Money::plus);
        }
        return byRate;
    }

    /** Problems keyed {@code lines[i].field}, or {@code lines} for the list itself. */
    public Map<String, String> problems(Currency currency, boolean creditNote) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (items.isEmpty()) {
            errors.put("lines", "Add at least one line");
        } else if (items.size() > MAX_LINES) {
            errors.put("lines", "At most " + MAX_LINES + " lines");
        }
        for (int i = 0; i < items.size() && i < MAX_LINES; i++) {
            InvoiceLine line = items.get(i);
            if (line == null) {
                errors.put("lines[" + i + "]", "Empty line");
                continue;
            }
            for (var e : line.problems(currency, creditNote).entrySet()) {
                errors.put("lines[" + i + "]." + e.getKey(), e.getValue());
            }
        }
        if (errors.isEmpty() && currency != null
                && totals(currency).total().amount().compareTo(new BigDecimal("1000000000")) > 0) {
            errors.put("lines", "The total is too large");
        }
        return errors;
    }

    public InvoiceLines normalized() {
        return new InvoiceLines(items.stream().map(InvoiceLine::normalized).toList());
    }
}
