package com.becflow.accounting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BooksChoicesTest {

    private final BooksChoices xero = new BooksChoices(
            List.of(new BooksChoices.Choice("200", "Sales"), new BooksChoices.Choice("260", "Other Revenue")),
            List.of(new BooksChoices.Choice("090", "Business Bank Account"), new BooksChoices.Choice("091", "Savings")),
            List.of(new BooksChoices.TaxRate("OUTPUT2", "20% (VAT on Income)", new BigDecimal("20.0000")),
                    new BooksChoices.TaxRate("RROUTPUT", "5% (VAT on Income)", new BigDecimal("5")),
                    new BooksChoices.TaxRate("OUTPUT3", "Another 20%", new BigDecimal("20")),
                    new BooksChoices.TaxRate("NONE", "No VAT", BigDecimal.ZERO),
                    new BooksChoices.TaxRate("ZERORATEDOUTPUT", "Zero Rated Income", BigDecimal.ZERO)),
            List.of(new BooksChoices.Choice("DESIGN", "Design work")));

    @Test
    void eachRateInUseDefaultsToTheFirstBooksRateOfTheSamePercentage() {
        Map<BigDecimal, String> defaults = xero.defaultTaxRates(List.of(new BigDecimal("20.00"), new BigDecimal("5.0"),
                BigDecimal.ZERO));

        assertThat(defaults).containsExactlyInAnyOrderEntriesOf(Map.of(new BigDecimal("2E+1"), "OUTPUT2",
                new BigDecimal("5"), "RROUTPUT", BigDecimal.ZERO, "NONE"));
    }

    @Test
    void aRateTheBooksDoNotHaveGetsNoDefault() {
        assertThat(xero.defaultTaxRates(List.of(new BigDecimal("19")))).isEmpty();
    }

    @Test
    void aRateChosenAlreadyIsKeptOverTheDefault() {
        BooksAccounts chosen = new BooksAccounts("260", "091", null, Map.of(new BigDecimal("20"), "OUTPUT3"));

        BooksAccounts withDefaults = xero.withDefaultTaxRates(chosen, List.of(new BigDecimal("20"), new BigDecimal("5")));

        assertThat(withDefaults.taxRateFor(new BigDecimal("20.000"))).contains("OUTPUT3");
        assertThat(withDefaults.taxRateFor(new BigDecimal("5"))).contains("RROUTPUT");
        assertThat(withDefaults.salesAccount()).isEqualTo("260");
        assertThat(withDefaults.bankAccount()).isEqualTo("091");
    }

    @Test
    void aLineWithoutTaxTakesTheRateChosenForZeroPercent() {
        BooksAccounts chosen = new BooksAccounts("200", "090", null, Map.of(BigDecimal.ZERO, "ZERORATEDOUTPUT"));
        BooksLine untaxed = new BooksLine("Advice", BigDecimal.ONE, BigDecimal.TEN, null, BigDecimal.ZERO, null, null);
        BooksLine taxedAtAnUnknownRate = new BooksLine("Print", BigDecimal.ONE, BigDecimal.TEN, null, BigDecimal.ONE, "VAT");

        assertThat(untaxed.taxRateIn(chosen)).contains("ZERORATEDOUTPUT");
        assertThat(taxedAtAnUnknownRate.taxRateIn(chosen)).isEmpty();
    }

    @Test
    void whatTheBooksOfferIsAcceptedAsChosen() {
        BooksAccounts chosen = new BooksAccounts("260", "091", "DESIGN", Map.of(new BigDecimal("20"), "OUTPUT3"));

        assertThat(xero.unknown(chosen)).isEmpty();
    }

    @Test
    void anythingTheBooksDoNotOfferIsNamedByItsField() {
        BooksAccounts chosen = new BooksAccounts("999", "200", "NOPE",
                Map.of(new BigDecimal("20"), "OUTPUT2", new BigDecimal("7.5"), "GONE"));

        assertThat(xero.unknown(chosen)).containsExactly(
                Map.entry("salesAccount", BooksChoices.Field.SALES_ACCOUNT),
                Map.entry("bankAccount", BooksChoices.Field.BANK_ACCOUNT),
                Map.entry("item", BooksChoices.Field.ITEM),
                Map.entry("taxRates[7.5]", BooksChoices.Field.TAX_RATE));
        assertThat(BooksChoices.Field.SALES_ACCOUNT.code()).isEqualTo("books.mapping.unknown-account");
        assertThat(BooksChoices.Field.TAX_RATE.code()).isEqualTo("books.mapping.unknown-tax-rate");
    }

    @Test
    void noItemChosenIsNoItem() {
        assertThat(new BooksAccounts("200", "090", " ", Map.of()).itemChosen()).isEmpty();
        assertThat(new BooksAccounts("200", "090")).isEqualTo(new BooksAccounts("200", "090", null, null));
    }
}
