package com.becflow.invoicing;

import com.becflow.shared.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One line of an invoice: quantity × unit price, less a discount in percent, plus tax at its rate. The net
 * and the tax are each rounded once, to the currency's minor unit, so that the lines add up to the totals
 * printed on the invoice.
 *
 * @param taxName what the tax is called on the document ("VAT", "GST"); optional
 */
public record InvoiceLine(String description, BigDecimal quantity, BigDecimal unitPrice, BigDecimal discountPercent,
                          BigDecimal taxRate, String taxName) {

    public static final int DESCRIPTION_LENGTH = 500;
    public static final int TAX_NAME_LENGTH = 30;
    public static final BigDecimal MAX_QUANTITY = new BigDecimal("1000000");
    public static final BigDecimal MAX_UNIT_PRICE = new BigDecimal("100000000");
    public static final int MAX_QUANTITY_DECIMALS = 4;
    public static final int MAX_UNIT_PRICE_DECIMALS = 4;
    public static final int MAX_RATE_DECIMALS = 3;
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    public static InvoiceLine of(String description, String quantity, String unitPrice) {
        return new InvoiceLine(description, new BigDecimal(quantity), new BigDecimal(unitPrice), null, null, null);
    }

    public InvoiceLine withTax(String rate, String name) {
        return new InvoiceLine(description, quantity, unitPrice, discountPercent, new BigDecimal(rate), name);
    }

    public InvoiceLine withDiscount(String percent) {
        return new InvoiceLine(description, quantity, unitPrice, new BigDecimal(percent), taxRate, taxName);
    }

    /** Quantity × unit price, before the discount, rounded. */
    public Money gross(Currency currency) {
        return new Money(quantity.multiply(unitPrice), currency).rounded();
    }

    /** The amount taken off by the discount, rounded. */
    public Money discount(Currency currency) {
        return gross(currency).minus(net(currency));
    }

    /** After the discount, before tax, rounded. */
    public Money net(Currency currency) {
        BigDecimal kept = BigDecimal.ONE.subtract(percent(discountPercent));
        return new Money(quantity.multiply(unitPrice).multiply(kept), currency).rounded();
    }

    public Money tax(Currency currency) {
        return net(currency).times(percent(taxRate)).rounded();
    }

    private static BigDecimal percent(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value.divide(HUNDRED, 10, RoundingMode.UNNECESSARY);
    }

    /** What is wrong with this line, keyed by field (relative to the line). */
    public Map<String, String> problems(Currency currency, boolean creditNote) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (description == null || description.isBlank()) {
            errors.put("description", "Describe what this line is for");
        } else if (description.length() > DESCRIPTION_LENGTH) {
            errors.put("description", "At most " + DESCRIPTION_LENGTH + " characters");
        }
        if (quantity == null) {
            errors.put("quantity", "How many?");
        } else if (quantity.signum() <= 0) {
            errors.put("quantity", creditNote ? "The quantity must be above zero; a credit note is negative by itself"
                    : "The quantity must be above zero; use a credit note to take something back");
        } else if (quantity.compareTo(MAX_QUANTITY) > 0) {
            errors.put("quantity", "At most " + MAX_QUANTITY.toPlainString());
        } else if (quantity.stripTrailingZeros().scale() > MAX_QUANTITY_DECIMALS) {
            errors.put("quantity", "At most " + MAX_QUANTITY_DECIMALS + " decimals");
        }
        if (unitPrice == null) {
            errors.put("unitPrice", "What is the price of one?");
        } else if (unitPrice.signum() < 0) {
            errors.put("unitPrice", "The price cannot be negative; use a discount or a credit note");
        } else if (unitPrice.compareTo(MAX_UNIT_PRICE) > 0) {
            errors.put("unitPrice", "At most " + MAX_UNIT_PRICE.toPlainString());
        } else if (unitPrice.stripTrailingZeros().scale() > MAX_UNIT_PRICE_DECIMALS) {
            errors.put("unitPrice", "At most " + MAX_UNIT_PRICE_DECIMALS + " decimals");
        }
        rate(discountPercent, "discountPercent", "discount", errors);
        rate(taxRate, "taxRate", "tax rate", errors);
        if (taxName != null && taxName.length() > TAX_NAME_LENGTH) {
            errors.put("taxName", "At most " + TAX_NAME_LENGTH + " characters");
        }
        return errors;
    }

    private static void rate(BigDecimal value, String field, String what, Map<String, String> errors) {
        if (value == null) {
            return;
        }
        if (value.signum() < 0) {
            errors.put(field, "The " + what + " cannot be negative");
        } else if (value.compareTo(HUNDRED) > 0) {
            errors.put(field, "The " + what + " cannot be over 100%");
        } else if (value.stripTrailingZeros().scale() > MAX_RATE_DECIMALS) {
            errors.put(field, "At most " + MAX_RATE_DECIMALS + " decimals");
        }
    }

    public InvoiceLine normalized() {
        return new InvoiceLine(description.strip(), quantity, unitPrice,
                discountPercent == null || discountPercent.signum() == 0 ? null : discountPercent,
                taxRate == null || taxRate.signum() == 0 ? null : taxRate,
                taxName == null || taxName.isBlank() || taxRate == null || taxRate.signum() == 0 ? null : taxName.strip());
    }
}
