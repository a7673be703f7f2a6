package com.becflow.accounting;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Where synced objects post in the books, as the freelancer chose (or as read from the books when connecting): invoice
 * lines to {@code salesAccount}, money received to {@code bankAccount}, each line with the books' tax rate chosen for
 * its Becflow tax rate ({@code taxRates}, keyed by percentage; a line without tax is 0 %), and optionally sold as
 * {@code item}. All are the vendor's own ids or codes; what each means at a vendor is said by its {@link BooksChoices}.
 * A percentage with no tax rate of the books chosen goes without one, as the books then decide.
 */
public record BooksAccounts(String salesAccount, String bankAccount, String item, Map<BigDecimal, String> taxRates) {

    public BooksAccounts {
        Objects.requireNonNull(salesAccount, "salesAccount");
        Objects.requireNonNull(bankAccount, "bankAccount");
        item = item == null || item.isBlank() ? null : item;
        TreeMap<BigDecimal, String> byPercent = new TreeMap<>();
        (taxRates == null ? Map.<BigDecimal, String>of() : taxRates).forEach((percent, code) -> {
            if (code != null && !code.isBlank()) {
                byPercent.put(percent(percent), code);
            }
        });
        taxRates = java.util.Collections.unmodifiableSortedMap(byPercent);
    }

    /** The sales and bank accounts alone: no item, no tax rates chosen. */
    public BooksAccounts(String salesAccount, String bankAccount) {
        this(salesAccount, bankAccount, null, Map.of());
    }

    /** The books' tax rate chosen for a Becflow line taxed at {@code percent} (none: 0 %). */
    public Optional<String> taxRateFor(BigDecimal percent) {
        return Optional.ofNullable(taxRates.get(percent(percent)));
    }

    public Optional<String> itemChosen() {
        return Optional.ofNullable(item);
    }

    /** 19, 19.0 and 19.000 are one rate; a line without tax is 0 %. */
    public static BigDecimal percent(BigDecimal rate) {
        return rate == null || rate.signum() == 0 ? BigDecimal.ZERO : rate.stripTrailingZeros();
    }
}
