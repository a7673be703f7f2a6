package com.becflow.accounting;

import java.math.BigDecimal;
import java.util.Objects;

/** One line of an invoice as the books get it: net unit price, discount in percent, tax worked out by Becflow. */
public record BooksLine(String description, BigDecimal quantity, BigDecimal unitPrice, BigDecimal discountPercent,
                        BigDecimal taxAmount, String taxName) {

    public BooksLine {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(unitPrice, "unitPrice");
        Objects.requireNonNull(taxAmount, "taxAmount");
    }

    String fingerprintText() {
        return String.join("\u001e", description, quantity.stripTrailingZeros().toPlainString(),
                unitPrice.stripTrailingZeros().toPlainString(),
                discountPercent == null ? "" : discountPercent.stripTrailingZeros().toPlainString(),
                taxAmount.stripTrailingZeros().toPlainString(), BooksContact.nullToEmpty(taxName));
    }
}
