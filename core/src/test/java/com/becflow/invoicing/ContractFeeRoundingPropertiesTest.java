package com.becflow.invoicing;

import static org.assertj.core.api.Assertions.assertThat;

import com.becflow.contracts.ContractTerms.EarlyPaymentDiscount;
import com.becflow.contracts.ContractTerms.LateFee;
import com.becflow.shared.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Fees and discounts from a signed contract are rounded once, to the invoice's currency (0, 2 or 3 decimals): never a
 * sum of parts rounded one by one, never an amount finer than the currency, never past the clause's cap.
 */
class ContractFeeRoundingPropertiesTest {

    record Case(Currency currency, BigDecimal total, BigDecimal unpaid) {

        Money money(BigDecimal amount) {
            return new Money(amount, currency);
        }

        int digits() {
            return Money.minorDigits(currency);
        }
    }

    @Provide
    Arbitrary<Case> invoices() {
        Arbitrary<Currency> currencies = Arbitraries.of("JPY", "EUR", "BHD").map(Currency::getInstance);
        return currencies.flatMap(c -> {
            int digits = Money.minorDigits(c);
            Arbitrary<BigDecimal> totals = Arbitraries.bigDecimals().between(BigDecimal.ONE, new BigDecimal("10000000"))
                    .ofScale(digits);
            return totals.flatMap(total -> Arbitraries.bigDecimals().between(BigDecimal.ZERO, total).ofScale(digits)
                    .map(unpaid -> new Case(c, total, unpaid)));
        });
    }

    @Provide
    Arbitrary<BigDecimal> percents() {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("10")).ofScale(2);
    }

    @Provide
    Arbitrary<BigDecimal> caps() {
        return Arbitraries.bigDecimals().between(new BigDecimal("0.01"), new BigDecimal("100")).ofScale(2);
    }

    @Provide
    Arbitrary<BigDecimal> discounts() {
        return Arbitraries.bigDecimals().between(new BigDecimal("0.01"), new BigDecimal("25")).ofScale(2);
    }

    private static BigDecimal roundedOnce(BigDecimal unrounded, int digits) {
        return unrounded.setScale(digits, RoundingMode.HALF_UP);
    }

    @Property
    void aLateFeeIsTheFlatAmountPlusTheShareRoundedOnceAndNeverFinerThanTheCurrency(
            @ForAll("invoices") Case invoice, @ForAll("percents") BigDecimal percent, @ForAll @IntRange(max = 500) int flatUnits) {
        BigDecimal flat = BigDecimal.valueOf(flatUnits).movePointLeft(invoice.digits());
        LateFeeSchedule schedule = new LateFeeSchedule(new LateFee(flat, percent, 30, 0, null));

        Money fee = schedule.nextFee(invoice.money(invoice.total()), invoice.money(invoice.unpaid()), invoice.money(BigDecimal.ZERO));

        BigDecimal expected = invoice.unpaid().signum() == 0 ? BigDecimal.ZERO
                : roundedOnce(flat.add(invoice.unpaid().multiply(percent).movePointLeft(2)), invoice.digits());
        assertThat(fee.amount()).isEqualByComparingTo(expected);
        assertThat(fee.finerThanMinorUnit()).isEmpty();
    }

    @Property
    void lateFeesPeriodAfterPeriodStopExactlyAtTheCapRoundedOnce(
            @ForAll("invoices") Case invoice, @ForAll("percents") BigDecimal percent, @ForAll("caps") BigDecimal cap,
            @ForAll @IntRange(min = 1, max = 5000) int flatUnits) {
        BigDecimal flat = BigDecimal.valueOf(flatUnits).movePointLeft(invoice.digits());
        LateFeeSchedule schedule = new LateFeeSchedule(new LateFee(flat, percent, 30, 0, cap));
        Money total = invoice.money(invoice.total());
        Money capAmount = invoice.money(roundedOnce(invoice.total().multiply(cap).movePointLeft(2), invoice.digits()));
        Money unpaid = invoice.money(invoice.total());
        Money charged = invoice.money(BigDecimal.ZERO);
        boolean stopped = false;

        for (int period = 1; period <= 200 && !stopped; period++) {
            Money fee = schedule.nextFee(total, unpaid, charged);
            stopped = !fee.isPositive();
            if (stopped) {
                break;
            }
            assertThat(fee.finerThanMinorUnit()).isEmpty();
            charged = charged.plus(fee);
        }

        assertThat(schedule.cap(total).isSameAs(capAmount)).isTrue();
        assertThat(charged.isMoreThan(capAmount)).as("%s charged, cap %s", charged, capAmount).isFalse();
        if (stopped) {
            assertThat(charged.isSameAs(capAmount)).as("fees stop only once they reach the cap exactly").isTrue();
        }
    }

    @Property
    void anEarlyPaymentDiscountIsRoundedOnceAndPricePlusDiscountIsTheTotalExactly(
            @ForAll("invoices") Case invoice, @ForAll("discounts") BigDecimal percent) {
        EarlyPaymentTerms terms = new EarlyPaymentTerms(new EarlyPaymentDiscount(percent, 10));
        Money total = invoice.money(invoice.total());

        Money discount = terms.discount(total);
        Money price = terms.price(total);

        assertThat(discount.amount()).isEqualByComparingTo(
                roundedOnce(invoice.total().multiply(percent).movePointLeft(2), invoice.digits()));
        assertThat(discount.finerThanMinorUnit()).isEmpty();
        assertThat(price.finerThanMinorUnit()).isEmpty();
        assertThat(price.plus(discount).isSameAs(total)).isTrue();
    }

    @Property
    void aLedgerWithAFeeAWaiverAndADiscountAlwaysAddsUp(@ForAll("invoices") Case invoice,
                                                         @ForAll("percents") BigDecimal percent) {
        Invoice issued = InvoiceBuilder.anInvoice().in(invoice.currency().getCurrencyCode())
                .line("Work", "1", invoice.total().toPlainString()).issued("INV-P");
        Money fee = new LateFeeSchedule(new LateFee(null, percent.max(new BigDecimal("0.01")), 30, 0, null))
                .nextFee(issued.total(), issued.total(), Money.zero(issued.currency()));
        if (fee.isPositive()) {
            issued.chargeLateFee(fee, InvoiceBuilder.ISSUED);
            assertThat(issued.ledger().addsUp()).isTrue();
            issued.waiveLateFee(fee, InvoiceBuilder.ISSUED);
        }
        Money discount = new EarlyPaymentTerms(new EarlyPaymentDiscount(new BigDecimal("2"), 10)).discount(issued.total());
        if (discount.isPositive()) {
            issued.takeEarlyPaymentDiscount(discount, InvoiceBuilder.ISSUED);
        }
        issued.receivePayment(issued.balance(), InvoiceBuilder.ISSUED);

        assertThat(issued.ledger().addsUp()).as("%s", issued.ledger()).isTrue();
        assertThat(issued.status()).isEqualTo(InvoiceStatus.PAID);
    }
}
