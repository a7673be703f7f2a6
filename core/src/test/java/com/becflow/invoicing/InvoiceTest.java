package com.becflow.invoicing;

import static com.becflow.invoicing.InvoiceBuilder.ISSUED;
import static com.becflow.invoicing.InvoiceBuilder.ISSUE_DATE;
import static com.becflow.invoicing.InvoiceBuilder.aCreditNoteFor;
import static com.becflow.invoicing.InvoiceBuilder.aDepositInvoice;
import static com.becflow.invoicing.InvoiceBuilder.anInvoice;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.becflow.shared.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class InvoiceTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Instant LATER = Instant.parse("2027-01-10T12:00:00Z");
    private static final Instant LATER_STILL = Instant.parse("2027-01-20T12:00:00Z");

    private static Money eur(String amount) {
        return Money.of(amount, EUR);
    }

    private static void assertLedger(Invoice invoice, String balance) {
        assertThat(invoice.ledger().addsUp()).as("ledger adds up: %s", invoice.ledger()).isTrue();
        assertThat(invoice.balance().isSameAs(Money.of(balance, invoice.currency())))
                .as("balance %s is %s", invoice.balance(), balance).isTrue();
    }

    @Test
    void eachLineIsRoundedOnceSoTheLinesAddUpToThePrintedTotals() {
        InvoiceContent content = anInvoice()
                .line(InvoiceLine.of("Illustrations", "3", "33.333").withTax("19", "VAT"))
                .line(InvoiceLine.of("Postage", "1", "0.125").withTax("19", "VAT"))
                .content();

        InvoiceTotals totals = content.totals();

        assertThat(content.lines().items().get(0).net(EUR)).isEqualTo(eur("100.00"));
        assertThat(content.lines().items().get(0).tax(EUR)).isEqualTo(eur("19.00"));
        assertThat(content.lines().items().get(1).net(EUR)).isEqualTo(eur("0.13"));
        assertThat(content.lines().items().get(1).tax(EUR)).isEqualTo(eur("0.02"));
        assertThat(totals.subtotal().isSameAs(eur("100.13"))).isTrue();
        assertThat(totals.tax().isSameAs(eur("19.02"))).isTrue();
        assertThat(totals.total().isSameAs(eur("119.15"))).isTrue();
        assertThat(content.lines().taxByRate(EUR)).containsOnlyKeys("VAT 19%");
        assertThat(content.lines().taxByRate(EUR).get("VAT 19%").isSameAs(totals.tax())).isTrue();
    }

    @Test
    void aDiscountComesOffBeforeTaxAndIsTotalledSeparately() {
        InvoiceTotals totals = anInvoice()
                .line(InvoiceLine.of("Consulting hours", "10", "80").withDiscount("12.5").withTax("20", "VAT"))
                .content().totals();

        assertThat(totals.subtotal().isSameAs(eur("800"))).isTrue();
        assertThat(totals.discount().isSameAs(eur("100"))).isTrue();
        assertThat(totals.tax().isSameAs(eur("140"))).isTrue();
        assertThat(totals.total().isSameAs(eur("840"))).isTrue();
    }

    @Test
    void linesAreRoundedToTheCurrencysOwnMinorUnit() {
        Currency jpy = Currency.getInstance("JPY");
        Currency bhd = Currency.getInstance("BHD");

        assertThat(InvoiceLine.of("Prints", "3", "333.5").net(jpy)).isEqualTo(Money.of("1001", jpy));
        assertThat(InvoiceLine.of("Prints", "1", "1.2345").net(bhd)).isEqualTo(Money.of("1.235", bhd));
    }

    @Test
    void taxOverAHundredPercentAndNegativeQuantitiesAreRefused() {
        InvoiceContent content = anInvoice()
                .line(InvoiceLine.of("Design", "1", "100").withTax("100.5", "VAT"))
                .line("Returned chairs", "-2", "50")
                .content();

        assertThat(content.problems(InvoiceKind.INVOICE))
                .containsEntry("lines[0].taxRate", "The tax rate cannot be over 100%")
                .containsEntry("lines[1].quantity", "The quantity must be above zero; use a credit note to take something back");
    }

    @Test
    void aCreditNoteIsToldItIsNegativeByItself() {
        InvoiceContent content = aCreditNoteFor(InvoiceId.newId()).line("Returned chairs", "-2", "50").content();

        assertThat(content.problems(InvoiceKind.CREDIT_NOTE))
                .containsEntry("lines[0].quantity", "The quantity must be above zero; a credit note is negative by itself");
    }

    @Test
    void anInvoiceWithAZeroTotalCannotBeIssued() {
        Invoice free = anInvoice().line(InvoiceLine.of("Favour", "1", "100").withDiscount("100")).draft();

        assertThatThrownBy(() -> free.issue("INV-2027-0001", ISSUE_DATE, "ada@engines.test", ISSUED))
                .isInstanceOf(InvalidInvoice.class);
        assertThat(free.status()).isEqualTo(InvoiceStatus.DRAFT);
        assertThat(free.number()).isEmpty();
    }

    @Test
    void issuingAssignsTheNumberAndTheDueDateNetDaysAfterTheIssueDate() {
        Invoice invoice = anInvoice().dueIn(30).draft();

        invoice.issue("INV-2027-0001", ISSUE_DATE, "ada@engines.test", ISSUED);

        assertThat(invoice.number()).contains("INV-2027-0001");
        assertThat(invoice.status()).isEqualTo(InvoiceStatus.ISSUED);
        assertThat(invoice.issueDate()).isEqualTo(ISSUE_DATE);
        assertThat(invoice.dueDate()).isEqualTo(LocalDate.of(2027, 2, 3));
        assertThat(invoice.sentTo()).isEqualTo("ada@engines.test");
        assertThat(invoice.issuedAt()).isEqualTo(ISSUED);
        assertLedger(invoice, "1000");
    }

    @Test
    void anInvoiceDueOnReceiptIsDueOnItsIssueDate() {
        Invoice invoice = anInvoice().dueIn(0).issued("INV-2027-0001");

        assertThat(invoice.dueDate()).isEqualTo(ISSUE_DATE);
    }

    @Test
    void anIssuedInvoiceIsNeitherChangedNorIssuedAgain() {
        Invoice invoice = anInvoice().issued("INV-2027-0001");
        InvoiceContent other = anInvoice().line("Something else", "1", "5").content();

        assertThatThrownBy(() -> invoice.change(other, LATER))
                .isInstanceOf(InvoiceStateConflict.class)
                .hasMessageContaining("Issue a credit note");
        assertThatThrownBy(() -> invoice.issue("INV-2027-0002", ISSUE_DATE, "ada@engines.test", LATER))
                .isInstanceOf(InvoiceStateConflict.class);
        assertThat(invoice.number()).contains("INV-2027-0001");
        assertThat(invoice.total().isSameAs(eur("1000"))).isTrue();
    }

    @Test
    void aDraftChangesFreelyAndItsTotalsFollow() {
        Invoice draft = anInvoice().draft();

        draft.change(anInvoice().line("Logo", "2", "300").content(), LATER);

        assertThat(draft.total().isSameAs(eur("600"))).isTrue();
        assertThat(draft.updatedAt()).isEqualTo(LATER);
    }

    @Test
    void paymentsMoveAnInvoiceFromIssuedThroughPartiallyPaidToPaid() {
        Invoice invoice = anInvoice().partialPayments(null).issued("INV-2027-0001");

        invoice.receivePayment(eur("400"), LATER);
        assertThat(invoice.status()).isEqualTo(InvoiceStatus.PARTIALLY_PAID);
        assertThat(invoice.paidAt()).isNull();
        assertLedger(invoice, "600");

        invoice.receivePayment(eur("600"), LATER_STILL);
        assertThat(invoice.status()).isEqualTo(InvoiceStatus.PAID);
        assertThat(invoice.paidAt()).isEqualTo(LATER_STILL);
        assertLedger(invoice, "0");
    }

    @Test
    void paymentsInTheWrongCurrencyOrWithoutAmountOrFinerThanTheMinorUnitAreRefused() {
        Invoice invoice = anInvoice().issued("INV-2027-0001");

        assertThatThrownBy(() -> invoice.receivePayment(Money.of("10", "USD"), LATER)).isInstanceOf(InvalidInvoice.class);
        assertThatThrownBy(() -> invoice.receivePayment(eur("0"), LATER)).isInstanceOf(InvalidInvoice.class);
        assertThatThrownBy(() -> invoice.receivePayment(eur("10.004"), LATER)).isInstanceOf(InvalidInvoice.class);
        invoice.receivePayment(eur("10.0000"), LATER);
        assertLedger(invoice, "990");
    }

    @Test
    void draftsAndCreditNotesTakeNoPayments() {
        Invoice draft = anInvoice().draft();
        Invoice creditNote = aCreditNoteFor(InvoiceId.newId()).issued("CN-2027-0001");

        assertThatThrownBy(() -> draft.receivePayment(eur("10"), LATER)).isInstanceOf(InvoiceStateConflict.class);
        assertThatThrownBy(() -> creditNote.receivePayment(eur("10"), LATER)).isInstanceOf(InvoiceStateConflict.class);
    }

    @Test
    void aRefundKeepsTheBalanceAndCreditsTheSameAmount() {
        Invoice invoice = anInvoice().issued("INV-2027-0001");
        invoice.receivePayment(eur("1000"), LATER);

        invoice.refund(eur("300"), LATER_STILL);

        InvoiceLedger ledger = invoice.ledger();
        assertThat(ledger.refunded().isSameAs(eur("300"))).isTrue();
        assertThat(ledger.credited().isSameAs(eur("300"))).isTrue();
        assertThat(ledger.netPaid().isSameAs(eur("700"))).isTrue();
        assertThat(invoice.status()).isEqualTo(InvoiceStatus.PAID);
        assertLedger(invoice, "0");
        assertThatThrownBy(() -> invoice.refund(eur("700.01"), LATER_STILL))
                .isInstanceOf(InvalidInvoice.class)
                .hasMessageContaining("Invalid fields: [amount]");
    }

    @Test
    void aChargebackReopensTheBalanceAndItsReversalClosesItAgain() {
        Invoice invoice = anInvoice().issued("INV-2027-0001");
        invoice.receivePayment(eur("1000"), LATER);

        invoice.chargeBack(eur("1000"), LATER_STILL);
        assertThat(invoice.status()).isEqualTo(InvoiceStatus.ISSUED);
        assertThat(invoice.paidAt()).isNull();
        assertLedger(invoice, "1000");

        assertThatThrownBy(() -> invoice.reverseChargeBack(eur("1000.01"), LATER_STILL))
                .isInstanceOf(InvoiceStateConflict.class);
        invoice.reverseChargeBack(eur("1000"), LATER_STILL);
        assertThat(invoice.status()).isEqualTo(InvoiceStatus.PAID);
        assertLedger(invoice, "0");
    }

    @Test
    void aPartialChargebackOnAViewedInvoiceLeavesItPartiallyPaid() {
        Invoice invoice = anInvoice().issued("INV-2027-0001");
        assertThat(invoice.view(LATER)).isTrue();
        assertThat(invoice.status()).isEqualTo(InvoiceStatus.VIEWED);
        invoice.receivePayment(eur("1000"), LATER);

        invoice.chargeBack(eur("250"), LATER_STILL);

        assertThat(invoice.status()).isEqualTo(InvoiceStatus.PARTIALLY_PAID);
        assertLedger(invoice, "250");
    }

    @Test
    void aPaymentReversedIsOwedAgainAndNoMoreThanWasPaidIsReversed() {
        Invoice invoice = anInvoice().partialPayments(null).issued("INV-2027-0001");
        invoice.receivePayment(eur("600"), LATER);
        invoice.receivePayment(eur("400"), LATER);
        assertThat(invoice.status()).isEqualTo(InvoiceStatus.PAID);

        invoice.reversePayment(eur("400"), LATER_STILL);

        assertThat(invoice.status()).isEqualTo(InvoiceStatus.PARTIALLY_PAID);
        assertThat(invoice.paidAt()).isNull();
        assertLedger(invoice, "400");
        assertThatThrownBy(() -> invoice.reversePayment(eur("600.01"), LATER_STILL))
                .isInstanceOf(InvoiceStateConflict.class);
        invoice.reversePayment(eur("600"), LATER_STILL);
        assertThat(invoice.status()).isEqualTo(InvoiceStatus.ISSUED);
        assertLedger(invoice, "1000");
    }

    @Test
    void aCreditNoteLargerThanTheOpenBalanceIsRefused() {
        Invoice invoice = anInvoice().partialPayments(null).issued("INV-2027-0001");
        invoice.receivePayment(eur("600"), LATER);

        assertThatThrownBy(() -> invoice.credit(eur("400.01"), LATER_STILL))
                .isInstanceOf(InvalidInvoice.class)
                .hasMessageContaining("lines");
        invoice.credit(eur("400"), LATER_STILL);

        assertThat(invoice.status()).isEqualTo(InvoiceStatus.PAID);
        assertLedger(invoice, "0");
    }

    @Test
    void onlyAnUnpaidIssuedInvoiceCanBeVoidedAndItKeepsItsNumber() {
        Invoice unpaid = anInvoice().issued("INV-2027-0001");
        unpaid.voidInvoice(LATER);
        assertThat(unpaid.status()).isEqualTo(InvoiceStatus.VOID);
        assertThat(unpaid.number()).contains("INV-2027-0001");
        assertThat(unpaid.closedAt()).isEqualTo(LATER);
        assertLedger(unpaid, "0");

        Invoice partlyPaid = anInvoice().partialPayments(null).issued("INV-2027-0002");
        partlyPaid.receivePayment(eur("1"), LATER);
        assertThatThrownBy(() -> partlyPaid.voidInvoice(LATER_STILL))
                .isInstanceOf(InvoiceStateConflict.class)
                .hasMessageContaining("has payments");

        assertThatThrownBy(() -> anInvoice().draft().voidInvoice(LATER)).isInstanceOf(InvoiceStateConflict.class);
        assertThatThrownBy(() -> aCreditNoteFor(InvoiceId.newId()).issued("CN-2027-0001").voidInvoice(LATER))
                .isInstanceOf(InvoiceStateConflict.class);
    }

    @Test
    void eachBrokenRuleOfVoidingHasItsOwnCode() {
        Invoice paid = anInvoice().partialPayments(null).issued("INV-2027-0001");
        paid.receivePayment(eur("1"), LATER);
        Invoice credited = anInvoice().issued("INV-2027-0002");
        credited.credit(eur("10"), LATER);
        Invoice written = anInvoice().issued("INV-2027-0003");
        written.markUncollectible(LATER);

        assertThat(codeOf(() -> paid.voidInvoice(LATER_STILL))).isEqualTo("invoice.void.already-paid");
        assertThat(codeOf(() -> credited.voidInvoice(LATER_STILL))).isEqualTo("invoice.void.credited");
        assertThat(codeOf(() -> written.voidInvoice(LATER_STILL))).isEqualTo("invoice.void.closed");
        assertThat(codeOf(() -> anInvoice().draft().voidInvoice(LATER))).isEqualTo("invoice.void.draft");
        assertThat(codeOf(() -> anInvoice().issued("INV-2027-0004").issue("X", ISSUE_DATE, "a@b.test", LATER)))
                .isEqualTo("invoice.issue.already-issued");
    }

    private static String codeOf(Runnable broken) {
        try {
            broken.run();
        } catch (InvoiceStateConflict e) {
            return e.code().key();
        }
        throw new AssertionError("no rule was broken");
    }

    @Test
    void moneyForAVoidInvoiceIsKeptAsMoneyToDecideNotHiddenInTheBalance() {
        Invoice voided = anInvoice().issued("INV-2027-0001");
        Money total = voided.total();
        voided.voidInvoice(LATER);

        voided.receivePayment(total, LATER_STILL);

        assertThat(voided.status()).isEqualTo(InvoiceStatus.VOID);
        assertThat(voided.excess().isSameAs(total)).isTrue();
        assertThat(voided.ledger().addsUp()).isTrue();
        voided.moveExcessToCredit(total, LATER_STILL);
        assertThat(voided.excess().isPositive()).isFalse();
        assertThat(voided.ledger().movedToCredit().isSameAs(total)).isTrue();
        assertThat(voided.status()).as("a void invoice stays void").isEqualTo(InvoiceStatus.VOID);
        assertLedger(voided, "0");
    }

    @Test
    void anOverpaymentIsGivenBackWithoutACreditNoteAndNeverMoreThanWasPaidBeyondWhatIsOwed() {
        Invoice invoice = anInvoice().issued("INV-2027-0001");
        invoice.receivePayment(invoice.total(), LATER);
        invoice.receivePayment(eur("30"), LATER);
        assertThat(invoice.excess().isSameAs(eur("30"))).isTrue();
        assertThat(invoice.status()).isEqualTo(InvoiceStatus.PAID);

        assertThatThrownBy(() -> invoice.returnExcess(eur("30.01"), LATER_STILL)).isInstanceOf(InvalidInvoice.class)
                .hasMessageContaining("amount");
        invoice.returnExcess(eur("20"), LATER_STILL);
        invoice.moveExcessToCredit(eur("10"), LATER_STILL);

        assertThat(invoice.ledger().credited().isPositive()).as("no work was taken back").isFalse();
        assertThat(invoice.ledger().refunded().isSameAs(eur("20"))).isTrue();
        assertThat(invoice.status()).isEqualTo(InvoiceStatus.PAID);
        assertLedger(invoice, "0");
        assertThatThrownBy(() -> invoice.moveExcessToCredit(eur("0.01"), LATER_STILL)).isInstanceOf(InvalidInvoice.class);
    }

    @Test
    void aPaymentAfterTheWriteOffReopensTheInvoice() {
        Invoice invoice = anInvoice().issued("INV-2027-0001");
        invoice.markUncollectible(LATER);
        assertThat(invoice.status()).isEqualTo(InvoiceStatus.UNCOLLECTIBLE);
        assertThat(invoice.closedAt()).isEqualTo(LATER);
        assertLedger(invoice, "0");

        invoice.receivePayment(eur("400"), LATER_STILL);

        assertThat(invoice.status()).isEqualTo(InvoiceStatus.PARTIALLY_PAID);
        assertThat(invoice.status().open()).isTrue();
        assertThat(invoice.closedAt()).isNull();
        assertThat(invoice.ledger().writtenOff().isSameAs(eur("0"))).isTrue();
        assertLedger(invoice, "600");
    }

    @Test
    void aLatePaymentOfEverythingOnAWrittenOffInvoiceMakesItPaid() {
        Invoice invoice = anInvoice().issued("INV-2027-0001");
        invoice.markUncollectible(LATER);

        invoice.receivePayment(eur("1000"), LATER_STILL);

        assertThat(invoice.status()).isEqualTo(InvoiceStatus.PAID);
        assertLedger(invoice, "0");
    }

    @Test
    void overdueIsReadFromTheClientsTodayAndNeverOnceItIsPaid() {
        Invoice invoice = anInvoice().partialPayments(null).dueIn(30).issued("INV-2027-0001");
        LocalDate due = LocalDate.of(2027, 2, 3);

        assertThat(invoice.statusOn(due)).isEqualTo(InvoiceStatus.ISSUED);
        assertThat(invoice.statusOn(due.plusDays(1))).isEqualTo(InvoiceStatus.OVERDUE);
        assertThat(invoice.status()).isEqualTo(InvoiceStatus.ISSUED);

        invoice.receivePayment(eur("500"), LATER);
        assertThat(invoice.statusOn(due.plusDays(1))).isEqualTo(InvoiceStatus.OVERDUE);

        invoice.receivePayment(eur("500"), LATER_STILL);
        assertThat(invoice.statusOn(due.plusDays(1))).isEqualTo(InvoiceStatus.PAID);
        assertThat(anInvoice().draft().statusOn(due.plusYears(1))).isEqualTo(InvoiceStatus.DRAFT);
    }

    @Test
    void aCreditNoteOwesNothingSoItIsNeverOverdue() {
        Invoice creditNote = aCreditNoteFor(InvoiceId.newId()).issued("CN-2027-0001");

        assertThat(creditNote.statusOn(creditNote.dueDate().plusYears(1))).isEqualTo(InvoiceStatus.ISSUED);
    }

    @Test
    void withoutPartialPaymentsTheSmallestPaymentIsTheWholeBalance() {
        Invoice invoice = anInvoice().issued("INV-2027-0001");

        assertThat(invoice.smallestPayment()).isEqualTo(eur("1000.00"));
    }

    @Test
    void withPartialPaymentsTheSmallestPaymentIsTheMinimumOrTheMinorUnitAndNeverAboveTheBalance() {
        Invoice anyAmount = anInvoice().partialPayments(null).issued("INV-2027-0001");
        Invoice withMinimum = anInvoice().partialPayments("250").issued("INV-2027-0002");
        Invoice yen = anInvoice().in("JPY").line("Prints", "1", "5000").partialPayments(null).issued("INV-2027-0003");

        assertThat(anyAmount.smallestPayment()).isEqualTo(eur("0.01"));
        assertThat(yen.smallestPayment()).isEqualTo(Money.of("1", "JPY"));
        assertThat(withMinimum.smallestPayment().isSameAs(eur("250"))).isTrue();

        withMinimum.receivePayment(eur("900"), LATER);
        assertThat(withMinimum.smallestPayment()).isEqualTo(eur("100.00"));
    }

    @Test
    void aCreditNoteNeverTakesPartialPayments() {
        Invoice creditNote = aCreditNoteFor(InvoiceId.newId()).partialPayments(null).draft();

        assertThat(creditNote.partialPayments()).isFalse();
    }

    @Test
    void onlyACreditNoteNamesTheInvoiceItCredits() {
        assertThatThrownBy(() -> aCreditNoteFor(null).draft()).isInstanceOf(IllegalArgumentException.class);
        assertThat(aCreditNoteFor(InvoiceId.newId()).draft().creditedInvoiceId()).isPresent();
        assertThat(aDepositInvoice().draft().creditedInvoiceId()).isEmpty();
    }

    @Test
    void invoiceNumbersCarryThePrefixTheYearAndThePaddedSequence() {
        InvoiceNumbering numbering = InvoiceNumbering.DEFAULT;

        assertThat(numbering.format(InvoiceKind.INVOICE, 2027, 1)).isEqualTo("INV-2027-0001");
        assertThat(numbering.format(InvoiceKind.DEPOSIT, 2027, 2)).isEqualTo("INV-2027-0002");
        assertThat(numbering.format(InvoiceKind.CREDIT_NOTE, 2027, 1)).isEqualTo("CN-2027-0001");
        assertThat(numbering.format(InvoiceKind.INVOICE, 2027, 12345)).isEqualTo("INV-2027-12345");
        assertThat(numbering.problems()).isEmpty();
    }

    @Test
    void invoicesAndDepositsShareASeriesThatAYearlyResetStartsAfreshEachYear() {
        InvoiceNumbering yearly = InvoiceNumbering.DEFAULT;
        InvoiceNumbering running = new InvoiceNumbering("A", "C", false, 6);

        assertThat(yearly.series(InvoiceKind.DEPOSIT, 2027)).isEqualTo(yearly.series(InvoiceKind.INVOICE, 2027));
        assertThat(yearly.series(InvoiceKind.INVOICE, 2028)).isNotEqualTo(yearly.series(InvoiceKind.INVOICE, 2027));
        assertThat(yearly.series(InvoiceKind.CREDIT_NOTE, 2027)).isNotEqualTo(yearly.series(InvoiceKind.INVOICE, 2027));

        assertThat(running.series(InvoiceKind.INVOICE, 2028)).isEqualTo(running.series(InvoiceKind.INVOICE, 2027));
        assertThat(running.format(InvoiceKind.INVOICE, 2028, 42)).isEqualTo("A000042");
        assertThat(running.format(InvoiceKind.CREDIT_NOTE, 2028, 42)).isEqualTo("C000042");
    }

    @Test
    void numberingWithEqualPrefixesOddCharactersOrTooManyDigitsIsRefused() {
        assertThat(new InvoiceNumbering("INV-", "INV-", true, 4).problems()).containsOnlyKeys("creditNotePrefix");
        assertThat(new InvoiceNumbering("", "", true, 4).problems()).containsOnlyKeys("creditNotePrefix");
        assertThat(new InvoiceNumbering("INV 1", "CN-", true, 4).problems()).containsOnlyKeys("invoicePrefix");
        assertThat(new InvoiceNumbering("INV-", null, true, 4).problems()).containsOnlyKeys("creditNotePrefix");
        assertThat(new InvoiceNumbering("INV-", "CN-", true, 0).problems()).containsOnlyKeys("digits");
        assertThat(new InvoiceNumbering("INV-", "CN-", true, 11).problems()).containsOnlyKeys("digits");
        assertThat(new InvoiceNumbering("X".repeat(21), "CN-", true, 4).problems()).containsOnlyKeys("invoicePrefix");
    }
}
