package com.becflow.contracts.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.becflow.contracts.ContractContent;
import com.becflow.contracts.ContractTerms;
import com.becflow.contracts.InvalidContract;
import com.becflow.shared.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ContractServiceContentTest {

    private static final LocalDate START = LocalDate.of(2027, 2, 1);
    private static final LocalDate END = LocalDate.of(2027, 3, 31);
    private static final String BODY = "Dear {{client.name}}, this is about {{project.name}}.";

    private static SaveContract save(String fee, String currency) {
        return new SaveContract("Brand refresh", "Refresh", START, END, fee == null ? null : new BigDecimal(fee), currency,
                BODY, ContractTerms.netDays(14), null, null);
    }

    private static SaveContract withDates(LocalDate start, LocalDate end) {
        return new SaveContract("Brand refresh", "Refresh", start, end, new BigDecimal("2400"), "EUR", BODY,
                ContractTerms.netDays(14), null, null);
    }

    private static SaveContract withBody(String body) {
        return new SaveContract("Brand refresh", "Refresh", START, END, new BigDecimal("2400"), "EUR", body,
                ContractTerms.netDays(14), null, null);
    }

    static Stream<Arguments> badFields() {
        return Stream.of(
                Arguments.of("an unknown currency", save("2400", "EURO"), "currency"),
                Arguments.of("a currency code that is no currency", save("2400", "ZZZ"), "currency"),
                Arguments.of("XXX, which is no currency for invoicing", save("2400", "XXX"), "currency"),
                Arguments.of("no currency", save("2400", " "), "currency"),
                Arguments.of("a negative fee", save("-1", "EUR"), "fee"),
                Arguments.of("a fee with three decimals in EUR", save("10.123", "EUR"), "fee"),
                Arguments.of("a fee with decimals in JPY", save("100.5", "JPY"), "fee"),
                Arguments.of("a fee beyond the maximum", save("100000000.01", "EUR"), "fee"),
                Arguments.of("no fee", save(null, "EUR"), "fee"),
                Arguments.of("an end before the start", withDates(START, START.minusDays(1)), "endDate"),
                Arguments.of("no start", withDates(null, END), "startDate"),
                Arguments.of("an unknown merge field in the body", withBody("Dear {{client.nmae}}"), "body"),
                Arguments.of("an unclosed merge field in the body", withBody("Dear {{client.name"), "body"),
                Arguments.of("an empty body", withBody("  "), "body"),
                Arguments.of("a fixed deposit with decimals in JPY", new SaveContract("Shoot", "Shoot", START, END,
                        new BigDecimal("100000"), "JPY", BODY, ContractTerms.netDays(14).withDeposit(
                        new ContractTerms.Deposit(null, new BigDecimal("500.5"))), null, null), "terms.deposit.amount"));
    }

    @ParameterizedTest(name = "{0} is reported on {2}")
    @MethodSource("badFields")
    void eachBadFieldIsReportedOnItsOwnKey(String what, SaveContract command, String field) {
        InvalidContract error = catchThrowableOfType(InvalidContract.class, () -> ContractService.content(command));
        assertThat(error.fieldErrors()).containsOnlyKeys(field);
    }

    @Test
    void aFeeWithTrailingZerosBeyondTheCurrencysDecimalsIsFine() {
        assertThat(ContractService.content(save("100.00", "JPY")).fee().amount()).isEqualByComparingTo("100");
        assertThat(ContractService.content(save("10.1200", "EUR")).fee().amount()).isEqualByComparingTo("10.12");
    }

    @Test
    void anUnknownCurrencyIsNotAlsoBlamedOnTheFee() {
        InvalidContract error = catchThrowableOfType(InvalidContract.class, () -> ContractService.content(save("10.123", "ZZZ")));
        assertThat(error.fieldErrors()).containsOnlyKeys("currency");
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        SaveContract command = new SaveContract(" ", null, START, START.minusDays(1), null, "EUR", "{{nope}}",
                ContractTerms.netDays(-1), null, 0);
        InvalidContract error = catchThrowableOfType(InvalidContract.class, () -> ContractService.content(command));
        assertThat(error.fieldErrors()).containsOnlyKeys("title", "projectName", "endDate", "fee", "body",
                "terms.payment.netDays", "validityDays");
    }

    @Test
    void aGoodContractIsNormalized() {
        SaveContract command = new SaveContract("  Brand refresh  ", " Refresh\t", START, END, new BigDecimal("2400.50"),
                " eur ", "\n  " + BODY + "  \n", ContractTerms.netDays(14), null, null);

        ContractContent content = ContractService.content(command);

        assertThat(content.title()).isEqualTo("Brand refresh");
        assertThat(content.projectName()).isEqualTo("Refresh");
        assertThat(content.body()).isEqualTo(BODY);
        assertThat(content.fee().isSameAs(Money.of("2400.50", "EUR"))).isTrue();
        assertThat(content.terms()).isEqualTo(ContractTerms.netDays(14));
        assertThat(content.countersignRequired()).isFalse();
        assertThat(content.validityDays()).isEqualTo(ContractService.DEFAULT_VALIDITY_DAYS);
        assertThat(content.problems()).isEmpty();
    }
}
