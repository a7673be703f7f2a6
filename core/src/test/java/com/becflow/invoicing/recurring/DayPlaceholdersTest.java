package com.becflow.invoicing.recurring;

import static org.assertj.core.api.Assertions.assertThat;

import com.becflow.invoicing.InvoiceContent;
import com.becflow.invoicing.InvoiceLine;
import com.becflow.invoicing.InvoiceLines;
import java.time.LocalDate;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class DayPlaceholdersTest {

    @Test
    void eachInvoiceNamesTheMonthYearAndDayItIsIssuedForAndKeepsOtherBracesAsTyped() {
        InvoiceContent typed = new InvoiceContent(Currency.getInstance("EUR"), InvoiceLines.of(
                InvoiceLine.of("Retainer for {month}", "1", "1500.00").withTax("19", "VAT"),
                InvoiceLine.of("Hosting {year} {unknown}", "2", "10.00")), "Retainer {date}", "Thanks for {month}!", 14,
                false, null);

        InvoiceContent filled = DayPlaceholders.fill(typed, LocalDate.of(2027, 2, 28));

        assertThat(filled.lines().items()).extracting(InvoiceLine::description)
                .containsExactly("Retainer for February 2027", "Hosting 2027 {unknown}");
        assertThat(filled.reference()).isEqualTo("Retainer 28 February 2027");
        assertThat(filled.notes()).isEqualTo("Thanks for February 2027!");
        assertThat(filled.totals()).as("only words change").isEqualTo(typed.totals());
        assertThat(filled.lines().items().get(0).taxName()).isEqualTo("VAT");
    }

    @Test
    void wordsThatWouldPushAFieldPastItsLengthOnSomeDayAreNamedOnThatField() {
        String almostFull = "x".repeat(InvoiceLine.DESCRIPTION_LENGTH - 10) + " {month}";
        InvoiceContent typed = new InvoiceContent(Currency.getInstance("EUR"), InvoiceLines.of(
                InvoiceLine.of("Retainer", "1", "1500.00"), InvoiceLine.of(almostFull, "1", "10.00")),
                "Support for {date} onwards, " + "y".repeat(70), null, 14, false, null);

        assertThat(typed.problems(com.becflow.invoicing.InvoiceKind.INVOICE)).as("it fits as typed").isEmpty();
        assertThat(DayPlaceholders.fill(typed, LocalDate.of(2027, 5, 1)).lines().items().get(1).description())
                .as("and in May").hasSizeLessThanOrEqualTo(InvoiceLine.DESCRIPTION_LENGTH);
        assertThat(DayPlaceholders.problemsOnceFilled(typed)).containsOnly(
                java.util.Map.entry("lines[1].description",
                        "At most 500 characters once {month}, {year} or {date} is filled in"),
                java.util.Map.entry("reference", "At most 100 characters once {month}, {year} or {date} is filled in"));
        assertThat(DayPlaceholders.problemsOnceFilled(new InvoiceContent(Currency.getInstance("EUR"), InvoiceLines.of(
                InvoiceLine.of("Retainer for {month}", "1", "1500.00")), null, null, 14, false, null))).isEmpty();
    }
}
