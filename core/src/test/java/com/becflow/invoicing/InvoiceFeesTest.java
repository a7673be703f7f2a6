package com.becflow.invoicing;

import static com.becflow.invoicing.InvoiceBuilder.anInvoice;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.becflow.shared.error.DomainException;
import com.becflow.shared.money.Money;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Late fees and early-payment discounts on an issued invoice: its lines and total stay, the ledger moves. */
class InvoiceFeesTest {

    private static final Instant LATER = Instant.parse("2027-02-20T12:00:00Z");

    private static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    private static void assertLedger(Invoice invoice, String balance) {
        assertThat(invoice.ledger().addsUp()).as("ledger adds up: %s", invoice.ledger()).isTrue();
        assertThat(invoice.balance().isSameAs(eur(balance))).as("balance %s is %s", invoice.balance(), balance).isTrue();
    }

    @Test
    void aLateFeeIsOwedOnTopOfTheIssuedTotalWhichStaysAsIssued() {
        Invoice invoice = anInvoice().line("Logo design", "1", "1000.00").issued("INV-1");

        invoice.chargeLateFee(eur("25.00"), LATER);

        assertThat(invoice.total().isSameAs(eur("1000.00"))).isTrue();
        assertThat(invoice.ledger().lateFees().isSameAs(eur("25.00"))).isTrue();
        assertThat(invoice.ledger().owed().isSameAs(eur("1025.00"))).isTrue();
        assertLedger(invoice, "1025.00");
        invoice.receivePayment(eur("1000.00"), LATER);
        assertThat(invoice.status()).as("the fee is still owed").isEqualTo(InvoiceStatus.PARTIALLY_PAID);
        invoice.receivePayment(eur("25.00"), LATER);
        assertThat(invoice.status()).isEqualTo(InvoiceStatus.PAID);
        assertLedger(invoice, "0");
    }

    @Test
    void waivingTheOnlyFeeLeftSettlesAnInvoiceWhoseLinesWerePaid() {
        Invoice invoice = anInvoice().line("Logo design", "1", "1000.00").issued("INV-1");
        invoice.chargeLateFee(eur("25.00"), LATER);
        invoice.receivePayment(eur("1000.00"), LATER);

        invoice.waiveLateFee(eur("25.00"), LATER);

        assertThat(invoice.status()).isEqualTo(InvoiceStatus.PAID);
        assertThat(invoice.ledger().lateFees().isPositive()).isFalse();
        assertLedger(invoice, "0");
    }

    @Test
    void waivingAFeeTheClientAlreadyPaidLeavesMoneyToGiveBack() {
        Invoice invoice = anInvoice().line("Logo design", "1", "1000.00").issued("INV-1");
        invoice.chargeLateFee(eur("25.00"), LATER);
        invoice.receivePayment(eur("1025.00"), LATER);

        invoice.waiveLateFee(eur("25.00"), LATER);

        assertThat(invoice.excess().isSameAs(eur("25.00"))).isTrue();
        assertLedger(invoice, "-25.00");
    }

    @Test
    void noLateFeeOnAClosedInvoiceAndNoWaiverOfMoreThanWasCharged() {
        Invoice paid = anInvoice().line("Logo design", "1", "100.00").issued("INV-1");
        paid.receivePayment(eur("100.00"), LATER);
        assertThatThrownBy(() -> paid.chargeLateFee(eur("5.00"), LATER)).isInstanceOf(InvoiceStateConflict.class)
                .extracting(e -> ((DomainException) e).code().key()).isEqualTo("invoice.late-fee.closed");

        Invoice open = anInvoice().line("Logo design", "1", "100.00").issued("INV-2");
        open.chargeLateFee(eur("5.00"), LATER);
        assertThatThrownBy(() -> open.waiveLateFee(eur("5.01"), LATER)).isInstanceOf(InvoiceStateConflict.class)
                .extracting(e -> ((DomainException) e).code().key()).isEqualTo("invoice.late-fee.waiver-exceeds");
        assertLedger(open, "105.00");
    }

    @Test
    void aLateFeeFinerThanTheCurrencyIsRefused() {
        Invoice invoice = anInvoice().in("JPY").line("Logo design", "1", "10000").issued("INV-1");

        assertThatThrownBy(() -> invoice.chargeLateFee(Money.of("0.5", "JPY"), LATER)).isInstanceOf(InvalidInvoice.class);
        assertThat(invoice.ledger().lateFees().isPositive()).isFalse();
    }

    @Test
    void anEarlyPaymentDiscountTakenWithThePaymentSettlesTheInvoice() {
        Invoice invoice = anInvoice().line("Logo design", "1", "1000.00").issued("INV-1");

        invoice.receivePayment(eur("980.00"), LATER);
        invoice.takeEarlyPaymentDiscount(eur("20.00"), LATER);

        assertThat(invoice.status()).isEqualTo(InvoiceStatus.PAID);
        assertThat(invoice.ledger().earlyPaymentDiscount().isSameAs(eur("20.00"))).isTrue();
        assertLedger(invoice, "0");
    }
}
