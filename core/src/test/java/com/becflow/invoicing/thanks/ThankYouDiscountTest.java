package com.becflow.invoicing.thanks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.becflow.clients.ClientId;
import com.becflow.invoicing.Invoice;
import com.becflow.invoicing.InvoiceContent;
import com.becflow.invoicing.InvoiceId;
import com.becflow.invoicing.InvoiceKind;
import com.becflow.invoicing.InvoiceLine;
import com.becflow.invoicing.InvoiceLines;
import com.becflow.invoicing.InvoiceStateConflict;
import com.becflow.invoicing.InvoiceTotals;
import com.becflow.invoicing.Payment;
import com.becflow.invoicing.PaymentMethod;
import com.becflow.shared.money.Money;
import com.becflow.shared.tenant.Actor;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The thank-you discount: earned by paying in full and on time, taken off before tax, used once, until it expires. */
class ThankYouDiscountTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Instant NOW = Instant.parse("2027-01-04T10:00:00Z");
    private static final LocalDate ISSUED = LocalDate.of(2027, 1, 4);
    private static final ThankYouTerms FIVE_PERCENT = ThankYouTerms.checked(true, new BigDecimal("5"), 30);

    @Test
    void payingInFullByTheDueDateEarnsTheDiscountForTheDaysTheTermsSay() {
        Invoice invoice = issued(InvoiceKind.INVOICE, "100.00");
        Payment payment = pay(invoice, "100.00", ISSUED.plusDays(14));

        ThankYouDiscount granted = FIVE_PERCENT.earnedBy(invoice, payment, ISSUED.plusDays(14), NOW).orElseThrow();

        assertThat(granted.percent()).isEqualByComparingTo("5");
        assertThat(granted.thankedInvoiceId()).isEqualTo(invoice.id());
        assertThat(granted.clientId()).isEqualTo(invoice.clientId());
        assertThat(granted.expiresOn()).isEqualTo(ISSUED.plusDays(44));
        assertThat(granted.usedBy()).isEmpty();
        assertThat(granted.lineDescription()).isEqualTo("Thank-you discount (5%) for paying INV-1 on time");
    }

    @Test
    void aLatePaymentAPartOfTheBalanceADepositOrTheOfferTurnedOffEarnNothing() {
        Invoice late = issued(InvoiceKind.INVOICE, "100.00");
        assertThat(FIVE_PERCENT.earnedBy(late, pay(late, "100.00", ISSUED.plusDays(15)), ISSUED.plusDays(15), NOW))
                .as("a day after the due date").isEmpty();

        Invoice part = issued(InvoiceKind.INVOICE, "100.00");
        assertThat(FIVE_PERCENT.earnedBy(part, pay(part, "60.00", ISSUED), ISSUED, NOW)).as("40.00 still open").isEmpty();

        Invoice deposit = issued(InvoiceKind.DEPOSIT, "100.00");
        assertThat(FIVE_PERCENT.earnedBy(deposit, pay(deposit, "100.00", ISSUED), ISSUED, NOW)).isEmpty();

        Invoice unthanked = issued(InvoiceKind.INVOICE, "100.00");
        ThankYouTerms off = ThankYouTerms.checked(false, new BigDecimal("5"), 30);
        assertThat(off.earnedBy(unthanked, pay(unthanked, "100.00", ISSUED), ISSUED, NOW)).isEmpty();
    }

    @Test
    void theDiscountIsTakenOffEachTaxRatesNetsSoTaxIsReckonedOnTheDiscountedAmount() {
        InvoiceLines lines = InvoiceLines.of(InvoiceLine.of("Design", "10", "100.00").withTax("20", "VAT"),
                InvoiceLine.of("Print", "1", "333.33").withDiscount("10").withTax("7", "VAT"),
                InvoiceLine.of("Hosting", "1", "50.00").withTax("20.000", "VAT"));

        InvoiceLines discounted = grantedFor("5").appliedTo(lines, EUR);

        assertThat(discounted.items()).hasSize(5);
        assertThat(discounted.items().subList(3, 5)).extracting(InvoiceLine::description).containsOnly(
                "Thank-you discount (5%) for paying INV-1 on time");
        // 5% of 1,050.00 at 20%, and of 300.00 (333.33 less 10%, rounded) at 7%.
        assertThat(discounted.items().get(3).net(EUR)).isEqualTo(Money.of("-52.50", EUR));
        assertThat(discounted.items().get(3).taxRate()).isEqualByComparingTo("20");
        assertThat(discounted.items().get(4).net(EUR)).isEqualTo(Money.of("-15.00", EUR));
        assertThat(discounted.items().get(4).taxRate()).isEqualByComparingTo("7");
        InvoiceTotals before = lines.totals(EUR);
        InvoiceTotals after = discounted.totals(EUR);
        assertThat(before.total()).isEqualTo(Money.of("1581.00", EUR));
        assertThat(after.tax()).isEqualTo(Money.of("219.45", EUR));
        assertThat(after.total()).isEqualTo(Money.of("1501.95", EUR));
    }

    @Test
    void theDiscountIsRoundedOnceToTheCurrencysMinorUnit() {
        assertThat(grantedFor("2.5").discountOn(Money.of("33.33", EUR))).isEqualTo(Money.of("0.83", EUR));
        assertThat(grantedFor("2.5").discountOn(Money.of("33.40", EUR))).isEqualTo(Money.of("0.84", EUR));
        assertThat(grantedFor("12.5").discountOn(Money.of("1000", "JPY"))).isEqualTo(Money.of("125", "JPY"));
        assertThat(grantedFor("5").appliedTo(InvoiceLines.of(InvoiceLine.of("Tiny", "1", "0.09")), EUR).items())
                .as("nothing to take off after rounding").hasSize(1);
    }

    @Test
    void itIsOpenUntilTheEndOfItsLastDayAndIsUsedOnce() {
        ThankYouDiscount discount = grantedFor("5");
        assertThat(discount.openOn(discount.expiresOn())).isTrue();
        assertThat(discount.openOn(discount.expiresOn().plusDays(1))).isFalse();

        InvoiceId next = InvoiceId.newId();
        discount.useFor(next, NOW);
        assertThat(discount.usedBy()).contains(next);
        assertThat(discount.openOn(ISSUED)).isFalse();
        assertThatThrownBy(() -> discount.useFor(InvoiceId.newId(), NOW)).isInstanceOf(InvoiceStateConflict.class);
    }

    @Test
    void voidingTheInvoiceThatUsedItGivesItBackUnlessItHasExpired() {
        ThankYouDiscount discount = grantedFor("5");
        discount.useFor(InvoiceId.newId(), NOW);
        assertThat(discount.giveBack(discount.expiresOn())).isTrue();
        assertThat(discount.openOn(discount.expiresOn())).isTrue();

        discount.useFor(InvoiceId.newId(), NOW);
        assertThat(discount.giveBack(discount.expiresOn().plusDays(1))).isFalse();
        assertThat(discount.usedBy()).isPresent();
    }

    @Test
    void theTermsAreCheckedFieldByField() {
        assertThat(ThankYouTerms.checked(true, new BigDecimal("0.5"), 1)).isEqualTo(
                new ThankYouTerms(true, new BigDecimal("0.5"), 1));
        assertThat(ThankYouTerms.checked(null, null, null)).isEqualTo(ThankYouTerms.OFF);
        assertThat(ThankYouTerms.checked(true, new BigDecimal("50.00"), 365).validDays()).isEqualTo(365);
        assertProblems(true, "0.49", 90, "percent");
        assertProblems(true, "50.01", 90, "percent");
        assertProblems(true, "5.125", 90, "percent");
        assertProblems(true, null, 90, "percent");
        assertProblems(false, "-1", 90, "percent");
        assertProblems(true, "5", 0, "validDays");
        assertProblems(true, "5", 366, "validDays");
        assertProblems(true, "5", null, "validDays");
    }

    private static void assertProblems(Boolean enabled, String percent, Integer days, String field) {
        assertThatThrownBy(() -> ThankYouTerms.checked(enabled, percent == null ? null : new BigDecimal(percent), days))
                .isInstanceOfSatisfying(InvalidThankYouTerms.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys(field));
    }

    private static ThankYouDiscount grantedFor(String percent) {
        return ThankYouDiscount.granted(ClientId.newId(), InvoiceId.newId(), "INV-1", new BigDecimal(percent), NOW,
                ISSUED.plusDays(90));
    }

    private static Invoice issued(InvoiceKind kind, String amount) {
        Invoice invoice = Invoice.draft(InvoiceId.newId(), kind, ClientId.newId(), null, null,
                new InvoiceContent(EUR, new InvoiceLines(List.of(InvoiceLine.of("Logo", "1", amount))), null, null, 14,
                        true, null), NOW);
        invoice.issue("INV-1", ISSUED, "ada@engines.test", NOW);
        return invoice;
    }

    private static Payment pay(Invoice invoice, String amount, LocalDate on) {
        Payment payment = Payment.receivedByHand(invoice.id(), PaymentMethod.BANK_TRANSFER, Money.of(amount, EUR), on,
                null, Actor.system("test"), NOW);
        invoice.receivePayment(payment.amount(), NOW);
        return payment;
    }
}
