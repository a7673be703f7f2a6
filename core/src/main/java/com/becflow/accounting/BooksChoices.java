package com.becflow.accounting;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What the books offer to post to, read from them: the accounts (or, at QuickBooks, the items) invoice lines may be
 * sold to, the accounts money received may go to, the tax rates with their percentage, and the items a line may name.
 * The rules of a choice live here: what a choice defaults to, and which chosen ids the books do not offer.
 */
public record BooksChoices(List<Choice> salesAccounts, List<Choice> bankAccounts, List<TaxRate> taxRates,
                           List<Choice> items) {

    /** One account or item: the id or code the books take, and the name the freelancer knows it by. */
    public record Choice(String id, String name) {
        public Choice {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
        }
    }

    /** One of the books' tax rates: its id or code, its name and what it comes to in percent. */
    public record TaxRate(String id, String name, BigDecimal percent) {
        public TaxRate {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
            percent = BooksAccounts.percent(percent);
        }
    }

    /** The field of a choice and the error code of an id the books do not offer for it. */
    public enum Field {
        SALES_ACCOUNT("salesAccount", "books.mapping.unknown-account"),
        BANK_ACCOUNT("bankAccount", "books.mapping.unknown-account"),
        ITEM("item", "books.mapping.unknown-item"),
        TAX_RATE("taxRates", "books.mapping.unknown-tax-rate");

        private final String name;
        private final String code;

        Field(String name, String code) {
            this.name = name;
            this.code = code;
        }

        /** As the API and the form name it; a tax rate's field is {@code taxRates[19]}. */
        public String fieldName() {
            return name;
        }

        public String code() {
            return code;
        }
    }

    public BooksChoices {
        salesAccounts = List.copyOf(salesAccounts);
        bankAccounts = List.copyOf(bankAccounts);
        taxRates = List.copyOf(taxRates);
        items = List.copyOf(items);
    }

    /**
     * The books' tax rate for each of these Becflow rates: the first the books offer at the same percentage (19 and
     * 19.00 alike), none where they offer none.
     */
    public Map<BigDecimal, String> defaultTaxRates(Collection<BigDecimal> percentages) {
        Map<BigDecimal, String> chosen = new TreeMap<>();
        for (BigDecimal percentage : percentages) {
            BigDecimal percent = BooksAccounts.percent(percentage);
            taxRates.stream().filter(rate -> rate.percent().compareTo(percent) == 0).findFirst()
                    .ifPresent(rate -> chosen.put(percent, rate.id()));
        }
        return chosen;
    }

    /**
     * {@code chosen} with a books' tax rate for every Becflow rate in {@code inUse} that has none yet (by percentage),
     * the choices already made kept.
     */
    public BooksAccounts withDefaultTaxRates(BooksAccounts chosen, Collection<BigDecimal> inUse) {
        Map<BigDecimal, String> rates = new TreeMap<>(defaultTaxRates(inUse));
        rates.putAll(chosen.taxRates());
        return new BooksAccounts(chosen.salesAccount(), chosen.bankAccount(), chosen.item(), rates);
    }

    /** What of {@code chosen} the books do not offer, by field ({@code taxRates[19]} for the rate chosen for 19 %). */
    public Map<String, Field> unknown(BooksAccounts chosen) {
        Map<String, Field> unknown = new LinkedHashMap<>();
        if (find(salesAccounts, chosen.salesAccount()).isEmpty()) {
            unknown.put(Field.SALES_ACCOUNT.fieldName(), Field.SALES_ACCOUNT);
        }
        if (find(bankAccounts, chosen.bankAccount()).isEmpty()) {
            unknown.put(Field.BANK_ACCOUNT.fieldName(), Field.BANK_ACCOUNT);
        }
        if (chosen.item() != null && find(items, chosen.item()).isEmpty()) {
            unknown.put(Field.ITEM.fieldName(), Field.ITEM);
        }
        chosen.taxRates().forEach((percent, id) -> {
            if (taxRates.stream().noneMatch(rate -> rate.id().equals(id))) {
                unknown.put(Field.TAX_RATE.fieldName() + "[" + percent.toPlainString() + "]", Field.TAX_RATE);
            }
        });
        return unknown;
    }

    /** The name the books give this id among {@code offered}, if they offer it. */
    public static Optional<Choice> find(List<Choice> offered, String id) {
        return offered.stream().filter(choice -> choice.id().equals(id)).findFirst();
    }
}
