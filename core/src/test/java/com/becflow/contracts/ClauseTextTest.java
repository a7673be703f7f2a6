package com.becflow.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.becflow.contracts.ContractTerms.CancellationPolicy;
import com.becflow.contracts.ContractTerms.CancellationTier;
import com.becflow.contracts.ContractTerms.Deposit;
import com.becflow.contracts.ContractTerms.EarlyPaymentDiscount;
import com.becflow.contracts.ContractTerms.IpTransfer;
import com.becflow.contracts.ContractTerms.IpTransferMoment;
import com.becflow.contracts.ContractTerms.LateFee;
import com.becflow.contracts.ContractTerms.Scope;
import com.becflow.shared.money.Money;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClauseTextTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency JPY = Currency.getInstance("JPY");

    private static String text(ContractTerms terms, Money fee, String key) {
        return ClauseText.render(terms, fee, fee == null ? null : fee.currency()).stream()
                .filter(c -> c.key().equals(key)).findFirst().orElseThrow().text();
    }

    private static BigDecimal n(String value) {
        return new BigDecimal(value);
    }

    @Test
    void netZeroMeansDueOnReceipt() {
        assertThat(text(ContractTerms.netDays(0), Money.of("1000", EUR), "payment"))
                .isEqualTo("Invoices are due on receipt.");
    }

    @Test
    void netDaysCountFromTheInvoiceDate() {
        assertThat(text(ContractTerms.netDays(14), Money.of("1000", EUR), "payment"))
                .isEqualTo("Invoices are due 14 days after their date.");
        assertThat(text(ContractTerms.netDays(1), Money.of("1000", EUR), "payment"))
                .isEqualTo("Invoices are due 1 day after their date.");
    }

    @Test
    void aDepositShareShowsItsAmountRoundedToTheCurrencysMinorUnit() {
        ContractTerms third = ContractTerms.netDays(14).withDeposit(new Deposit(n("33.33"), null));
        assertThat(text(third, Money.of("100000", JPY), "deposit")).isEqualTo("A deposit of 33.33% of the fee (JPY 33,330) "
                + "is due on signing this contract and is deducted from the final invoice. Work starts once the deposit is paid.");

        ContractTerms thirty = ContractTerms.netDays(14).withDeposit(new Deposit(n("30"), null));
        assertThat(text(thirty, Money.of("1234.50", EUR), "deposit")).startsWith("A deposit of 30% of the fee (EUR 370.35) is due");
        assertThat(text(ContractTerms.netDays(14).withDeposit(new Deposit(n("33.33"), null)), Money.of("1000", JPY), "deposit"))
                .startsWith("A deposit of 33.33% of the fee (JPY 333) is due");
    }

    @Test
    void aFixedDepositIsWrittenInTheContractsCurrency() {
        ContractTerms terms = ContractTerms.netDays(14).withDeposit(new Deposit(null, n("500")));
        assertThat(text(terms, Money.of("2000", EUR), "deposit")).isEqualTo("A deposit of EUR 500.00 is due on signing "
                + "this contract and is deducted from the final invoice. Work starts once the deposit is paid.");
        assertThat(text(terms, Money.of("200000", JPY), "deposit")).startsWith("A deposit of JPY 500 is due");
    }

    @Test
    void cancellationTiersReadFromTheEarliestCancellationToTheLatestWhateverTheirOrder() {
        ContractTerms terms = ContractTerms.netDays(14).withCancellation(new CancellationPolicy(List.of(
                new CancellationTier(7, n("50")), new CancellationTier(30, n("10")),
                new CancellationTier(0, n("100")), new CancellationTier(14, n("25")))));
        assertThat(text(terms, Money.of("2000", EUR), "cancellation")).isEqualTo(
                "If the client cancels, part of the fee is kept for the time reserved:"
                        + " cancelled 30 days or more before the start date, 10% of the fee (EUR 200.00) is kept;"
                        + " cancelled 14 days or more before the start date, 25% of the fee (EUR 500.00) is kept;"
                        + " cancelled 7 days or more before the start date, 50% of the fee (EUR 1,000.00) is kept;"
                        + " cancelled on or after the start date, 100% of the fee (EUR 2,000.00) is kept."
                        + " Amounts already paid count towards what is kept.");
    }

    @Test
    void withoutATierOnTheStartDateLateCancellationKeepsTheFullFee() {
        ContractTerms terms = ContractTerms.netDays(14).withCancellation(new CancellationPolicy(List.of(
                new CancellationTier(3, n("50")), new CancellationTier(14, n("0")))));
        assertThat(text(terms, Money.of("2000", EUR), "cancellation")).isEqualTo(
                "If the client cancels, part of the fee is kept for the time reserved:"
                        + " cancelled 14 days or more before the start date, nothing is kept;"
                        + " cancelled 3 days or more before the start date, 50% of the fee (EUR 1,000.00) is kept;"
                        + " cancelled later than that, the full fee is kept."
                        + " Amounts already paid count towards what is kept.");
    }

    @Test
    void aLateFeeSaysWhenItStartsHowOftenItRepeatsAndWhereItStops() {
        ContractTerms terms = ContractTerms.netDays(14).withLateFee(new LateFee(null, n("1.5"), 30, 7, n("10")));
        assertThat(text(terms, Money.of("2000", EUR), "late-fee")).isEqualTo("An invoice still unpaid 7 days after its "
                + "due date is charged a late fee of 1.5% of the unpaid amount, and again every 30 days it stays unpaid. "
                + "Late fees on one invoice never exceed 10% of its total.");
    }

    @Test
    void aFlatLateFeeAddsToTheShareFromTheDueDate() {
        ContractTerms terms = ContractTerms.netDays(30).withLateFee(new LateFee(n("40"), n("1"), 30, 0, null));
        assertThat(text(terms, Money.of("2000", EUR), "late-fee")).isEqualTo("An invoice still unpaid after its due date "
                + "is charged a late fee of EUR 40.00 plus 1% of the unpaid amount, and again every 30 days it stays unpaid.");
        ContractTerms daily = ContractTerms.netDays(30).withLateFee(new LateFee(n("5"), null, 1, 1, null));
        assertThat(text(daily, Money.of("2000", EUR), "late-fee")).isEqualTo("An invoice still unpaid 1 day after its due "
                + "date is charged a late fee of EUR 5.00, and again every day it stays unpaid.");
    }

    @Test
    void anEarlyPaymentDiscountNamesItsWindowAndShare() {
        ContractTerms terms = ContractTerms.netDays(14).withEarlyPaymentDiscount(new EarlyPaymentDiscount(n("2"), 7));
        assertThat(text(terms, Money.of("2000", EUR), "early-payment-discount"))
                .isEqualTo("An invoice paid in full within 7 days of its date is reduced by 2%.");
    }

    @Test
    void ownershipPassesOnSigningOrOnFullPayment() {
        String portfolio = " The freelancer may show the finished work in their portfolio.";
        ContractTerms onSigning = ContractTerms.netDays(14).withIpTransfer(new IpTransfer(IpTransferMoment.ON_SIGNING));
        assertThat(text(onSigning, Money.of("2000", EUR), "ip-transfer")).isEqualTo("Ownership of the final deliverables, "
                + "and all rights in them, passes to the client as it is created, from the signing of this contract."
                + portfolio);
        ContractTerms onPayment = ContractTerms.netDays(14).withIpTransfer(new IpTransfer(IpTransferMoment.ON_FULL_PAYMENT));
        assertThat(text(onPayment, Money.of("2000", EUR), "ip-transfer")).isEqualTo("Ownership of the final deliverables, "
                + "and all rights in them, passes to the client once the fee has been paid in full. Until then the client "
                + "may use the work only to review it." + portfolio);
    }

    @Test
    void aScopeWithAnHourlyRatePricesChangesByTheHour() {
        ContractTerms terms = ContractTerms.netDays(14).withScope(new Scope("a logo and a brand guide", 2, n("90")));
        assertThat(text(terms, Money.of("2000", EUR), "scope")).isEqualTo("The fee covers: a logo and a brand guide. "
                + "It includes 2 rounds of revisions. Changes beyond this scope are agreed in writing before work on them "
                + "starts and are billed at EUR 90.00 per hour.");
    }

    @Test
    void aScopeWithoutAnHourlyRateHasChangesPricedWhenAgreed() {
        ContractTerms none = ContractTerms.netDays(14).withScope(new Scope("three blog posts.", 0, null));
        assertThat(text(none, Money.of("2000", EUR), "scope")).isEqualTo("The fee covers: three blog posts. "
                + "No rounds of revisions are included. Changes beyond this scope are agreed in writing, with their price, "
                + "before work on them starts.");
        ContractTerms one = ContractTerms.netDays(14).withScope(new Scope("one essay", 1, null));
        assertThat(text(one, Money.of("2000", EUR), "scope")).startsWith("The fee covers: one essay. It includes 1 round of revisions.");
        ContractTerms unsaid = ContractTerms.netDays(14).withScope(new Scope("one essay", null, null));
        assertThat(text(unsaid, Money.of("2000", EUR), "scope")).isEqualTo("The fee covers: one essay. "
                + "Changes beyond this scope are agreed in writing, with their price, before work on them starts.");
    }

    @Test
    void clausesComeInReadingOrder() {
        assertThat(ClauseText.render(fullTerms(), Money.of("2000", EUR), EUR)).extracting(ClauseText.Clause::key)
                .containsExactly("scope", "deposit", "payment", "early-payment-discount", "late-fee", "cancellation", "ip-transfer");
    }

    @Test
    void aTemplateShowsNoAmountInAnyCurrency() {
        List<ClauseText.Clause> clauses = ClauseText.render(fullTerms().withDeposit(new Deposit(null, n("500"))), null, null);
        assertThat(clauses).extracting(ClauseText.Clause::text)
                .noneMatch(text -> text.matches("(?s).*\\b[A-Z]{3} \\d.*"))
                .anyMatch(text -> text.startsWith("A deposit of 500.00 (in the contract's currency) is due"));
        assertThat(text(fullTerms(), null, "deposit")).startsWith("A deposit of 50% of the fee is due on signing");
        assertThat(text(fullTerms(), null, "cancellation")).contains("cancelled 30 days or more before the start date, "
                + "10% of the fee is kept;");
    }

    static ContractTerms fullTerms() {
        return ContractTerms.netDays(14)
                .withScope(new Scope("a logo and a brand guide", 2, n("90")))
                .withDeposit(new Deposit(n("50"), null))
                .withEarlyPaymentDiscount(new EarlyPaymentDiscount(n("2"), 7))
                .withLateFee(new LateFee(n("40"), n("1.5"), 30, 7, n("10")))
                .withCancellation(new CancellationPolicy(List.of(new CancellationTier(30, n("10")),
                        new CancellationTier(14, n("25")), new CancellationTier(7, n("50")), new CancellationTier(0, n("100")))))
                .withIpTransfer(new IpTransfer(IpTransferMoment.ON_FULL_PAYMENT));
    }
}
