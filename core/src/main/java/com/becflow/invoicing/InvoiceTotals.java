package com.becflow.invoicing;

import com.becflow.shared.money.Money;

/** Sum of the lines before discounts, the discounts, the tax, and what is owed: subtotal − discount + tax. */
public record InvoiceTotals(Money subtotal, Money discount, Money tax, Money total) {
}
