package com.becflow.accounting;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One line of an invoice as the books get it: net unit price, discount in percent, tax worked out by Becflow at
 * {@code taxRate} percent (null: no tax), which picks the books' tax rate through {@link BooksAccounts#taxRateFor}.
 */
public record BooksLine(String description, BigDecimal quantity, BigDecimal unitPrice, BigDecimal discountPercent,
                        BigDecimal taxAmount, String taxName, BigDecimal taxRate) {

    /** A line whose tax rate is not known (only its amount): it takes the books' rate chosen for 0 %, if any. */
    public BooksLine(String description, BigDecimal quantity, BigDecimal unitPrice, BigDecimal discountPercent,
                     BigDecimal taxAmount, String taxName) {
        this(description, quantity, unitPrice, discountPercent, taxAmount, taxName, null);
    }

    public BooksLine {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(unitPrice, "unitPrice");
        Objects.requireNonNull(taxAmount, "taxAmount");
    }

    /** The books' tax rate chosen for this line's rate; none for a taxed line whose rate is not known. */
    public java.util.Optional<String> taxRateIn(BooksAccounts accounts) {
        if (taxRate == null && taxAmount.signum() != 0) {
            return java.util.Optional.empty();
        }
        return accounts.taxRateFor(taxRate);
    }

    /**
     * Without the rate: it is the tax amount's cause, which is in already, and twins pushed before the rate was carried
     * are not pushed again for it.
     */
    String fingerprintText() {
        return String.join("\u001e", description, quantity.stripTrailingZeros().toPlainString(),
                unitPrice.stripTrailingZeros().toPlainString(),
                discountPercent == null ? "" : discountPercent.stripTrailingZeros().toPlainString(),
                taxAmount.stripTrailingZeros().toPlainString(), BooksContact.nullToEmpty(taxName));
    }
}
