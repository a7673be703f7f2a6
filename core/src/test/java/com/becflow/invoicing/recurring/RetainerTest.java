package com.becflow.invoicing.recurring;

import static org.assertj.core.api.Assertions.assertThat;

import com.becflow.invoicing.InvoiceLine;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RetainerTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final InvoiceLine FEE = InvoiceLine.of("Retainer", "1", "1500.00").withTax("19", "VAT");

    @Test
    void hoursBeyondTheAllowanceAreBilledAtTheExtraRateTaxedAsTheFee() {
        Retainer retainer = new Retainer(new BigDecimal("10"), new BigDecimal("80.00"), false);

        RetainerPeriod period = RetainerPeriod.close(retainer, hours("7.5", "4.25"), BigDecimal.ZERO);

        assertThat(period.worked()).isEqualByComparingTo("11.75");
        assertThat(period.extra()).isEqualByComparingTo("1.75");
        InvoiceLine extra = period.extraLine(retainer, FEE).orElseThrow();
        assertThat(extra.description()).isEqualTo("Extra hours: 11.75 h worked, 10 h included");
        assertThat(extra.net(EUR).amount()).isEqualByComparingTo("140.00");
        assertThat(extra.tax(EUR).amount()).isEqualByComparingTo("26.60");
        assertThat(period.carriedNext()).as("no rollover").isEqualByComparingTo("0");
    }

    @Test
    void withRolloverUnusedHoursCarryIntoTheNextPeriodAndWithoutItTheyLapse() {
        Retainer rolling = new Retainer(new BigDecimal("10"), new BigDecimal("80"), true);
        RetainerPeriod quiet = RetainerPeriod.close(rolling, hours("6"), BigDecimal.ZERO);
        assertThat(quiet.extraLine(rolling, FEE)).isEmpty();
        assertThat(quiet.carriedNext()).isEqualByComparingTo("4");

        RetainerPeriod busy = RetainerPeriod.close(rolling, hours("16"), quiet.carriedNext());
        assertThat(busy.allowance()).isEqualByComparingTo("14");
        assertThat(busy.extra()).as("16 worked against 10 + 4 carried").isEqualByComparingTo("2");
        assertThat(busy.carriedNext()).isEqualByComparingTo("0");

        Retainer lapsing = new Retainer(new BigDecimal("10"), new BigDecimal("80"), false);
        assertThat(RetainerPeriod.close(lapsing, hours("16"), new BigDecimal("4")).extra())
                .as("carried hours count only with rollover").isEqualByComparingTo("6");
    }

    @Test
    void theRateIsTheContractsUnlessNamedAndBadHoursAreNamedOnTheirField() {
        Map<String, String> errors = new LinkedHashMap<>();
        assertThat(Retainer.parse(new BigDecimal("10"), null, null, new BigDecimal("95"), errors)).get()
                .extracting(Retainer::extraHourRate).isEqualTo(new BigDecimal("95"));
        assertThat(Retainer.parse(new BigDecimal("10"), new BigDecimal("70"), true, new BigDecimal("95"), errors)).get()
                .extracting(Retainer::extraHourRate).isEqualTo(new BigDecimal("70"));
        assertThat(errors).isEmpty();

        assertThat(Retainer.parse(new BigDecimal("-2"), null, false, null, errors)).isEmpty();
        assertThat(errors).containsEntry("retainer.includedHours", "Hours can't be negative")
                .containsKey("retainer.extraHourRate");
        assertThat(Retainer.hoursProblem(BigDecimal.ZERO, false)).contains("Hours must be above zero");
        assertThat(Retainer.hoursProblem(new BigDecimal("1.125"), false)).contains("At most 2 decimals");
        assertThat(Retainer.hoursProblem(new BigDecimal("1000.01"), true)).contains("At most 1000 hours");
    }

    private static List<BigDecimal> hours(String... values) {
        return java.util.Arrays.stream(values).map(BigDecimal::new).toList();
    }
}
